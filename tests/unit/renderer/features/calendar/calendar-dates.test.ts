import {
  dayFromParam,
  formatWeekRange,
  monthFromParam,
  shiftMonth,
  shiftWeek,
} from '../../../../../renderer/components/calendar-dates';
import {
  filterFromSearch,
  filterSearch,
  matchesFilter,
} from '../../../../../renderer/features/calendar/model/calendar-filter';
import { dayPath, monthPath, weekPath } from '../../../../../renderer/features/calendar/model/calendar-paths';

describe('calendar addresses and dates', () => {
  it('reads only real days and months from an address', () => {
    expect(dayFromParam('2026-11-30')).toBe('2026-11-30');
    expect(dayFromParam('2026-02-30')).toBeUndefined();
    expect(dayFromParam('next week')).toBeUndefined();
    expect(monthFromParam('2026-12')).toBe('2026-12-01');
    expect(monthFromParam('2026-13')).toBeUndefined();
  });

  it('addresses a week by its Monday, a month by yyyy-MM, and keeps the filter', () => {
    const filter = { projectId: 'p1', personId: 'x2' };
    expect(weekPath('2026-12-03', filter)).toBe('/calendar/week/2026-11-30?project=p1&person=x2');
    expect(monthPath('2026-12-03')).toBe('/calendar/month/2026-12');
    expect(dayPath('2026-12-03', { personId: 'x2' })).toBe('/calendar/day/2026-12-03?person=x2');
    expect(filterFromSearch(new URLSearchParams(filterSearch(filter)))).toEqual(filter);
    expect(filterFromSearch(new URLSearchParams('project='))).toEqual({});
  });

  it('matches bookings against the project and the person of the filter', () => {
    const booking = { projectId: 'p1', personId: 'x2' };
    expect(matchesFilter(booking, {})).toBe(true);
    expect(matchesFilter(booking, { projectId: 'p1' })).toBe(true);
    expect(matchesFilter(booking, { projectId: 'p1', personId: 'x3' })).toBe(false);
  });

  it('moves by whole weeks and months, across the clock change and month ends', () => {
    expect(shiftWeek('2026-10-21', 1)).toBe('2026-10-26');
    expect(shiftWeek('2026-03-25', -1)).toBe('2026-03-16');
    expect(shiftMonth('2026-01-31', 1)).toBe('2026-02-28');
  });

  it('names a week within a month, across months and across years', () => {
    expect(formatWeekRange('2026-11-23')).toBe('23–29 November 2026');
    expect(formatWeekRange('2026-11-30')).toBe('30 November – 6 December 2026');
    expect(formatWeekRange('2026-12-28')).toBe('28 December 2026 – 3 January 2027');
  });
});
