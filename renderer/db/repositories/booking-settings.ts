/**
 * Booking settings that touch bookings: blackout dates that fall on booked days (the bookings are cancelled
 * with the officer's reason in the same transaction as the blackout, or nothing is saved), and deleting a
 * session only while no booking uses it.
 */
import { formatShortDate, type IsoDate } from '../../../shared/dates';
import {
  checkReason,
  describeSession,
  type BlackoutDate,
  type BlackoutDateForm,
  type Booking,
} from '../../../shared/domain';
import type { DshDatabase } from '../database';
import { DuplicateError, RefusedError } from '../errors';
import type { WriteContext } from '../write/context';
import { ENTITIES } from '../write/entities';
import { deleteRecord } from '../write/records';
import { cancelBooking } from './bookings';
import { addBlackoutDate } from './catalogues';

/** The standing (not cancelled) bookings on these days, by date: what a new blackout would hit. */
export async function standingBookingsOn(db: DshDatabase, dates: readonly IsoDate[]): Promise<Booking[]> {
  if (dates.length === 0) return [];
  const bookings = await db.bookings
    .where('[status+date]')
    .anyOf(dates.map((date) => ['booked', date]))
    .toArray();
  return bookings.sort((a, b) => a.date.localeCompare(b.date) || a.sessionId.localeCompare(b.sessionId));
}

/** The bookings the officer saw and agreed to cancel, each at the revision they saw, and why. */
export type BlackoutCancellation = {
  reason: string;
  bookings: readonly Pick<Booking, 'id' | 'revision'>[];
};

/** What adding blackout dates did. */
export type BlackoutResult = { blackouts: BlackoutDate[]; cancelled: Booking[] };

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * Adds blackout dates. Standing bookings on those days are cancelled with `cancellation.reason`, all in one
 * transaction; when bookings stand there that the officer was not shown (none were agreed, or one was made
 * or changed meanwhile), nothing is saved and the officer is asked to look again.
 */
export function addBlackoutDates(
  ctx: WriteContext,
  forms: readonly BlackoutDateForm[],
  cancellation?: BlackoutCancellation,
): Promise<BlackoutResult> {
  const { db } = ctx;
  return db.transaction('rw', [db.blackoutDates, db.bookings, db.auditEvents, db.meta], async () => {
    const dates = forms.map((form) => form.date);
    const existing = await db.blackoutDates.where('date').anyOf(dates).first();
    if (existing) throw new DuplicateError(`${formatShortDate(existing.date)} is already a blackout date.`);

    const standing = await standingBookingsOn(db, dates);
    const agreed = new Map(cancellation?.bookings.map((booking) => [booking.id, booking.revision]));
    const unseen = standing.filter((booking) => agreed.get(booking.id) !== booking.revision);
    if (unseen.length > 0) {
      throw new RefusedError(
        [
          `${plural(unseen.length, 'booking')} on ${dates.length === 1 ? 'this day' : 'these days'} ` +
            (cancellation
              ? `${unseen.length === 1 ? 'was' : 'were'} made or changed since you looked: look again.`
              : 'must be cancelled first.'),
        ],
        'The blackout was not saved.',
      );
    }
    const cancelled: Booking[] = [];
    if (standing.length > 0) {
      const checked = checkReason(cancellation?.reason ?? '');
      if (!checked.ok) throw new RefusedError([checked.message], 'The blackout was not saved.');
      for (const booking of standing) {
        cancelled.push(await cancelBooking(ctx, booking.id, booking.revision, checked.reason));
      }
    }
    const blackouts: BlackoutDate[] = [];
    for (const form of forms) blackouts.push(await addBlackoutDate(ctx, form));
    return { blackouts, cancelled };
  });
}

/** Deletes a weekly session no booking has ever used; one in use can only stop being offered. */
export function deleteUnusedSessionTemplate(
  ctx: WriteContext,
  id: string,
  expectedRevision: number,
): Promise<void> {
  return deleteRecord(ctx, ENTITIES.sessionTemplate, id, expectedRevision, {
    tables: [ctx.db.bookings],
    check: async (session, db) => {
      const used = await db.bookings.where('sessionId').equals(id).count();
      if (used > 0) {
        throw new RefusedError(
          [
            `${plural(used, 'booking')} ${used === 1 ? 'uses' : 'use'} the ${describeSession(session)} session. ` +
              'Untick “Offered” to stop new bookings instead.',
          ],
          'The session was not deleted.',
        );
      }
    },
  });
}
