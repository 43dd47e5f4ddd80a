import { cellDate, excelSerialDate, parseUkDate } from '../../../../shared/import/uk-dates';

describe('reading UK dates from a spreadsheet', () => {
  it.each([
    ['06/12/2026', '2026-12-06'],
    ['6/12/2026', '2026-12-06'],
    ['06.12.2026', '2026-12-06'],
    ['06-12-2026', '2026-12-06'],
    ['6 Dec 2026', '2026-12-06'],
    ['6 December 2026', '2026-12-06'],
    ['6-Dec-2026', '2026-12-06'],
    ['6th Sept 2026', '2026-09-06'],
    ['2026-12-06', '2026-12-06'],
    ['29/02/2028', '2028-02-29'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseUkDate(text)).toEqual({ ok: true, date: iso });
  });

  it.each([
    ['31/02/2026', 'is not a real calendar date'],
    ['12/31/2026', 'looks like month/day/year'],
    ['06/12/26', 'two-digit year'],
    ['6 Dec 26', 'two-digit year'],
    ['6 Decembre 2026', 'month DSH Desk does not know'],
    ['next Tuesday', 'not a date DSH Desk can read'],
  ])('refuses %s, saying it %s', (text, words) => {
    const reading = parseUkDate(text);
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.message).toContain(words);
  });

  it('reads Excel date serials in the 1900 and 1904 systems', () => {
    expect(excelSerialDate(46362)).toEqual({ ok: true, date: '2026-12-06' });
    expect(excelSerialDate(46362.75)).toEqual({ ok: true, date: '2026-12-06' });
    expect(excelSerialDate(46362 - 1462, true)).toEqual({ ok: true, date: '2026-12-06' });
    expect(parseUkDate('46362')).toEqual({ ok: true, date: '2026-12-06' });
  });

  it('refuses a number too small to be a date rather than inventing one', () => {
    expect(excelSerialDate(7).ok).toBe(false);
  });

  it('takes the number behind a date cell before its text', () => {
    expect(cellDate({ text: '46362', number: 46362 })).toEqual({ ok: true, date: '2026-12-06' });
    expect(cellDate({ text: '6 Dec 2026' })).toEqual({ ok: true, date: '2026-12-06' });
  });
});
