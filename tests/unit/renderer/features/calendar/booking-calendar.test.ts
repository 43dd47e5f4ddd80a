import {
  bookableProjects,
  bookedSeatsPerDay,
  bookingCandidates,
  bookingsBetween,
  upcomingBookingsOf,
} from '../../../../../renderer/db/repositories/booking-calendar';
import { IDS, aProject, fixtureId, recordBase } from '../../../../helpers/domain-fixtures';
import { MONDAY, bookableWorld, storedBooking } from './calendar-world';

describe('what the calendar reads', () => {
  it('reads only the days of the period asked for', async () => {
    const t = await bookableWorld();
    await t.db.bookings.bulkAdd([
      storedBooking(1, { date: '2026-11-29' }),
      storedBooking(2, { date: MONDAY }),
      storedBooking(3, { date: '2026-12-06', status: 'cancelled', cancelReason: 'Unwell.' }),
      storedBooking(4, { date: '2026-12-07' }),
    ]);
    const week = await bookingsBetween(t.db, MONDAY, '2026-12-06');
    expect(week.map((b) => b.date)).toEqual([MONDAY, '2026-12-06']);
  });

  it('counts the booked seats of each day, leaving out cancelled bookings', async () => {
    const t = await bookableWorld();
    await t.db.bookings.bulkAdd([
      storedBooking(1),
      storedBooking(2),
      storedBooking(3, { status: 'cancelled', cancelReason: 'Unwell.' }),
      storedBooking(4, { date: '2026-12-01' }),
    ]);
    const counts = await bookedSeatsPerDay(t.db, [MONDAY, '2026-12-01', '2026-12-02']);
    expect([...counts]).toEqual([
      [MONDAY, 2],
      ['2026-12-01', 1],
      ['2026-12-02', 0],
    ]);
  });

  it('offers only Active, open projects on a connection booked in sessions', async () => {
    const t = await bookableWorld();
    await t.db.projects.bulkAdd([
      aProject({ ...recordBase(fixtureId(2)), reference: 'DSH-2026-015', stage: 'active' }),
      aProject({ ...recordBase(fixtureId(3)), reference: 'DSH-2026-016', stage: 'setup' }),
    ]);
    expect((await bookableProjects(t.db)).map((p) => p.reference)).toEqual(['DSH-2026-014']);
  });

  it('gives the members with their readiness on the session’s day, by name', async () => {
    const t = await bookableWorld();
    await t.db.trainingRecords.update(fixtureId(621), { expiresOn: '2026-11-28' });
    const candidates = await bookingCandidates(t.db, IDS.project, MONDAY);
    expect(candidates.map((c) => [c.person.name, c.readiness.state])).toEqual([
      ['Dr A Smith', 'ready'],
      ['Łukasz Nowak', 'not-ready'],
    ]);
    expect(candidates[1]!.readiness.reasons).toEqual([
      'Łukasz Nowak has no NHS DSA Level 1 training valid on 30/11/2026.',
    ]);
  });

  it('gives a person’s standing bookings from a day on, for their calendar file', async () => {
    const t = await bookableWorld();
    await t.db.bookings.bulkAdd([
      storedBooking(1, { personId: IDS.lead, date: '2026-11-20' }),
      storedBooking(2, { personId: IDS.lead }),
      storedBooking(3, {
        personId: IDS.lead,
        date: '2026-12-01',
        status: 'cancelled',
        cancelReason: 'Unwell.',
      }),
    ]);
    const upcoming = await upcomingBookingsOf(t.db, IDS.lead, '2026-11-25', '2027-11-25');
    expect(upcoming.map((b) => b.date)).toEqual([MONDAY]);
  });
});
