import { blackoutConflicts, cancelBooking } from '../../../../shared/domain/bookings';
import { BookingSchema } from '../../../../shared/domain';
import { fixtureId } from '../../../helpers/domain-fixtures';
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

describe('blackoutConflicts', () => {
  it('lists the standing bookings on the blackout day, and no others', () => {
    const standing = [aBooking(1), aBooking(2, { sessionId: fixtureId(1002) })];
    const all = [
      ...standing,
      aBooking(3, { status: 'cancelled', cancelReason: 'Ill.' }),
      aBooking(4, { date: '2026-12-01' }),
    ];
    expect(blackoutConflicts({ date: '2026-11-30' }, all)).toEqual(standing);
    expect(blackoutConflicts({ date: '2026-12-25' }, all)).toEqual([]);
  });
});
