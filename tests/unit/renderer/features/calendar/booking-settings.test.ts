import {
  addBlackoutDates,
  deleteUnusedSessionTemplate,
  standingBookingsOn,
} from '../../../../../renderer/db/repositories/booking-settings';
import { MONDAY, MONDAY_AFTERNOON, MONDAY_MORNING, bookableWorld, storedBooking } from './calendar-world';

const MAINTENANCE = { date: MONDAY, reason: 'Maintenance of the DSH' };

describe('a blackout date over booked days', () => {
  it('is saved at once when no booking stands on the day', async () => {
    const t = await bookableWorld();
    await t.db.bookings.add(storedBooking(1, { status: 'cancelled', cancelReason: 'Unwell.' }));
    const { blackouts, cancelled } = await addBlackoutDates(t.ctx, [MAINTENANCE]);
    expect(blackouts.map((b) => [b.date, b.reason])).toEqual([[MONDAY, 'Maintenance of the DSH']]);
    expect(cancelled).toEqual([]);
    const events = await t.db.auditEvents.toArray();
    expect(events.map((e) => [e.entity, e.action])).toEqual([['blackout-date', 'create']]);
  });

  it('is refused while bookings the officer has not agreed to cancel stand on the day', async () => {
    const t = await bookableWorld();
    await t.db.bookings.add(storedBooking(1));
    await expect(addBlackoutDates(t.ctx, [MAINTENANCE])).rejects.toThrow(
      'The blackout was not saved. 1 booking on this day must be cancelled first.',
    );
    expect(await t.db.blackoutDates.count()).toBe(0);
  });

  it('cancels the bookings it hits with the reason, and saves the blackout, in one step', async () => {
    const t = await bookableWorld();
    await t.db.bookings.bulkAdd([
      storedBooking(1),
      storedBooking(2, { sessionId: MONDAY_AFTERNOON }),
      storedBooking(3, { date: '2026-12-01' }),
    ]);
    const conflicts = await standingBookingsOn(t.db, [MONDAY]);
    expect(conflicts.map((b) => b.id)).toHaveLength(2);
    const { cancelled } = await addBlackoutDates(t.ctx, [MAINTENANCE], {
      reason: 'The DSH is closed for maintenance.',
      bookings: conflicts,
    });
    expect(cancelled.map((b) => [b.status, b.cancelReason])).toEqual([
      ['cancelled', 'The DSH is closed for maintenance.'],
      ['cancelled', 'The DSH is closed for maintenance.'],
    ]);
    expect(await t.db.bookings.where('status').equals('booked').count()).toBe(1);
    const events = await t.db.auditEvents.toArray();
    expect(events.map((e) => [e.entity, e.action, e.reason])).toEqual([
      ['booking', 'cancel', 'The DSH is closed for maintenance.'],
      ['booking', 'cancel', 'The DSH is closed for maintenance.'],
      ['blackout-date', 'create', undefined],
    ]);
  });

  it('saves nothing when a booking was made on the day after the officer looked', async () => {
    const t = await bookableWorld();
    await t.db.bookings.add(storedBooking(1));
    const seen = await standingBookingsOn(t.db, [MONDAY]);
    await t.db.bookings.add(storedBooking(2, { sessionId: MONDAY_AFTERNOON }));
    await expect(
      addBlackoutDates(t.ctx, [MAINTENANCE], { reason: 'Closed.', bookings: seen }),
    ).rejects.toThrow('1 booking on this day was made or changed since you looked: look again.');
    expect(await t.db.bookings.where('status').equals('booked').count()).toBe(2);
    expect(await t.db.blackoutDates.count()).toBe(0);
    expect(await t.db.auditEvents.count()).toBe(0);
  });

  it('saves nothing without a reason for cancelling', async () => {
    const t = await bookableWorld();
    await t.db.bookings.add(storedBooking(1));
    const seen = await standingBookingsOn(t.db, [MONDAY]);
    await expect(addBlackoutDates(t.ctx, [MAINTENANCE], { reason: '  ', bookings: seen })).rejects.toThrow(
      'Give a reason.',
    );
    expect(await t.db.blackoutDates.count()).toBe(0);
  });

  it('adds several days at once (the bank holidays), refusing a day already blacked out', async () => {
    const t = await bookableWorld();
    const holidays = [
      { date: '2026-12-25', reason: 'Christmas Day' },
      { date: '2026-12-28', reason: 'Boxing Day (substitute day)' },
    ];
    expect((await addBlackoutDates(t.ctx, holidays)).blackouts).toHaveLength(2);
    await expect(addBlackoutDates(t.ctx, [holidays[1]!])).rejects.toThrow(
      '28/12/2026 is already a blackout date.',
    );
  });
});

describe('deleting a bookable session', () => {
  it('is refused while bookings use it, and allowed once none does', async () => {
    const t = await bookableWorld();
    await t.db.bookings.add(storedBooking(1, { status: 'cancelled', cancelReason: 'Unwell.' }));
    await expect(deleteUnusedSessionTemplate(t.ctx, MONDAY_MORNING, 1)).rejects.toThrow(
      '1 booking uses the Morning (09:00–13:00) session. Untick “Offered” to stop new bookings instead.',
    );
    await deleteUnusedSessionTemplate(t.ctx, MONDAY_AFTERNOON, 1);
    expect(await t.db.sessionTemplates.get(MONDAY_AFTERNOON)).toBeUndefined();
  });
});
