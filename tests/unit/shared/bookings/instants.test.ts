import { sessionStartInstant } from '../../../../shared/domain/bookings';

// Runs in whatever zone the machine is in; instants-london.test.ts repeats the clock changes in London time.
describe('session instants in London time', () => {
  it.each([
    ['2026-03-27', '09:00', '2026-03-27T09:00:00.000Z', 'the Friday before the clocks go forward (GMT)'],
    ['2026-03-30', '09:00', '2026-03-30T08:00:00.000Z', 'the Monday after (BST)'],
    ['2026-10-23', '09:00', '2026-10-23T08:00:00.000Z', 'the Friday before the clocks go back (BST)'],
    ['2026-10-26', '09:00', '2026-10-26T09:00:00.000Z', 'the Monday after (GMT)'],
    ['2026-03-29', '13:00', '2026-03-29T12:00:00.000Z', 'the afternoon of the day the clocks go forward'],
    ['2026-10-25', '13:00', '2026-10-25T13:00:00.000Z', 'the afternoon of the day the clocks go back'],
    ['2026-12-31', '23:30', '2026-12-31T23:30:00.000Z', 'late on New Year’s Eve'],
    [
      '2026-07-01',
      '00:30',
      '2026-06-30T23:30:00.000Z',
      'just after midnight in summer: the day before in UTC',
    ],
  ])('%s %s London is %s (%s)', (day, time, instant) => {
    expect(sessionStartInstant(day, time)).toBe(instant);
  });
});
