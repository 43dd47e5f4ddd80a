/**
 * Calendar days for the booking views, on date-only values (`yyyy-MM-dd`): weekdays, Monday-to-Sunday weeks
 * and month grids. Whole-day arithmetic only, so the clock changes cannot move a day.
 */
import { addDaysIso, daysBetween, type IsoDate } from '../../dates';

const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** 1 = Monday … 7 = Sunday (the ISO weekday, as SessionTemplate.weekday counts). */
export function isoWeekdayOf(day: IsoDate): number {
  // Noon UTC of the day: the weekday of a calendar day does not depend on any zone.
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** "Monday" for 1 … "Sunday" for 7. */
export function weekdayName(isoWeekday: number): string {
  return WEEKDAY_NAMES[isoWeekday] ?? 'Unknown day';
}

/** The Monday of the Monday-to-Sunday week that holds `day`. */
export function weekStartOf(day: IsoDate): IsoDate {
  return addDaysIso(day, 1 - isoWeekdayOf(day));
}

/** Every day from `from` to `to`, both included (empty when `to` is earlier). */
export function eachDay(from: IsoDate, to: IsoDate): IsoDate[] {
  const count = daysBetween(from, to) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => addDaysIso(from, i));
}

/** The seven days, Monday to Sunday, of the week that holds `day`. */
export function weekDays(day: IsoDate): IsoDate[] {
  const monday = weekStartOf(day);
  return eachDay(monday, addDaysIso(monday, 6));
}

/** The last day of the month that holds `day`. */
export function lastDayOfMonth(day: IsoDate): IsoDate {
  const [year, month] = day.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${day.slice(0, 8)}${String(days).padStart(2, '0')}`;
}

/**
 * The weeks (each Monday to Sunday) that cover the month holding `day`: the first week starts on the Monday
 * on or before the 1st, the last ends on the Sunday on or after the month's last day.
 */
export function monthGrid(day: IsoDate): IsoDate[][] {
  const first = `${day.slice(0, 8)}01`;
  const days = eachDay(weekStartOf(first), addDaysIso(weekStartOf(lastDayOfMonth(day)), 6));
  const weeks: IsoDate[][] = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
  return weeks;
}
