/**
 * Month and week buckets for reports, in date-only arithmetic: a `yyyy-MM-dd` value is turned into a count of
 * days since 1970-01-01 with `Date.UTC`, so no time zone or clock change can move a day. Weeks run Monday to
 * Sunday (ISO 8601); months are `yyyy-MM`.
 */
import type { IsoDate } from '../../dates';

/** A calendar month written `yyyy-MM`. */
export type IsoMonth = string;

/** The days from `from` to `to`, both included. */
export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}

const DAY_MS = 86_400_000;

function parts(day: IsoDate): [number, number, number] {
  return day.split('-').map(Number) as [number, number, number];
}

/** Days since 1970-01-01 (a day number: consecutive days differ by one). */
export function dayNumber(day: IsoDate): number {
  const [year, month, date] = parts(day);
  return Date.UTC(year, month - 1, date) / DAY_MS;
}

/** The calendar day of a day number. */
export function fromDayNumber(days: number): IsoDate {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/** Orders plain ASCII keys such as dates (`yyyy-MM-dd`) or references (`DSH-2026-014`), quickly. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whole days from `from` to `to` (negative when `to` is earlier); NaN when either is not a date. */
export function daysFrom(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The day `days` days after `day` (before it when negative). */
export function plusDays(day: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(day) + days);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: IsoDate): number {
  // 1970-01-01 was a Thursday (ISO weekday 4).
  return ((((dayNumber(day) + 3) % 7) + 7) % 7) + 1;
}

/** The Monday of the week the day falls in. */
export function weekStartOf(day: IsoDate): IsoDate {
  return fromDayNumber(dayNumber(day) - isoWeekday(day) + 1);
}

/** The ISO week of a day, `2026-W48` (the week belongs to the year of its Thursday). */
export function isoWeekLabel(day: IsoDate): string {
  const thursday = dayNumber(weekStartOf(day)) + 3;
  const year = fromDayNumber(thursday).slice(0, 4);
  const week = Math.floor((thursday - dayNumber(`${year}-01-01`)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The month a day falls in. */
export function monthOf(day: IsoDate): IsoMonth {
  return day.slice(0, 7);
}

/** The last day of a month. */
export function monthEnd(month: IsoMonth): IsoDate {
  const [year, number] = month.split('-').map(Number) as [number, number];
  // Day 0 of the next month is the last day of this one.
  return fromDayNumber(Date.UTC(year, number, 0) / DAY_MS);
}

/** Every month from the month of `range.from` to the month of `range.to` (empty when `from` is after `to`). */
export function monthsIn(range: DateRange): IsoMonth[] {
  if (range.from > range.to) return [];
  const months: IsoMonth[] = [];
  let [year, month] = monthOf(range.from).split('-').map(Number) as [number, number];
  const last = monthOf(range.to);
  for (;;) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    months.push(current);
    if (current >= last) return months;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

/** The Monday of every week from the week of `range.from` to the week of `range.to`. */
export function weeksIn(range: DateRange): IsoDate[] {
  if (range.from > range.to) return [];
  const weeks: IsoDate[] = [];
  const last = dayNumber(weekStartOf(range.to));
  for (let monday = dayNumber(weekStartOf(range.from)); monday <= last; monday += 7) {
    weeks.push(fromDayNumber(monday));
  }
  return weeks;
}
