import { parseTypedDate } from '../../../shared/dates';

describe('a typed date is read day-month-year, whatever the machine’s locale', () => {
  it.each([
    ['6/12/26', '2026-12-06'],
    ['06/12/2026', '2026-12-06'],
    ['06122026', '2026-12-06'],
    ['061226', '2026-12-06'],
    ['6.12.2026', '2026-12-06'],
    ['6-12-2026', '2026-12-06'],
    [' 6 Dec 2026 ', '2026-12-06'],
    ['6 December 2026', '2026-12-06'],
    ['2026-12-06', '2026-12-06'],
    ['29/2/2028', '2028-02-29'],
  ])('reads %j as %s', (typed, iso) => {
    expect(parseTypedDate(typed)).toBe(iso);
  });

  it.each(['31/02/2026', '12/13/2026', '29/2/2027', 'tomorrow', '', '6/12', '2026-02-30'])(
    'refuses %j',
    (typed) => {
      expect(parseTypedDate(typed)).toBeUndefined();
    },
  );
});
