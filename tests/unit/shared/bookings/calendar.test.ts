import {
  eachDay,
  isoWeekdayOf,
  lastDayOfMonth,
  monthGrid,
  occupancy,
  sessionsBetween,
  sessionsOn,
  weekDays,
  weekStartOf,
} from '../../../../shared/domain/bookings';
import { fixtureId } from '../../../helpers/domain-fixtures';
import { aBooking, aSession, weekdaySessions } from './booking-fixtures';

describe('calendar days', () => {
  it.each([
    ['2026-11-30', 1],
    ['2026-12-05', 6],
    ['2026-12-06', 7],
    ['2026-03-29', 7],
    ['2026-10-25', 7],
  ])('%s is ISO weekday %i', (day, weekday) => {
    expect(isoWeekdayOf(day)).toBe(weekday);
  });

  it.each([
    ['a Monday', '2026-11-30'],
    ['a Wednesday', '2026-12-02'],
    ['a Sunday', '2026-12-06'],
  ])('gives Monday to Sunday of the week of %s', (_, day) => {
    expect(weekStartOf(day)).toBe('2026-11-30');
    expect(weekDays(day)).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
  });

  it('crosses the clock change without losing or repeating a day', () => {
    expect(weekDays('2026-03-29')).toEqual(eachDay('2026-03-23', '2026-03-29'));
    expect(eachDay('2026-10-24', '2026-10-27')).toEqual([
      '2026-10-24',
      '2026-10-25',
      '2026-10-26',
      '2026-10-27',
    ]);
    expect(eachDay('2026-10-27', '2026-10-24')).toEqual([]);
  });

  it.each([
    ['2026-02-10', '2026-02-28'],
    ['2028-02-10', '2028-02-29'],
    ['2026-12-01', '2026-12-31'],
  ])('the month of %s ends on %s', (day, last) => {
    expect(lastDayOfMonth(day)).toBe(last);
  });

  it.each([
    // November 2026 starts on a Sunday and ends on a Monday: six weeks.
    ['2026-11-25', 6, '2026-10-26', '2026-12-06'],
    // February 2027 starts on a Monday and ends on a Sunday: exactly four weeks.
    ['2027-02-14', 4, '2027-02-01', '2027-02-28'],
    ['2026-03-01', 6, '2026-02-23', '2026-04-05'],
  ])('the month grid of %s has %i weeks from %s to %s', (day, weeks, first, last) => {
    const grid = monthGrid(day);
    expect(grid).toHaveLength(weeks);
    expect(grid.every((week) => week.length === 7 && isoWeekdayOf(week[0]!) === 1)).toBe(true);
    expect(grid[0]![0]).toBe(first);
    expect(grid.at(-1)!.at(-1)).toBe(last);
    expect(grid.flat()).toEqual(eachDay(first, last));
  });
});

describe('sessionsOn', () => {
  const templates = [...weekdaySessions(), aSession({ id: fixtureId(1091), weekday: 1, active: false })];

  it('lays the active sessions of the weekday on the day, earliest first', () => {
    expect(sessionsOn('2026-11-30', [...templates].reverse(), [])).toEqual([
      {
        date: '2026-11-30',
        sessionId: fixtureId(1011),
        start: '09:00',
        end: '13:00',
        seats: 6,
        label: 'Morning',
      },
      {
        date: '2026-11-30',
        sessionId: fixtureId(1012),
        start: '13:00',
        end: '17:00',
        seats: 6,
        label: 'Afternoon',
      },
    ]);
  });

  it('has none at the weekend', () => {
    expect(sessionsOn('2026-12-05', templates, [])).toEqual([]);
  });

  it('marks the sessions of a blackout date with its reason', () => {
    const sessions = sessionsOn('2026-12-25', templates, [{ date: '2026-12-25', reason: 'Christmas Day' }]);
    expect(sessions.map((s) => s.blackout)).toEqual(['Christmas Day', 'Christmas Day']);
  });

  it('labels a session without a label by its times', () => {
    expect(sessionsOn('2026-11-30', [aSession({ label: undefined })], [])[0]?.label).toBe('09:00–13:00');
  });

  it('gives the sessions of a period day by day', () => {
    const week = sessionsBetween('2026-11-30', '2026-12-06', templates, []);
    expect(week).toHaveLength(10);
    expect(week.map((s) => s.date)).toEqual(eachDay('2026-11-30', '2026-12-04').flatMap((d) => [d, d]));
  });
});

describe('occupancy', () => {
  const sessions = sessionsOn(
    '2026-11-30',
    [aSession(), aSession({ id: fixtureId(1002), start: '13:00', end: '17:00' })],
    [],
  );

  it('counts seats taken and free per session, and whose bookings take them', () => {
    const morning = [aBooking(1), aBooking(2)];
    const list = [
      ...morning,
      aBooking(3, { status: 'cancelled', cancelReason: 'Ill.' }),
      aBooking(4, { date: '2026-12-07' }),
    ];
    const [first, second] = occupancy(sessions, list);
    expect(first).toEqual({ session: sessions[0], taken: 2, free: 4, full: false, bookings: morning });
    expect(second).toEqual({ session: sessions[1], taken: 0, free: 6, full: false, bookings: [] });
  });

  it('is full at the last seat, and never shows fewer than no free seats', () => {
    const full = Array.from({ length: 7 }, (_, i) => aBooking(i + 1));
    expect(occupancy(sessions.slice(0, 1), full.slice(0, 6))[0]).toMatchObject({
      taken: 6,
      free: 0,
      full: true,
    });
    expect(occupancy(sessions.slice(0, 1), full)[0]).toMatchObject({ taken: 7, free: 0, full: true });
  });
});
