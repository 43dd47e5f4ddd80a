/**
 * @jest-environment ./tests/unit/shared/london-time-environment.cjs
 */
import {
  isoWeekLabel,
  isoWeekday,
  monthEnd,
  monthsIn,
  weekStartOf,
  weeksIn,
} from '../../../../shared/domain/reports';

describe('weeks, Monday to Sunday', () => {
  it.each([
    ['2026-11-23', 1, '2026-11-23', '2026-W48'],
    ['2026-11-25', 3, '2026-11-23', '2026-W48'],
    ['2026-11-29', 7, '2026-11-23', '2026-W48'],
    ['2026-03-29', 7, '2026-03-23', '2026-W13'], // the clocks go forward
    ['2026-10-25', 7, '2026-10-19', '2026-W43'], // the clocks go back
    ['2026-01-01', 4, '2025-12-29', '2026-W01'],
    ['2027-01-01', 5, '2026-12-28', '2026-W53'],
    ['2024-12-30', 1, '2024-12-30', '2025-W01'],
    ['2021-01-03', 7, '2020-12-28', '2020-W53'],
  ])('%s is weekday %i of the week of %s (%s)', (day, weekday, monday, label) => {
    expect(isoWeekday(day)).toBe(weekday);
    expect(weekStartOf(day)).toBe(monday);
    expect(isoWeekLabel(day)).toBe(label);
  });

  it('lists the Monday of every week a range touches', () => {
    expect(weeksIn({ from: '2026-11-25', to: '2026-12-07' })).toEqual([
      '2026-11-23',
      '2026-11-30',
      '2026-12-07',
    ]);
    expect(weeksIn({ from: '2026-03-23', to: '2026-04-05' })).toEqual(['2026-03-23', '2026-03-30']);
    expect(weeksIn({ from: '2026-12-01', to: '2026-11-01' })).toEqual([]);
  });
});

describe('months', () => {
  it.each([
    ['2024-02', '2024-02-29'],
    ['2026-02', '2026-02-28'],
    ['2026-04', '2026-04-30'],
    ['2026-12', '2026-12-31'],
  ])('%s ends on %s', (month, end) => {
    expect(monthEnd(month)).toBe(end);
  });

  it('lists every month a range touches, across the year end', () => {
    expect(monthsIn({ from: '2026-11-25', to: '2027-02-01' })).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
    expect(monthsIn({ from: '2026-11-25', to: '2026-11-25' })).toEqual(['2026-11']);
    expect(monthsIn({ from: '2026-12-01', to: '2026-11-30' })).toEqual([]);
  });
});
