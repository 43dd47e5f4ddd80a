/** The calendar's addresses: one per view and period, with the filter kept in the query string. */
import type { IsoDate } from '../../../../shared/dates';
import { weekStartOf } from '../../../../shared/domain/bookings';
import { monthParam } from '../../../components/calendar-dates';
import { filterSearch, type CalendarFilter } from './calendar-filter';

/** The three ways of looking at the calendar. */
export type CalendarView = 'week' | 'month' | 'day';

/** The week view of the week that holds `day`. */
export function weekPath(day: IsoDate, filter: CalendarFilter = {}): string {
  return `/calendar/week/${weekStartOf(day)}${filterSearch(filter)}`;
}

/** The month view of the month that holds `day`. */
export function monthPath(day: IsoDate, filter: CalendarFilter = {}): string {
  return `/calendar/month/${monthParam(day)}${filterSearch(filter)}`;
}

/** The day list of `day`. */
export function dayPath(day: IsoDate, filter: CalendarFilter = {}): string {
  return `/calendar/day/${day}${filterSearch(filter)}`;
}

/** The view `view` of the period that holds `day`. */
export function viewPath(view: CalendarView, day: IsoDate, filter: CalendarFilter = {}): string {
  return view === 'week'
    ? weekPath(day, filter)
    : view === 'month'
      ? monthPath(day, filter)
      : dayPath(day, filter);
}
