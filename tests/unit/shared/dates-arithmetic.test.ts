/**
 * The day arithmetic done on UTC midnights (shared/dates.ts, for speed) gives exactly what date-fns gives, on
 * every day of four years (a leap day, both clock changes each year), across month ends, and on input that
 * is not a real day (which still takes the date-fns path).
 */
import { addDays, addMonths, format, parseISO } from 'date-fns';
import { addDaysIso, addMonthsIso, daysBetween, formatShortDate } from '../../../shared/dates';

const DAYS = Array.from({ length: 4 * 366 }, (_, n) =>
  format(addDays(parseISO('2023-01-01'), n), 'yyyy-MM-dd'),
);

describe('day arithmetic', () => {
  it('agrees with date-fns on every day of four years', () => {
    const differences: string[] = [];
    for (const day of DAYS) {
      for (const days of [-400, -31, -1, 0, 1, 7, 30, 365]) {
        const expected = format(addDays(parseISO(day), days), 'yyyy-MM-dd');
        if (addDaysIso(day, days) !== expected) differences.push(`${day} + ${days} days`);
        if (daysBetween(day, expected) !== days) differences.push(`${day} to ${expected}`);
      }
      for (const months of [-12, -1, 1, 6, 12, 13, 24]) {
        const expected = format(addMonths(parseISO(day), months), 'yyyy-MM-dd');
        if (addMonthsIso(day, months) !== expected) differences.push(`${day} + ${months} months`);
      }
      if (formatShortDate(day) !== format(parseISO(day), 'dd/MM/yyyy')) differences.push(day);
    }
    expect(differences).toEqual([]);
    expect(addMonthsIso('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonthsIso('2026-01-31', 1)).toBe('2026-02-28');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(addDaysIso('0099-12-31', 1)).toBe('0100-01-01');
  });

  it('treats what is not a real day as date-fns does', () => {
    expect(daysBetween('2026-02-30', '2026-03-01')).toBeNaN();
    expect(() => addDaysIso('not a day', 1)).toThrow(RangeError);
    expect(() => formatShortDate('2026-13-01')).toThrow(RangeError);
    expect(addDaysIso('2026-11-25', 1.5)).toBe(format(addDays(parseISO('2026-11-25'), 1.5), 'yyyy-MM-dd'));
    expect(addDaysIso('2026-11-25', -1.5)).toBe(format(addDays(parseISO('2026-11-25'), -1.5), 'yyyy-MM-dd'));
  });
});
