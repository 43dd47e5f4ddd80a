/** Cancelling a booking, with a reason. */
import type { Booking } from '../schemas/booking';
import { checkReason } from '../schemas/reasons';

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
