/**
 * @jest-environment ./tests/unit/shared/london-time-environment.cjs
 */
import { addDaysIso } from '../../../../shared/dates';
import { generateDemoData } from '../../../../shared/demo';
import { DEFAULT_SETTINGS, readinessOf } from '../../../../shared/domain';
import {
  canBook,
  findFreeSessions,
  sessionsBetween,
  type FreeSessionFacts,
} from '../../../../shared/domain/bookings';
import { IDS, fixtureId } from '../../../helpers/domain-fixtures';
import { NOW, aBooking, allowedBooking, bookings, weekdaySessions } from './booking-fixtures';

describe('findFreeSessions', () => {
  const templates = weekdaySessions();
  const [monday, tuesday, wednesday, thursday, friday] = [1, 2, 3, 4, 5].map((weekday) => ({
    morning: fixtureId(1000 + weekday * 10 + 1),
    afternoon: fixtureId(1000 + weekday * 10 + 2),
  }));
  const { facts } = allowedBooking();
  const base: FreeSessionFacts = {
    ...facts,
    settings: { ...DEFAULT_SETTINGS, weeklyBookingLimitPerProject: 3 },
    templates,
    blackouts: [{ date: '2026-12-04', reason: 'Maintenance of the DSH' }],
    bookings: [
      // Monday 30/11 morning is full (another project's researchers).
      ...bookings(6, { sessionId: monday!.morning, projectId: fixtureId(2) }),
      // Dr A Smith already has Tuesday 1/12 afternoon.
      aBooking(10, { personId: IDS.lead, date: '2026-12-01', sessionId: tuesday!.afternoon }),
      // The project has used its 3 bookings in the week of 7/12.
      ...bookings(3, { date: '2026-12-09', sessionId: wednesday!.morning }, 20),
    ],
  };
  const query = { from: '2026-11-20', to: '2026-12-08', projectId: IDS.project, personId: IDS.lead };

  it('gives the sessions the person may book, with their free seats', () => {
    const free = findFreeSessions(query, base, NOW);
    expect(free.map((s) => [s.date, s.sessionId, s.free])).toEqual([
      // Wednesday 25/11: the morning began at 09:00, before "now" (10:00).
      ['2026-11-25', wednesday!.afternoon, 6],
      ['2026-11-26', thursday!.morning, 6],
      ['2026-11-26', thursday!.afternoon, 6],
      ['2026-11-27', friday!.morning, 6],
      ['2026-11-27', friday!.afternoon, 6],
      ['2026-11-30', monday!.afternoon, 6],
      ['2026-12-01', tuesday!.morning, 6],
      ['2026-12-02', wednesday!.morning, 6],
      ['2026-12-02', wednesday!.afternoon, 6],
      ['2026-12-03', thursday!.morning, 6],
      ['2026-12-03', thursday!.afternoon, 6],
    ]);
  });

  it('gives nothing to a project that cannot book, or for a period in the past', () => {
    const notActive = { ...base, project: { ...base.project, stage: 'closure' as const } };
    expect(findFreeSessions(query, notActive, NOW)).toEqual([]);
    expect(findFreeSessions({ ...query, from: '2026-11-01', to: '2026-11-24' }, base, NOW)).toEqual([]);
  });

  it('agrees with canBook on every session of the demo data set, over the whole horizon', () => {
    const today = '2026-11-25';
    const now = new Date(`${today}T10:00:00.000Z`);
    const demo = generateDemoData({ today });
    const core = new Map(demo.connectionTypes.map((type) => [type.id, type]));
    const project = demo.projects.find(
      (p) =>
        p.stage === 'active' &&
        p.status === 'open' &&
        core.get(p.onboarding.connectionTypeId ?? '')?.needsBooking,
    )!;
    const membership = demo.memberships.find(
      (m) => m.projectId === project.id && readinessOf(m, demo.trainingRecords, today).state !== 'not-ready',
    )!;
    const person = demo.people.find((p) => p.id === membership.personId)!;
    const facts: FreeSessionFacts = {
      project,
      connectionType: core.get(project.onboarding.connectionTypeId!),
      membership,
      trainings: demo.trainingRecords,
      personName: person.name,
      settings: demo.settings,
      templates: demo.sessionTemplates,
      blackouts: demo.blackoutDates,
      bookings: demo.bookings,
    };
    const to = addDaysIso(today, demo.settings.bookingHorizonDays + 7);
    const request = { from: addDaysIso(today, -7), to, projectId: project.id, personId: person.id };

    const free = findFreeSessions(request, facts, now);
    const expected = sessionsBetween(request.from, to, demo.sessionTemplates, demo.blackoutDates).filter(
      (session) =>
        canBook(
          { ...request, date: session.date, sessionId: session.sessionId },
          {
            ...facts,
            session: demo.sessionTemplates.find((t) => t.id === session.sessionId),
            sessionBookings: demo.bookings,
            personDayBookings: demo.bookings,
            projectWeekBookings: demo.bookings,
          },
          now,
        ).allowed,
    );
    expect(free.length).toBeGreaterThan(50);
    expect(free.map((s) => `${s.date} ${s.sessionId}`)).toEqual(
      expected.map((s) => `${s.date} ${s.sessionId}`),
    );
    expect(free.some((s) => s.date === '2026-12-25' || s.date === '2026-12-28')).toBe(false);
  });
});
