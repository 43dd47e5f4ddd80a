import { cancelBooking } from '../../../../shared/domain/bookings';
import { BookingSchema } from '../../../../shared/domain';
import { aBooking } from './booking-fixtures';

describe('cancelBooking', () => {
  it('cancels with the reason, trimmed, giving a booking that passes its schema', () => {
    const result = cancelBooking(aBooking(1), '  The researcher is on leave.  ');
    expect(result).toEqual({
      ok: true,
      booking: { ...aBooking(1), status: 'cancelled', cancelReason: 'The researcher is on leave.' },
    });
    expect(result.ok && BookingSchema.safeParse(result.booking).success).toBe(true);
  });

  it.each([[''], ['   ']])('refuses without a reason (%p)', (reason) => {
    expect(cancelBooking(aBooking(1), reason)).toEqual({
      ok: false,
      message: 'Give a reason for cancelling.',
    });
  });

  it('refuses a reason over 1000 characters', () => {
    expect(cancelBooking(aBooking(1), 'x'.repeat(1001))).toEqual({
      ok: false,
      message: 'Give a reason for cancelling.',
    });
  });

  it('refuses a booking already cancelled', () => {
    const cancelled = aBooking(1, { status: 'cancelled', cancelReason: 'Ill.' });
    expect(cancelBooking(cancelled, 'Again.')).toEqual({
      ok: false,
      message: 'This booking is already cancelled.',
    });
  });
});
