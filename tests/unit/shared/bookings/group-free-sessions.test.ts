/**
 * @jest-environment ./tests/unit/shared/london-time-environment.cjs
 */
import { DEFAULT_SETTINGS } from '../../../../shared/domain';
import {
  expandPlan,
  findGroupFreeSessions,
  type BookingParticipantFacts,
  type BookingPlanFacts,
} from '../../../../shared/domain/bookings';
import { IDS, aMembership, fixtureId } from '../../../helpers/domain-fixtures';
import { MONDAY, NOW, allowedBooking, bookings, weekdaySessions } from './booking-fixtures';

const monday = { morning: fixtureId(1011), afternoon: fixtureId(1012) };
const { facts } = allowedBooking();
const lead: BookingParticipantFacts = { ...facts };
const analyst: BookingParticipantFacts = {
  ...facts,
  membership: aMembership({ ...aMembership(), id: fixtureId(502), personId: IDS.analyst, role: 'analyst' }),
  personName: 'Łukasz Nowak',
};
const world: BookingPlanFacts = {
  participants: new Map([
    [IDS.lead, lead],
    [IDS.analyst, analyst],
  ]),
  templates: weekdaySessions(),
  blackouts: [{ date: '2026-12-01', reason: 'Maintenance of the DSH' }],
  // Monday 30/11 morning has one seat left (five of six taken by another project).
  bookings: bookings(5, { sessionId: monday.morning, projectId: fixtureId(2) }),
  settings: DEFAULT_SETTINGS,
};
const team = { projectId: IDS.project, personIds: [IDS.lead, IDS.analyst], from: MONDAY, to: '2026-12-01' };

describe('free sessions for a project’s ready members together', () => {
  it('says who of them can come to each session: one to the last seat, both elsewhere, none on a closed day', () => {
    const free = findGroupFreeSessions(team, world, NOW);
    expect(free.map((s) => [s.date, s.sessionId, s.free, s.personIds])).toEqual([
      ['2026-11-30', monday.morning, 1, [IDS.lead]],
      ['2026-11-30', monday.afternoon, 6, [IDS.lead, IDS.analyst]],
    ]);
  });

  it('leaves out a member not ready on the day, and gives nothing for nobody', () => {
    const lapsed: BookingParticipantFacts = { ...analyst, trainings: [] };
    const free = findGroupFreeSessions(
      team,
      { ...world, participants: new Map([...world.participants, [IDS.analyst, lapsed]]) },
      NOW,
    );
    expect(free).toHaveLength(2);
    expect(free.every((s) => s.personIds.join() === IDS.lead)).toBe(true);
    expect(findGroupFreeSessions({ ...team, personIds: [] }, world, NOW)).toEqual([]);
  });
});

describe('expandPlan', () => {
  it('lays a weekly repeat out by date, then session, then person', () => {
    const requests = expandPlan({
      projectId: IDS.project,
      personIds: [IDS.lead, IDS.analyst],
      firstDate: MONDAY,
      sessionIds: [monday.morning, monday.afternoon],
      weeks: 2,
    });
    expect(requests.map((r) => [r.date, r.sessionId === monday.morning ? 'am' : 'pm', r.personId])).toEqual([
      ['2026-11-30', 'am', IDS.lead],
      ['2026-11-30', 'am', IDS.analyst],
      ['2026-11-30', 'pm', IDS.lead],
      ['2026-11-30', 'pm', IDS.analyst],
      ['2026-12-07', 'am', IDS.lead],
      ['2026-12-07', 'am', IDS.analyst],
      ['2026-12-07', 'pm', IDS.lead],
      ['2026-12-07', 'pm', IDS.analyst],
    ]);
  });
});
