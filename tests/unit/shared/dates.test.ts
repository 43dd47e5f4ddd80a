import {
  addDaysIso,
  daysBetween,
  formatInstant,
  formatLongDate,
  formatShortDate,
  isIsoDate,
  londonToday,
  londonDayStart,
} from '../../../shared/dates';

describe('UK dates', () => {
  it.each([
    ['2026-11-25', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['25/11/2026', false],
    ['2026-11-25T00:00:00Z', false],
    ['', false],
  ])('isIsoDate(%p) is %p', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it('shows dates the UK way', () => {
    expect(formatShortDate('2026-03-07')).toBe('07/03/2026');
    expect(formatLongDate('2026-03-07')).toBe('7 Mar 2026');
  });

  it('reads "today" in London, not UTC: 23:30 UTC in summer is already tomorrow', () => {
    expect(londonToday(new Date('2026-07-14T23:30:00Z'))).toBe('2026-07-15');
    expect(londonToday(new Date('2026-12-14T23:30:00Z'))).toBe('2026-12-14');
  });

  it('shows an instant in London time across the clock change', () => {
    expect(formatInstant('2026-03-29T00:30:00Z')).toBe('29 Mar 2026, 00:30');
    expect(formatInstant('2026-03-29T01:30:00Z')).toBe('29 Mar 2026, 02:30');
    expect(formatInstant('2026-10-25T00:30:00Z')).toBe('25 Oct 2026, 01:30');
    expect(formatInstant('2026-10-25T01:30:00Z')).toBe('25 Oct 2026, 01:30');
  });

  it('counts calendar days, so a clock change never shifts a day', () => {
    expect(addDaysIso('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDaysIso('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDaysIso('2026-10-24', 2)).toBe('2026-10-26');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-26', '2026-10-24')).toBe(-2);
  });
});

describe('londonDayStart', () => {
  it.each([
    ['2026-01-15', '2026-01-15T00:00:00.000Z'],
    ['2026-07-15', '2026-07-14T23:00:00.000Z'],
    ['2026-03-29', '2026-03-29T00:00:00.000Z'],
    ['2026-03-30', '2026-03-29T23:00:00.000Z'],
    ['2026-10-25', '2026-10-24T23:00:00.000Z'],
    ['2026-10-26', '2026-10-26T00:00:00.000Z'],
  ])('a London day %s starts at %s', (day, instant) => {
    expect(londonDayStart(day)).toBe(instant);
  });
});
