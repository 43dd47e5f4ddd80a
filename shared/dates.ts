/**
 * Dates the UK way, on date-fns. Date-only values are ISO `yyyy-MM-dd` strings (a calendar day, no time
 * zone); instants are UTC ISO timestamps. "Today" and display use Europe/London; weeks start on Monday.
 */
import { addDays, addMonths, differenceInCalendarDays, format, isValid, parse, parseISO } from 'date-fns';
import { TZDate } from '@date-fns/tz';

/** The zone every DSH date is read in. */
export const DSH_TIME_ZONE = 'Europe/London';
/** Monday. */
export const WEEK_STARTS_ON = 1 as const;

/** A calendar day as `yyyy-MM-dd`. */
export type IsoDate = string;
/** A UTC instant as an ISO timestamp. */
export type IsoInstant = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const DAY_MS = 86_400_000;

/**
 * The UTC midnight of a real calendar day written `yyyy-MM-dd`, else undefined. Day arithmetic on it is
 * exact (UTC has no clock changes) and many times faster than date-fns' parsing, which the action list and
 * the forecast did tens of thousands of times a screen; anything else takes the date-fns path as before.
 */
function utcDay(day: string): number | undefined {
  if (!ISO_DATE.test(day)) return undefined;
  const [year, month, date] = [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
  const at = new Date(0);
  at.setUTCFullYear(year, month - 1, date); // not Date.UTC, which reads years 0–99 as 1900–1999
  return at.getUTCMonth() === month - 1 && at.getUTCDate() === date ? at.getTime() : undefined;
}

/** `yyyy-MM-dd` of a UTC midnight. */
function isoOf(at: Date): IsoDate {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(at.getUTCFullYear(), 4)}-${pad(at.getUTCMonth() + 1, 2)}-${pad(at.getUTCDate(), 2)}`;
}

/** True when `value` is a real calendar day written `yyyy-MM-dd` (so 2026-02-30 is not). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const parsed = parseISO(value);
  return isValid(parsed) && format(parsed, 'yyyy-MM-dd') === value;
}

/** The calendar day in London at the given instant (default: now). */
export function londonToday(now: Date = new Date()): IsoDate {
  return format(new TZDate(now.getTime(), DSH_TIME_ZONE), 'yyyy-MM-dd');
}

/** Adds whole calendar days to a date-only value; clock changes cannot shift it. */
export function addDaysIso(day: IsoDate, days: number): IsoDate {
  const at = utcDay(day);
  if (at === undefined || !Number.isInteger(days)) return format(addDays(parseISO(day), days), 'yyyy-MM-dd');
  return isoOf(new Date(at + days * DAY_MS));
}

/**
 * Adds whole calendar months to a date-only value. A day missing from the target month falls back to that
 * month's last day (31 Jan + 1 month = 28 Feb; 29 Feb 2024 + 12 months = 28 Feb 2025).
 */
export function addMonthsIso(day: IsoDate, months: number): IsoDate {
  const at = utcDay(day);
  if (at === undefined || !Number.isInteger(months)) {
    return format(addMonths(parseISO(day), months), 'yyyy-MM-dd');
  }
  const date = new Date(at);
  const target = new Date(0);
  // Day 0 of the month after the target is the target's last day: the day is capped at it.
  target.setUTCFullYear(date.getUTCFullYear(), date.getUTCMonth() + months + 1, 0);
  target.setUTCDate(Math.min(date.getUTCDate(), target.getUTCDate()));
  return isoOf(target);
}

/** The earlier of two date-only values (ISO strings compare as calendar order). */
export function earlierIso(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const [start, end] = [utcDay(from), utcDay(to)];
  if (start === undefined || end === undefined) return differenceInCalendarDays(parseISO(to), parseISO(from));
  return Math.round((end - start) / DAY_MS);
}

/** `25/11/2026`: the short UK form used in tables and forms. */
export function formatShortDate(day: IsoDate): string {
  if (utcDay(day) === undefined) return format(parseISO(day), 'dd/MM/yyyy');
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

/** `25 Nov 2026`: the readable UK form used in sentences and headings. */
export function formatLongDate(day: IsoDate): string {
  return format(parseISO(day), 'd MMM yyyy');
}

/** `25 Nov 2026, 14:05`: an instant shown in London time. */
export function formatInstant(instant: IsoInstant): string {
  return format(new TZDate(new Date(instant).getTime(), DSH_TIME_ZONE), 'd MMM yyyy, HH:mm');
}

/** `14:05`: the London wall-clock time of an instant. */
export function formatLondonTime(instant: IsoInstant): string {
  return format(new TZDate(new Date(instant).getTime(), DSH_TIME_ZONE), 'HH:mm');
}

/** The current instant as a UTC ISO timestamp. */
export function nowInstant(now: Date = new Date()): IsoInstant {
  return now.toISOString();
}

/** The UTC instant at which a London calendar day begins (00:00 GMT or BST). */
export function londonDayStart(day: IsoDate): IsoInstant {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, date, 0, 0, 0, 0, DSH_TIME_ZONE).getTime()).toISOString();
}

// What an officer may type for a day, UK order always (never the machine's locale): 6/12/26, 06122026,
// 6.12.2026, 6 Dec 2026, and the ISO form a calendar or a paste gives.
const TYPED_FORMATS = [
  'd/M/yyyy',
  'd/M/yy',
  'd.M.yyyy',
  'd.M.yy',
  'd-M-yyyy',
  'd-M-yy',
  'ddMMyyyy',
  'ddMMyy',
  'd MMM yyyy',
  'd MMMM yyyy',
];

/**
 * The day an officer typed, as `yyyy-MM-dd`, read day-month-year whatever the machine's locale; undefined
 * when it is not a real day (31/02/2026, 6/13/2026, text). Two-digit years are this century.
 */
export function parseTypedDate(text: string): IsoDate | undefined {
  const typed = text.trim().replace(/\s+/g, ' ');
  if (isIsoDate(typed)) return typed;
  for (const pattern of TYPED_FORMATS) {
    const parsed = parse(typed, pattern, new Date(2000, 0, 1));
    if (!isValid(parsed)) continue;
    const iso = format(parsed, 'yyyy-MM-dd');
    // date-fns reads "6/12/2026" as d/M/yy too loosely: keep only years of four digits.
    if (isIsoDate(iso) && iso >= '1900-01-01' && iso <= '2199-12-31') return iso;
  }
  return undefined;
}
