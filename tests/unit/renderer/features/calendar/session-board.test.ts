/**
 * @jest-environment ./tests/unit/shared/london-time-environment.cjs
 */
import type { Booking, Person, Project } from '../../../../../shared/domain';
import { weekDays } from '../../../../../shared/domain/bookings';
import { bookingsToName } from '../../../../../renderer/features/calendar/data/board-data';
import {
  sessionBoard,
  weekGrid,
  type BoardData,
} from '../../../../../renderer/features/calendar/model/session-board';
import { IDS, aPerson, aProject, fixtureId, thePeople } from '../../../../helpers/domain-fixtures';
import { aSession, weekdaySessions } from '../../../shared/bookings/booking-fixtures';
import { MONDAY, MONDAY_AFTERNOON, MONDAY_MORNING, storedBooking } from './calendar-world';

const NOW = new Date('2026-11-25T10:00:00.000Z');
const SUNDAY = '2026-12-06';

function board(bookings: Booking[], extra: Partial<BoardData> = {}): BoardData {
  const known = thePeople();
  const people: Person[] = [
    ...known,
    ...bookings
      .filter((b) => !known.some((p) => p.id === b.personId))
      .map((b) => aPerson({ id: b.personId, name: `Person ${b.personId.slice(-2)}` })),
  ];
  const projects: Project[] = [aProject()];
  return {
    templates: weekdaySessions(),
    blackouts: [],
    bookings,
    names: {
      people: new Map(people.map((p) => [p.id, p])),
      projects: new Map(projects.map((p) => [p.id, p])),
    },
    ...extra,
  };
}

describe('the sessions of a week, with seats and names', () => {
  it('lays every weekday session out with its seats taken and free, names sorted, cancelled apart', () => {
    const slots = sessionBoard(
      MONDAY,
      SUNDAY,
      board([
        storedBooking(2, { personId: IDS.lead }),
        storedBooking(1, { personId: IDS.analyst }),
        storedBooking(3, { status: 'cancelled', cancelReason: 'Unwell.' }),
      ]),
      {},
      NOW,
    );
    expect(slots).toHaveLength(10);
    const [morning] = slots;
    expect(morning).toMatchObject({ taken: 2, free: 4, full: false, past: false, offered: true });
    expect(morning!.booked.map((e) => [e.personName, e.projectReference])).toEqual([
      ['Dr A Smith', 'DSH-2026-014'],
      ['Łukasz Nowak', 'DSH-2026-014'],
    ]);
    expect(morning!.cancelled.map((e) => e.booking.cancelReason)).toEqual(['Unwell.']);
  });

  it('marks the filter’s bookings and sessions that have begun', () => {
    const slots = sessionBoard(
      '2026-11-25',
      '2026-11-25',
      board([storedBooking(1, { date: '2026-11-25', personId: IDS.lead, sessionId: fixtureId(1031) })]),
      { personId: IDS.analyst },
      NOW,
    );
    expect(slots.map((s) => [s.session.label, s.past])).toEqual([
      ['Morning', true],
      ['Afternoon', false],
    ]);
    expect(slots[0]!.booked[0]!.matches).toBe(false);
  });

  it('keeps a booking whose session is no longer offered that day, in a session of its own', () => {
    const data = board([storedBooking(1)], {
      templates: weekdaySessions().map((t) => (t.id === MONDAY_MORNING ? { ...t, active: false } : t)),
    });
    const monday = sessionBoard(MONDAY, MONDAY, data, {}, NOW);
    expect(monday.map((s) => [s.session.label, s.offered, s.taken])).toEqual([
      ['Morning', false, 1],
      ['Afternoon', true, 0],
    ]);
  });

  it('shows a blackout on every session of the day, with the bookings still standing there', () => {
    const slots = sessionBoard(
      MONDAY,
      MONDAY,
      board([storedBooking(1, { sessionId: MONDAY_AFTERNOON })], {
        blackouts: [{ date: MONDAY, reason: 'Maintenance' }],
      }),
      {},
      NOW,
    );
    expect(slots.map((s) => [s.session.blackout, s.taken])).toEqual([
      ['Maintenance', 0],
      ['Maintenance', 1],
    ]);
  });
  it('shows days beyond the booking horizon as not yet bookable, never as free seats', () => {
    // 25 November with a horizon of 7 days: bookable up to Wednesday 2 December.
    const slots = sessionBoard(MONDAY, SUNDAY, board([], { horizonDays: 7 }), {}, NOW);
    const notYet = [...new Set(slots.filter((slot) => slot.notYetBookable).map((slot) => slot.session.date))];
    expect(notYet).toEqual(['2026-12-03', '2026-12-04']);
    expect(sessionBoard(MONDAY, SUNDAY, board([]), {}, NOW).some((slot) => slot.notYetBookable)).toBe(false);
  });
});

describe('the week grid', () => {
  it('has Monday to Friday, and Saturday or Sunday only when a session is held', () => {
    const plain = weekGrid(weekDays(MONDAY), sessionBoard(MONDAY, SUNDAY, board([]), {}, NOW));
    expect(plain.days).toEqual(weekDays(MONDAY).slice(0, 5));
    expect(plain.rows.map((r) => r.label)).toEqual(['Morning', 'Afternoon']);

    const withSaturday = board([], {
      templates: [
        ...weekdaySessions(),
        aSession({
          id: fixtureId(1061),
          weekday: 6,
          start: '10:00',
          end: '12:00',
          label: 'Clinic',
          seats: 1,
        }),
      ],
    });
    const grid = weekGrid(weekDays(MONDAY), sessionBoard(MONDAY, SUNDAY, withSaturday, {}, NOW));
    expect(grid.days).toEqual(weekDays(MONDAY).slice(0, 6));
    expect(grid.rows.map((r) => r.label)).toEqual(['Morning', 'Clinic', 'Afternoon']);
    const clinic = grid.rows[1]!.key;
    expect(grid.slot(clinic, '2026-12-05')?.session.seats).toBe(1);
    expect(grid.slot(clinic, MONDAY)).toBeUndefined();
  });
});

describe('the names a week reads', () => {
  it('are at most a few standing bookings per session, and only those the filter shows', () => {
    const bookings = [
      ...[1, 2, 3, 4].map((n) => storedBooking(n)),
      storedBooking(5, { status: 'cancelled', cancelReason: 'Unwell.' }),
      storedBooking(6, { sessionId: MONDAY_AFTERNOON, personId: IDS.lead }),
    ];
    expect(bookingsToName(bookings, 2).map((b) => b.id)).toEqual([
      bookings[0]!.id,
      bookings[1]!.id,
      bookings[5]!.id,
    ]);
    expect(bookingsToName(bookings, 2, { personId: IDS.lead }).map((b) => b.id)).toEqual([bookings[5]!.id]);
  });

  it('puts the named people first in a session, so the week shows them', () => {
    const data = board([storedBooking(1), storedBooking(2, { personId: IDS.lead })]);
    data.names.people.delete(storedBooking(1).personId);
    const [morning] = sessionBoard(MONDAY, MONDAY, data, {}, NOW);
    expect(morning!.booked.map((e) => [e.personName, e.named])).toEqual([
      ['Dr A Smith', true],
      ['Unknown person', false],
    ]);
  });
});
