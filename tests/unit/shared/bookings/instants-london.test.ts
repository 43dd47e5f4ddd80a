/**
 * @jest-environment ./tests/unit/shared/london-time-environment.cjs
 */
import { sessionStartInstant } from '../../../../shared/domain/bookings';

// The same instants with the process itself in London time, where local-clock arithmetic would meet the changes.
describe('session instants on a London workstation', () => {
  it('runs in London time', () => {
    expect(new Date('2026-07-01T12:00:00Z').getTimezoneOffset()).toBe(-60);
  });

  it.each([
    ['2026-03-27', '2026-03-27T09:00:00.000Z'],
    ['2026-03-30', '2026-03-30T08:00:00.000Z'],
    ['2026-10-23', '2026-10-23T08:00:00.000Z'],
    ['2026-10-26', '2026-10-26T09:00:00.000Z'],
  ])('09:00 on %s is %s', (day, instant) => {
    expect(sessionStartInstant(day, '09:00')).toBe(instant);
  });
});
