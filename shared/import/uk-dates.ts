/**
 * Dates as UK spreadsheets hold them: 06/12/2026 (day first), 6 Dec 2026, 6 December 2026, 6-Dec-2026,
 * 2026-12-06, or an Excel date serial (the number Excel stores behind a date cell). A date written month
 * first (12/31/2026) or with a two-digit year is refused rather than guessed.
 */
import { isIsoDate, type IsoDate } from '../dates';
import type { SheetCell } from './sheet';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A date read, or why not in words. */
export type DateReading = { ok: true; date: IsoDate } | { ok: false; message: string };

const pad = (n: number) => String(n).padStart(2, '0');

function fromParts(year: number, month: number, day: number): DateReading {
  const date = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  return isIsoDate(date)
    ? { ok: true, date }
    : {
        ok: false,
        message: 'is not a real calendar date (DSH Desk reads day/month/year, as in 06/12/2026).',
      };
}

/**
 * The day of an Excel serial: days since 30 Dec 1899 (Excel's 1900 system, which counts a 29 Feb 1900 that
 * never was, so serials from 61 on line up), or since 1 Jan 1904 in a 1904-system workbook.
 */
export function excelSerialDate(serial: number, date1904 = false): DateReading {
  const whole = Math.floor(serial);
  if (!Number.isFinite(serial) || whole < (date1904 ? 0 : 61) || whole > 2_958_465) {
    return { ok: false, message: 'is a number, not a date: write the date as 06/12/2026.' };
  }
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const day = new Date(epoch + whole * 86_400_000);
  return fromParts(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
}

/** The ISO date of a UK-written date, or why it cannot be read. */
export function parseUkDate(text: string): DateReading {
  const value = text.trim().replace(/\s+/g, ' ');
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})$/.exec(value);
  if (numeric) {
    const [, day, month, year] = numeric.map(Number) as [number, number, number, number];
    if (numeric[3]!.length !== 4) {
      return { ok: false, message: 'has a two-digit year: write the year in full (06/12/2026).' };
    }
    if (month > 12 && day <= 12) {
      return { ok: false, message: 'looks like month/day/year: DSH Desk reads day/month/year (06/12/2026).' };
    }
    return fromParts(year, month, day);
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (iso) return fromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const named = /^(\d{1,2})(?:st|nd|rd|th)?[ -]([A-Za-z]{3,9})\.?[ -](\d{2,4})$/.exec(value);
  if (named) {
    const month = MONTHS.indexOf(named[2]!.slice(0, 3).toLowerCase()) + 1;
    const fullName = new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en-GB', { month: 'long' });
    const spelled = named[2]!.toLowerCase();
    if (month === 0 || !(spelled.length === 3 || fullName.toLowerCase().startsWith(spelled))) {
      return { ok: false, message: `has a month DSH Desk does not know (“${named[2]}”).` };
    }
    if (named[3]!.length !== 4) {
      return { ok: false, message: 'has a two-digit year: write the year in full (6 Dec 2026).' };
    }
    return fromParts(Number(named[3]), month, Number(named[1]));
  }
  if (/^\d+(\.\d+)?$/.test(value)) return excelSerialDate(Number(value));
  return { ok: false, message: 'is not a date DSH Desk can read: write it as 06/12/2026 or 6 Dec 2026.' };
}

/** The date in a cell: an Excel serial when the workbook stored a number, else the text read as a UK date. */
export function cellDate(cell: SheetCell, date1904 = false): DateReading {
  return cell.number !== undefined ? excelSerialDate(cell.number, date1904) : parseUkDate(cell.text);
}
