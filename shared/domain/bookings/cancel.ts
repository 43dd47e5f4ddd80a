/** Cancelling bookings: with a reason, and when a new blackout date falls on days already booked. */
import type { BlackoutDate } from '../schemas/sessions';
import type { Booking } from '../schemas/booking';
import { checkReason } from '../schemas/reasons';
import type { BookingSlot } from './facts';

/** The cancelled booking, or the message saying why it cannot be cancelled. */
export type CancelResult = { ok: true; booking: Booking } | { ok: false; message: string };

/**
 * Cancels a booking with a reason (required, trimmed). The result is the booking as it should be stored; the
 * repository stamps its revision and `updatedAt`.
 */
export function cancelBooking(booking: Booking, reason: string): CancelResult {
  if (booking.status === 'cancelled') return { ok: false, message: 'This booking is already cancelled.' };
  const checked = checkReason(reason);
  if (!checked.ok) return { ok: false, message: 'Give a reason for cancelling.' };
  return { ok: true, booking: { ...booking, status: 'cancelled', cancelReason: checked.reason } };
}

/** The standing (not cancelled) bookings on a blackout's day: the officer is shown them to cancel. */
export function blackoutConflicts<B extends BookingSlot>(
  blackout: Pick<BlackoutDate, 'date'>,
  bookings: readonly B[],
): B[] {
  return bookings.filter((booking) => booking.date === blackout.date && booking.status === 'booked');
}
