/**
 * Which week a Monday briefing is about. Decisions: Monday to Friday it is the week that holds today (read
 * on a Wednesday, it is still this week's briefing, with what has passed kept as overdue); on Saturday and
 * Sunday it is the coming week, since the team prepares Monday at the end of the week before. Whole calendar
 * days only (`yyyy-MM-dd`, the London day), so the clock changes cannot move a day.
 */
import { addDaysIso, formatLongDate, type IsoDate } from '../../dates';
import { eachDay, isoWeekdayOf, weekStartOf } from '../bookings/calendar';

/** The week a briefing covers: Monday to Sunday, and the day it was made. */
export interface BriefingWeek {
  monday: IsoDate;
  sunday: IsoDate;
  /** The seven days, Monday first. */
  days: IsoDate[];
  /** The day the briefing is made on (its "today"). */
  madeOn: IsoDate;
}

/** The week the briefing made on `today` covers. */
export function briefingWeek(today: IsoDate): BriefingWeek {
  const weekend = isoWeekdayOf(today) >= 6;
  const monday = weekStartOf(weekend ? addDaysIso(today, 7) : today);
  const sunday = addDaysIso(monday, 6);
  return { monday, sunday, days: eachDay(monday, sunday), madeOn: today };
}

/** "Week of Monday 7 Dec 2026". */
export function briefingWeekTitle(week: Pick<BriefingWeek, 'monday'>): string {
  return `Week of Monday ${formatLongDate(week.monday)}`;
}

/** True when `day` falls on or before the briefing's Sunday (what is due by the end of its week). */
export function dueByWeekEnd(week: Pick<BriefingWeek, 'sunday'>, day: IsoDate): boolean {
  return day <= week.sunday;
}
