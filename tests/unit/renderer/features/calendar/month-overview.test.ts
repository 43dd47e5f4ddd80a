import {
  fullness,
  fullnessBand,
  monthOverview,
} from '../../../../../renderer/features/calendar/model/month-overview';
import { weekdaySessions } from '../../../shared/bookings/booking-fixtures';

describe('the month overview', () => {
  const data = {
    templates: weekdaySessions(),
    blackouts: [{ date: '2026-12-25', reason: 'Christmas Day' }],
    booked: new Map([
      ['2026-12-01', 9],
      ['2026-12-02', 12],
    ]),
  };

  it('covers the month in Monday-to-Sunday weeks, with seats offered and booked each day', () => {
    const weeks = monthOverview('2026-12-01', data);
    expect(weeks).toHaveLength(5);
    expect(weeks[0]![0]).toMatchObject({ date: '2026-11-30', inMonth: false, seats: 12, booked: 0 });
    expect(weeks[0]![1]).toMatchObject({
      date: '2026-12-01',
      inMonth: true,
      sessions: 2,
      seats: 12,
      booked: 9,
    });
    expect(weeks[0]![5]).toMatchObject({ date: '2026-12-05', sessions: 0, seats: 0 });
    expect(weeks.flat().find((d) => d.date === '2026-12-25')).toMatchObject({
      closed: 'Christmas Day',
      seats: 0,
    });
  });

  it('says how full a day is in words as well as a share', () => {
    const [, tuesday, wednesday, thursday] = monthOverview('2026-12-01', data)[0]!;
    expect([tuesday, wednesday, thursday].map((d) => [fullness(d!), fullnessBand(d!)])).toEqual([
      [0.75, 'busy'],
      [1, 'full'],
      [0, 'quiet'],
    ]);
    expect(fullnessBand({ seats: 0, booked: 0 })).toBe('none');
  });

  it('counts the filtered bookings of each day when a filter is set', () => {
    const weeks = monthOverview('2026-12-01', { ...data, filtered: new Map([['2026-12-02', 2]]) });
    expect(weeks[0]!.map((d) => d.filtered)).toEqual([0, 0, 2, 0, 0, 0, 0]);
    expect(monthOverview('2026-12-01', data)[0]![2]!.filtered).toBeUndefined();
  });
});
