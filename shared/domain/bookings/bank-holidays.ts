/**
 * Bank holidays in England and Wales, computed by the rules that have stood since 1978 (when the Early May
 * bank holiday began), with the one-off changes of past years from a small table. Future one-off holidays
 * are not known in advance: the team adds them as blackout dates when they are announced.
 */
import { addDaysIso, type IsoDate } from '../../dates';
import { isoWeekdayOf } from './calendar';

/** A bank holiday: its day and its name as gov.uk gives it. */
export type BankHoliday = { date: IsoDate; name: string };

type Exceptions = { moved?: Record<string, IsoDate>; extra?: BankHoliday[] };

const EARLY_MAY = 'Early May bank holiday';
const SPRING = 'Spring bank holiday';

/** One-off changes announced by royal proclamation (gov.uk). */
const EXCEPTIONS: Record<number, Exceptions> = {
  1995: { moved: { [EARLY_MAY]: '1995-05-08' } },
  1999: { extra: [{ date: '1999-12-31', name: 'Millennium Celebrations' }] },
  2002: {
    moved: { [SPRING]: '2002-06-04' },
    extra: [{ date: '2002-06-03', name: 'Golden Jubilee bank holiday' }],
  },
  2011: { extra: [{ date: '2011-04-29', name: 'Royal wedding' }] },
  2012: {
    moved: { [SPRING]: '2012-06-04' },
    extra: [{ date: '2012-06-05', name: 'Queen’s Diamond Jubilee' }],
  },
  2020: { moved: { [EARLY_MAY]: '2020-05-08' } },
  2022: {
    moved: { [SPRING]: '2022-06-02' },
    extra: [
      { date: '2022-06-03', name: 'Platinum Jubilee bank holiday' },
      { date: '2022-09-19', name: 'Bank Holiday for the State Funeral of Queen Elizabeth II' },
    ],
  },
  2023: { extra: [{ date: '2023-05-08', name: 'Bank holiday for the coronation of King Charles III' }] },
};

const pad = (n: number) => String(n).padStart(2, '0');
const isoDate = (year: number, month: number, day: number): IsoDate => `${year}-${pad(month)}-${pad(day)}`;

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus of Meeus, Jones and Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/** The first Monday on or after a day. */
const mondayOnOrAfter = (day: IsoDate): IsoDate => addDaysIso(day, (8 - isoWeekdayOf(day)) % 7);
/** The last Monday on or before a day. */
const mondayOnOrBefore = (day: IsoDate): IsoDate => addDaysIso(day, -((isoWeekdayOf(day) + 6) % 7));
const isWeekend = (day: IsoDate): boolean => isoWeekdayOf(day) >= 6;

/**
 * New Year's Day, Christmas Day and Boxing Day: a day falling at a weekend is replaced by the next weekday
 * not already a holiday (so Christmas on a Saturday gives Monday 27 and Tuesday 28 December).
 */
function fixedHolidays(year: number): BankHoliday[] {
  const holidays: BankHoliday[] = [];
  const taken = new Set<IsoDate>();
  const add = (day: IsoDate, name: string) => {
    let date = day;
    while (isWeekend(date) || taken.has(date)) date = addDaysIso(date, 1);
    taken.add(date);
    holidays.push({ date, name: date === day ? name : `${name} (substitute day)` });
  };
  add(isoDate(year, 1, 1), 'New Year’s Day');
  // Boxing Day first when Christmas falls on a Sunday: Monday 26th is Boxing Day, Christmas moves to the 27th.
  const christmas = isoDate(year, 12, 25);
  const boxing = isoDate(year, 12, 26);
  if (isoWeekdayOf(christmas) === 7) {
    add(boxing, 'Boxing Day');
    add(christmas, 'Christmas Day');
  } else {
    add(christmas, 'Christmas Day');
    add(boxing, 'Boxing Day');
  }
  return holidays;
}

/** The bank holidays of England and Wales in a year, in date order. */
export function englandAndWalesBankHolidays(year: number): BankHoliday[] {
  const easter = easterSunday(year);
  const exceptions = EXCEPTIONS[year] ?? {};
  const holidays: BankHoliday[] = [
    ...fixedHolidays(year),
    { date: addDaysIso(easter, -2), name: 'Good Friday' },
    { date: addDaysIso(easter, 1), name: 'Easter Monday' },
    { date: mondayOnOrAfter(isoDate(year, 5, 1)), name: EARLY_MAY },
    { date: mondayOnOrBefore(isoDate(year, 5, 31)), name: SPRING },
    { date: mondayOnOrBefore(isoDate(year, 8, 31)), name: 'Summer bank holiday' },
  ].map((holiday) => ({ ...holiday, date: exceptions.moved?.[holiday.name] ?? holiday.date }));
  return [...holidays, ...(exceptions.extra ?? [])].sort((a, b) => a.date.localeCompare(b.date));
}

/** The bank holidays from `from` to `to`, both included (e.g. to offer them as blackout dates). */
export function bankHolidaysBetween(from: IsoDate, to: IsoDate): BankHoliday[] {
  if (to < from) return [];
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i)
    .flatMap((year) => englandAndWalesBankHolidays(year))
    .filter((holiday) => holiday.date >= from && holiday.date <= to);
}
