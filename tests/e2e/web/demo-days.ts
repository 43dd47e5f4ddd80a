/** Days the browser specs book on in the demo data, computed from today in London as the app computes them. */
import { addDaysIso, londonToday } from '../../../shared/dates';
import { isoWeekdayOf } from '../../../shared/domain/bookings';

/** The same weekday next week, moved to a Monday–Friday (demo sessions run on weekdays). */
export const weekdayNextWeek = (() => {
  const day = addDaysIso(londonToday(), 7);
  const weekday = isoWeekdayOf(day);
  return weekday > 5 ? addDaysIso(day, 8 - weekday) : day;
})();
