import { bookingUtilisationPerWeek } from '../../../../shared/domain/reports';
import { fixtureId } from '../../../helpers/domain-fixtures';
import { aBooking, aSession } from './fixtures';

const sessions = [
  ...[1, 2, 3, 4, 5].map((weekday) => aSession({ id: fixtureId(1000 + weekday), weekday })),
  aSession({ id: fixtureId(1010), weekday: 1, start: '13:00', end: '17:00', seats: 4 }),
  aSession({ id: fixtureId(1011), weekday: 2, start: '13:00', end: '17:00', seats: 10, active: false }),
];
const bookings = [
  aBooking({ date: '2026-11-23' }),
  aBooking({ date: '2026-11-25' }),
  aBooking({ date: '2026-11-29' }),
  aBooking({ date: '2026-11-26', status: 'cancelled', cancelReason: 'Unwell.' }),
  aBooking({ date: '2026-11-22' }),
];
const blackouts = [{ date: '2026-11-27' }];

describe('booking utilisation per week', () => {
  it('sets seats booked against seats offered by active sessions, none on a blackout day', () => {
    const table = bookingUtilisationPerWeek(bookings, sessions, blackouts, {
      from: '2026-11-25',
      to: '2026-12-01',
    });
    expect(table.rows).toEqual([
      // Mon 6 + 4, Tue to Thu 6 each, Fri blacked out: 28 seats; 3 bookings stand.
      { week: '2026-W48', weekStart: '2026-11-23', offered: 28, booked: 3, utilisation: 3 / 28 },
      { week: '2026-W49', weekStart: '2026-11-30', offered: 34, booked: 0, utilisation: 0 },
    ]);
    expect(table.columns.map((column) => column.key)).toEqual([
      'week',
      'weekStart',
      'offered',
      'booked',
      'utilisation',
    ]);
  });

  it('gives no utilisation, never NaN, when no seats are offered', () => {
    expect(bookingUtilisationPerWeek([], [], [], { from: '2026-11-25', to: '2026-11-25' }).rows).toEqual([
      { week: '2026-W48', weekStart: '2026-11-23', offered: 0, booked: 0, utilisation: null },
    ]);
  });
});
