/**
 * Bookings of the core connection: the record and its audit event. The booking RULES (project active and
 * its connection bookable, person ready on the day, one booking per person per session, seats, blackout
 * dates, horizon, weekly quota) are not here: they plug in as `BookingRules`, checked inside the booking's
 * transaction over `bookingTables`, so what they read cannot change before the booking is stored.
 */
import type { Table } from 'dexie';
import type { Booking, BookingForm } from '../../../shared/domain';
import { cancelBooking as cancelWithReason } from '../../../shared/domain/bookings';
import type { IsoDate } from '../../../shared/dates';
import { seatCountOf } from '../aggregates/reads';
import type { DshDatabase } from '../database';
import { BookingRefusedError, RefusedError } from '../errors';
import { todayOf, type WriteContext } from '../write/context';
import { ENTITIES } from '../write/entities';
import { createRecord, requireRecord, updateRecord } from '../write/records';

/** Every rule the booking breaks, in plain words (empty: it may be made); runs in the booking's transaction. */
export type BookingRules = (db: DshDatabase, booking: BookingForm, today: IsoDate) => Promise<string[]>;

/** The tables a booking and its rules read. */
export function bookingTables(db: DshDatabase): Table[] {
  return [
    db.bookings,
    db.projects,
    db.people,
    db.memberships,
    db.trainingRecords,
    db.connectionTypes,
    db.sessionTemplates,
    db.blackoutDates,
    db.settings,
  ];
}

/**
 * Books a seat for a person on a project in one session of one day, if `rules` allow it. The app books
 * through `bookSession` (booking-rules.ts), which passes the core connection's rules; there is no default,
 * so no caller can book without saying which rules apply.
 */
export function createBooking(ctx: WriteContext, form: BookingForm, rules: BookingRules): Promise<Booking> {
  return createRecord(
    ctx,
    ENTITIES.booking,
    async (db) => {
      await requireRecord(db, ENTITIES.project, form.projectId);
      await requireRecord(db, ENTITIES.person, form.personId);
      await requireRecord(db, ENTITIES.sessionTemplate, form.sessionId);
      const broken = await rules(db, form, todayOf(ctx));
      if (broken.length > 0) throw new BookingRefusedError(broken);
      return { ...form, status: 'booked' as const };
    },
    { tables: bookingTables(ctx.db) },
  );
}

/** Cancels a booking, with the reason (kept on the booking and in the audit log). */
export function cancelBooking(
  ctx: WriteContext,
  id: string,
  expectedRevision: number,
  reason: string,
): Promise<Booking> {
  return updateRecord(
    ctx,
    ENTITIES.booking,
    id,
    expectedRevision,
    (current) => {
      // The domain's rule: not twice, and never without a reason (whoever calls, not only the form).
      const result = cancelWithReason(current, reason);
      if (!result.ok) throw new RefusedError([result.message], 'Nothing was changed.');
      return result.booking;
    },
    { action: 'cancel', reason: reason.trim() },
  );
}

/** How many seats of a session are taken on a day (bookings not cancelled), from its seat count. */
export async function seatsTaken(db: DshDatabase, date: IsoDate, sessionId: string): Promise<number> {
  return (await seatCountOf(db, date, sessionId)).booked;
}

/** A project's bookings from `from` to `to` (both included), in date order. */
export function bookingsOfProject(
  db: DshDatabase,
  projectId: string,
  from: IsoDate,
  to: IsoDate,
): Promise<Booking[]> {
  return db.bookings
    .where('[projectId+date]')
    .between([projectId, from], [projectId, to], true, true)
    .toArray();
}

/** A person's bookings from `from` to `to` (both included), in date order. */
export function bookingsOfPerson(
  db: DshDatabase,
  personId: string,
  from: IsoDate,
  to: IsoDate,
): Promise<Booking[]> {
  return db.bookings.where('[personId+date]').between([personId, from], [personId, to], true, true).toArray();
}
