import {
  bankHolidaysBetween,
  easterSunday,
  englandAndWalesBankHolidays,
} from '../../../../shared/domain/bookings';

const datesOf = (year: number) => englandAndWalesBankHolidays(year).map((holiday) => holiday.date);

describe('bank holidays in England and Wales', () => {
  // As published on gov.uk/bank-holidays.
  it.each([
    [2018, ['01-01', '03-30', '04-02', '05-07', '05-28', '08-27', '12-25', '12-26']],
    [2019, ['01-01', '04-19', '04-22', '05-06', '05-27', '08-26', '12-25', '12-26']],
    [2020, ['01-01', '04-10', '04-13', '05-08', '05-25', '08-31', '12-25', '12-28']],
    [2021, ['01-01', '04-02', '04-05', '05-03', '05-31', '08-30', '12-27', '12-28']],
    [2022, ['01-03', '04-15', '04-18', '05-02', '06-02', '06-03', '08-29', '09-19', '12-26', '12-27']],
    [2023, ['01-02', '04-07', '04-10', '05-01', '05-08', '05-29', '08-28', '12-25', '12-26']],
    [2024, ['01-01', '03-29', '04-01', '05-06', '05-27', '08-26', '12-25', '12-26']],
    [2025, ['01-01', '04-18', '04-21', '05-05', '05-26', '08-25', '12-25', '12-26']],
    [2026, ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28']],
    [2027, ['01-01', '03-26', '03-29', '05-03', '05-31', '08-30', '12-27', '12-28']],
  ])('%i: as gov.uk publishes them', (year, days) => {
    expect(datesOf(year)).toEqual(days.map((day) => `${year}-${day}`));
  });

  it('names them as gov.uk does, with substitute days marked', () => {
    expect(englandAndWalesBankHolidays(2026)).toEqual([
      { date: '2026-01-01', name: 'New Year’s Day' },
      { date: '2026-04-03', name: 'Good Friday' },
      { date: '2026-04-06', name: 'Easter Monday' },
      { date: '2026-05-04', name: 'Early May bank holiday' },
      { date: '2026-05-25', name: 'Spring bank holiday' },
      { date: '2026-08-31', name: 'Summer bank holiday' },
      { date: '2026-12-25', name: 'Christmas Day' },
      { date: '2026-12-28', name: 'Boxing Day (substitute day)' },
    ]);
  });

  it.each([
    // Christmas on a Saturday: both move, in order.
    [2027, 'Christmas Day (substitute day)', 'Boxing Day (substitute day)'],
    // Christmas on a Sunday: Boxing Day keeps Monday 26th and Christmas moves to Tuesday 27th.
    [2022, 'Boxing Day', 'Christmas Day (substitute day)'],
  ])('%i: substitutes %s then %s', (year, first, second) => {
    expect(
      englandAndWalesBankHolidays(year)
        .slice(-2)
        .map((h) => h.name),
    ).toEqual([first, second]);
  });

  it('keeps the one-off holidays of 2022 and 2023', () => {
    expect(englandAndWalesBankHolidays(2022).filter((h) => /Jubilee|Funeral/.test(h.name))).toEqual([
      { date: '2022-06-03', name: 'Platinum Jubilee bank holiday' },
      { date: '2022-09-19', name: 'Bank Holiday for the State Funeral of Queen Elizabeth II' },
    ]);
    expect(englandAndWalesBankHolidays(2023)).toContainEqual({
      date: '2023-05-08',
      name: 'Bank holiday for the coronation of King Charles III',
    });
  });

  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('Easter Sunday %i is %s', (year, day) => {
    expect(easterSunday(year)).toBe(day);
  });

  it('lists the holidays of a period across years', () => {
    expect(bankHolidaysBetween('2026-12-01', '2027-01-31').map((h) => h.date)).toEqual([
      '2026-12-25',
      '2026-12-28',
      '2027-01-01',
    ]);
    expect(bankHolidaysBetween('2027-01-31', '2026-12-01')).toEqual([]);
  });
});
