/** The periods reports offer, as date ranges ending today. */
import { addMonthsIso, type IsoDate } from '../../../../shared/dates';
import { plusDays, weekStartOf, type DateRange } from '../../../../shared/domain/reports';

/** The choices of "last N months". */
export const MONTH_PERIODS = [
  { value: 12, label: 'The last 12 months' },
  { value: 6, label: 'The last 6 months' },
  { value: 24, label: 'The last 24 months' },
] as const;

/** From the first day of the month `months − 1` months ago, to today: `months` calendar months. */
export function lastMonths(today: IsoDate, months: number): DateRange {
  return { from: `${addMonthsIso(today, -(months - 1)).slice(0, 7)}-01`, to: today };
}

/** The choices of "last N weeks" (each with the next four weeks too). */
export const WEEK_PERIODS = [
  { value: 12, label: 'The last 12 weeks and the next 4' },
  { value: 26, label: 'The last 26 weeks and the next 4' },
  { value: 52, label: 'The last 52 weeks and the next 4' },
] as const;

/** Weeks to come shown after this week, bookings made so far. */
export const WEEKS_AHEAD = 4;

/** Monday `weeks − 1` weeks before this week's Monday, to the Sunday `WEEKS_AHEAD` weeks after this week. */
export function weeksAround(today: IsoDate, weeks: number): DateRange {
  const monday = weekStartOf(today);
  return { from: plusDays(monday, -7 * (weeks - 1)), to: plusDays(monday, 7 * WEEKS_AHEAD + 6) };
}
