/** The calendar's routes: this week, a week, a month, a day, finding free sessions, booking settings. */
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../app/lazy-page';

// Each loaded on first visit (app/lazy-page.tsx), with the calendar's code, apart from the first screen.
const CalendarPage = lazyPage(() => import('./CalendarPage').then((m) => m.CalendarPage));
const FindFreeSessionsPage = lazyPage(() =>
  import('./find/FindFreeSessionsPage').then((m) => m.FindFreeSessionsPage),
);
const BookingSettingsPage = lazyPage(() =>
  import('./settings/BookingSettingsPage').then((m) => m.BookingSettingsPage),
);

/** Spread into the shell's children. */
export const calendarRoutes: RouteObject[] = [
  { path: 'calendar', element: <CalendarPage view="week" /> },
  { path: 'calendar/week/:date', element: <CalendarPage view="week" /> },
  { path: 'calendar/month/:month', element: <CalendarPage view="month" /> },
  { path: 'calendar/day/:date', element: <CalendarPage view="day" /> },
  { path: 'calendar/find', element: <FindFreeSessionsPage /> },
  { path: 'calendar/settings', element: <BookingSettingsPage /> },
];
