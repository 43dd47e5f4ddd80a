/**
 * @jest-environment ./tests/unit/shared/london-time-environment.cjs
 */
import { loadPeriod, loadWeek } from '../../../../../renderer/features/calendar/data/board-data';
import { sessionBoard } from '../../../../../renderer/features/calendar/model/session-board';
import { IDS } from '../../../../helpers/domain-fixtures';
import { MONDAY, MONDAY_AFTERNOON, MONDAY_MORNING, bookableWorld, storedBooking } from './calendar-world';

const SUNDAY = '2026-12-06';
const NOW = new Date('2026-11-25T10:00:00.000Z');

describe('reading a week for the week view', () => {
  it('counts each session’s standing bookings from the indexes, and reads only the few it names', async () => {
    const t = await bookableWorld();
    await t.db.bookings.bulkAdd([
      ...[1, 2, 3, 4, 5].map((n) => storedBooking(n)),
      storedBooking(6, { status: 'cancelled', cancelReason: 'Unwell.' }),
      storedBooking(7, { sessionId: MONDAY_AFTERNOON, personId: IDS.lead }),
      storedBooking(8, { date: '2026-12-07' }),
    ]);
    const week = await loadWeek(t.db, MONDAY, SUNDAY, 2);
    expect(week.standing?.get(`${MONDAY}|${MONDAY_MORNING}`)).toBe(5);
    expect(week.standing?.get(`${MONDAY}|${MONDAY_AFTERNOON}`)).toBe(1);
    expect(week.standingCount).toBe(6);
    expect(week.bookings).toHaveLength(3);
    expect(week.names.people.get(IDS.lead)?.name).toBe('Dr A Smith');

    // The same seats as reading the whole week.
    const whole = sessionBoard(MONDAY, SUNDAY, await loadPeriod(t.db, MONDAY, SUNDAY), {}, NOW);
    const counted = sessionBoard(MONDAY, SUNDAY, week, {}, NOW);
    expect(counted.map((s) => [s.taken, s.free, s.full])).toEqual(
      whole.map((s) => [s.taken, s.free, s.full]),
    );
  });

  it('reads the bookings of a session no longer offered, so none is left out', async () => {
    const t = await bookableWorld();
    await t.db.bookings.bulkAdd([storedBooking(1), storedBooking(2)]);
    await t.db.sessionTemplates.update(MONDAY_MORNING, { active: false });
    const week = await loadWeek(t.db, MONDAY, SUNDAY, 1);
    const monday = sessionBoard(MONDAY, MONDAY, week, {}, NOW);
    expect(monday.map((s) => [s.session.label, s.offered, s.taken])).toEqual([
      ['Morning', false, 2],
      ['Afternoon', true, 0],
    ]);
  });

  it('names the filtered person’s bookings, whatever the order of the others', async () => {
    const t = await bookableWorld();
    await t.db.bookings.bulkAdd([
      ...[1, 2, 3].map((n) => storedBooking(n)),
      storedBooking(4, { personId: IDS.analyst }),
    ]);
    const week = await loadWeek(t.db, MONDAY, SUNDAY, 1, { personId: IDS.analyst });
    expect(week.bookings.map((b) => b.personId)).toEqual([IDS.analyst]);
    expect(week.standing?.get(`${MONDAY}|${MONDAY_MORNING}`)).toBe(4);
  });
});
