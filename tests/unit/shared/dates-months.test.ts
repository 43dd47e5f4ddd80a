import { addMonthsIso, earlierIso } from '../../../shared/dates';

describe('calendar months', () => {
  it.each([
    ['2025-11-25', 12, '2026-11-25'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-03-29', 12, '2026-03-29'],
    ['2025-10-25', 12, '2026-10-25'],
    ['2026-05-31', -1, '2026-04-30'],
  ])('%s + %i months is %s', (day, months, expected) => {
    expect(addMonthsIso(day, months)).toBe(expected);
  });

  it('picks the earlier day', () => {
    expect(earlierIso('2026-11-25', '2026-03-29')).toBe('2026-03-29');
  });
});
