/**
 * Which week a Monday briefing covers: the week holding today from Monday to Friday, the coming week at the
 * weekend; the same answer whatever the computer's time zone (date-only arithmetic).
 */
import { briefingWeek, briefingWeekTitle, dueByWeekEnd } from '../../../../shared/domain/briefing';

describe('briefingWeek', () => {
  it.each([
    ['2026-11-23', '2026-11-23', '2026-11-29'], // Monday: its own week
    ['2026-11-25', '2026-11-23', '2026-11-29'], // Wednesday: still this week
    ['2026-11-27', '2026-11-23', '2026-11-29'], // Friday: still this week
    ['2026-11-28', '2026-11-30', '2026-12-06'], // Saturday: the coming week
    ['2026-11-29', '2026-11-30', '2026-12-06'], // Sunday: the coming week
    ['2026-12-31', '2026-12-28', '2027-01-03'], // across the new year
    ['2027-03-28', '2027-03-29', '2027-04-04'], // the Sunday the clocks go forward
    ['2027-10-29', '2027-10-25', '2027-10-31'], // the week the clocks go back
  ])('made on %s covers %s to %s', (today, monday, sunday) => {
    const week = briefingWeek(today);
    expect([week.monday, week.sunday, week.madeOn]).toEqual([monday, sunday, today]);
    expect(week.days).toHaveLength(7);
    expect(week.days[0]).toBe(monday);
    expect(week.days[6]).toBe(sunday);
  });

  it('gives the same week in any time zone of the computer', () => {
    const saved = process.env.TZ;
    try {
      const weeks = ['Pacific/Kiritimati', 'America/Los_Angeles', 'Europe/London'].map((zone) => {
        process.env.TZ = zone;
        return briefingWeek('2027-03-28');
      });
      expect(new Set(weeks.map((week) => week.days.join()))).toEqual(new Set([weeks[0]!.days.join()]));
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('titles the week by its Monday and keeps what falls by its Sunday', () => {
    const week = briefingWeek('2026-11-25');
    expect(briefingWeekTitle(week)).toBe('Week of Monday 23 Nov 2026');
    expect(dueByWeekEnd(week, '2026-11-29')).toBe(true);
    expect(dueByWeekEnd(week, '2026-11-01')).toBe(true);
    expect(dueByWeekEnd(week, '2026-11-30')).toBe(false);
  });
});
