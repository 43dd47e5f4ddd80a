/** The calendar's routes: this week, a week, a month, a day, finding free sessions, booking settings. */
import type { RouteObject } from 'react-router';
import { CalendarPage } from './CalendarPage';
import { FindFreeSessionsPage } from './find/FindFreeSessionsPage';
import { BookingSettingsPage } from './settings/BookingSettingsPage';

/** Spread into the shell's children. */
export const calendarRoutes: RouteObject[] = [
  { path: 'calendar', element: <CalendarPage view="week" /> },
  { path: 'calendar/week/:date', element: <CalendarPage view="week" /> },
  { path: 'calendar/month/:month', element: <CalendarPage view="month" /> },
  { path: 'calendar/day/:date', element: <CalendarPage view="day" /> },
  { path: 'calendar/find', element: <FindFreeSessionsPage /> },
  { path: 'calendar/settings', element: <BookingSettingsPage /> },
];
