/** Dates as the calendar shows and addresses them: UK words, Monday weeks, `yyyy-MM` months. */
import { format, parseISO } from 'date-fns';
import { addDaysIso, addMonthsIso, isIsoDate, type IsoDate } from '../../shared/dates';
import { weekStartOf } from '../../shared/domain/bookings';

/** The day a route parameter names, or undefined when it is not a real `yyyy-MM-dd` day. */
export function dayFromParam(param: string | undefined): IsoDate | undefined {
  return param !== undefined && isIsoDate(param) ? param : undefined;
}

/** The first day of the month a `yyyy-MM` route parameter names, or undefined. */
export function monthFromParam(param: string | undefined): IsoDate | undefined {
  return param !== undefined && /^\d{4}-\d{2}$/.test(param) ? dayFromParam(`${param}-01`) : undefined;
}

/** `2026-11` for any day of November 2026. */
export function monthParam(day: IsoDate): string {
  return day.slice(0, 7);
}

/** The first day of the month that holds `day`. */
export function firstOfMonth(day: IsoDate): IsoDate {
  return `${day.slice(0, 8)}01`;
}

/** The same day of the month before or after (`months` may be negative); 31st falls back to the last day. */
export function shiftMonth(day: IsoDate, months: number): IsoDate {
  return addMonthsIso(day, months);
}

/** The Monday of the week before or after. */
export function shiftWeek(day: IsoDate, weeks: number): IsoDate {
  return addDaysIso(weekStartOf(day), weeks * 7);
}

/** `Mon 23 Nov`: a column heading. */
export function formatDayHeading(day: IsoDate): string {
  return format(parseISO(day), 'EEE d MMM');
}

/** `Monday 23 November 2026`: a heading or a sentence. */
export function formatFullDay(day: IsoDate): string {
  return format(parseISO(day), 'EEEE d MMMM yyyy');
}

/** `November 2026`. */
export function formatMonth(day: IsoDate): string {
  return format(parseISO(day), 'MMMM yyyy');
}

/** `23–29 November 2026`, `30 November – 6 December 2026`, `28 December 2026 – 3 January 2027`. */
export function formatWeekRange(monday: IsoDate): string {
  const sunday = addDaysIso(monday, 6);
  const [start, end] = [parseISO(monday), parseISO(sunday)];
  if (monday.slice(0, 7) === sunday.slice(0, 7)) return `${format(start, 'd')}–${format(end, 'd MMMM yyyy')}`;
  if (monday.slice(0, 4) === sunday.slice(0, 4)) {
    return `${format(start, 'd MMMM')} – ${format(end, 'd MMMM yyyy')}`;
  }
  return `${format(start, 'd MMMM yyyy')} – ${format(end, 'd MMMM yyyy')}`;
}

/** "1 seat", "6 seats". */
export function countOf(n: number, noun: string, plural = `${noun}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? noun : plural}`;
}
