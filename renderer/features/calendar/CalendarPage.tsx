/**
 * The Calendar section: bookings of the free core connection by week, by month or by day, filtered by
 * project or person, with booking, cancelling and calendar files. The period and the filter live in the
 * address (`/calendar/week/2026-11-23?project=…`), so Back and Forward move between what was looked at.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { addDaysIso, londonToday, type IsoDate } from '../../../shared/dates';
import { weekStartOf } from '../../../shared/domain/bookings';
import { useApp } from '../../app/app-context';
import { PageHeader } from '../../components/PageHeader';
import { BookingDialog } from './booking/BookingDialog';
import { SessionDialog } from './booking/SessionDialog';
import { CalendarToolbar, GoToDate } from './CalendarToolbar';
import { DayView } from './day/DayView';
import { CalendarFilters, filterNames } from './filters/CalendarFilters';
import { MonthView } from './month/MonthView';
import {
  dayFromParam,
  firstOfMonth,
  monthFromParam,
  shiftMonth,
  shiftWeek,
} from '../../components/calendar-dates';
import { filterFromSearch, type CalendarFilter } from './model/calendar-filter';
import { dayPath, viewPath, weekPath, type CalendarView } from './model/calendar-paths';
import { WeekView } from './week/WeekView';
import './calendar.css';

type Dialog =
  | { kind: 'session'; date: IsoDate; sessionId: string }
  | { kind: 'book'; date?: IsoDate; sessionId?: string }
  | null;

const KEY_HELP: Record<CalendarView, string> = {
  week:
    'In the week, the arrow keys move between sessions, Page Up and Page Down show the previous and next ' +
    'week, and Enter opens a session.',
  month:
    'In the month, the arrow keys move between days, Page Up and Page Down show the previous and next ' +
    'month, and Enter opens the day.',
  day: 'Each session lists who is booked, with a calendar file of each booking and cancelling with a reason.',
};

/**
 * The period a view's address names (its Monday, first of the month, or day), if it is a real date;
 * `/calendar` itself is this week.
 */
function anchorOf(
  view: CalendarView,
  params: Record<string, string | undefined>,
  today: IsoDate,
): IsoDate | undefined {
  if (view === 'month') {
    const month = monthFromParam(params.month);
    return month && firstOfMonth(month);
  }
  const day = params.date === undefined ? today : dayFromParam(params.date);
  return day && (view === 'week' ? weekStartOf(day) : day);
}

function lastDayShown(view: CalendarView, anchor: IsoDate): IsoDate {
  if (view === 'week') return addDaysIso(anchor, 6);
  if (view === 'month') return addDaysIso(shiftMonth(anchor, 1), -1);
  return anchor;
}

/** The calendar page for one view. */
export function CalendarPage({ view }: { view: CalendarView }) {
  const { db } = useApp();
  const params = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const focusOnShow = (location.state as { focusGrid?: boolean } | null)?.focusGrid === true;
  const today = londonToday();
  const searchText = search.toString();
  const filter = useMemo<CalendarFilter>(
    () => filterFromSearch(new URLSearchParams(searchText)),
    [searchText],
  );
  const names = useLiveQuery(() => filterNames(db, filter), [db, filter]) ?? {};
  const [dialog, setDialog] = useState<Dialog>(null);
  const anchor = anchorOf(view, params, today);

  const header = (
    <PageHeader
      title="Calendar"
      description="Bookings of the free core connection: seats taken and free, and who is booked."
      actions={
        <>
          <button
            type="button"
            className="button calendar-action"
            onClick={() => setDialog({ kind: 'book' })}
          >
            Book a session…
          </button>
          <Link className="button secondary calendar-action" to="/calendar/find">
            Find free sessions
          </Link>
          <Link className="button secondary calendar-action" to="/calendar/settings">
            Booking settings
          </Link>
        </>
      }
    />
  );

  if (!anchor) {
    return (
      <>
        {header}
        <p role="alert" className="form-failure">
          This address does not name a real {view === 'month' ? 'month' : 'day'}.{' '}
          <Link to={weekPath(today)}>Show this week</Link>
        </p>
      </>
    );
  }

  const focusDay = today >= anchor && today <= lastDayShown(view, anchor) ? today : anchor;
  // Paging by key: the grid of the new period takes focus once shown.
  const page = (delta: number) => {
    const day =
      view === 'week'
        ? shiftWeek(anchor, delta)
        : view === 'month'
          ? shiftMonth(anchor, delta)
          : addDaysIso(anchor, delta);
    navigate(viewPath(view, day, filter), { state: { focusGrid: true } });
  };

  return (
    <>
      {header}
      <CalendarToolbar view={view} anchor={anchor} focusDay={focusDay} today={today} filter={filter} />
      <div className="calendar-subbar">
        <CalendarFilters
          filter={filter}
          names={names}
          onChange={(next) => navigate(viewPath(view, anchor, next), { replace: true })}
        />
        <GoToDate view={view} filter={filter} />
      </div>
      <p id="calendar-keys-help" className="muted small calendar-help">
        {KEY_HELP[view]}
      </p>
      {view === 'week' && (
        <WeekView
          monday={anchor}
          today={today}
          filter={filter}
          onPage={page}
          focusOnShow={focusOnShow}
          onOpenSession={(date, sessionId) => setDialog({ kind: 'session', date, sessionId })}
        />
      )}
      {view === 'month' && (
        <MonthView
          month={anchor}
          today={today}
          filter={filter}
          filterLabel={names.person ?? names.project}
          onPage={page}
          focusOnShow={focusOnShow}
          onOpenDay={(date) => navigate(dayPath(date, filter))}
        />
      )}
      {view === 'day' && (
        <DayView
          date={anchor}
          filter={filter}
          onBook={(date, sessionId) => setDialog({ kind: 'book', date, sessionId })}
        />
      )}
      {dialog?.kind === 'session' && (
        <SessionDialog
          date={dialog.date}
          sessionId={dialog.sessionId}
          filter={filter}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'book' && (
        <BookingDialog
          preset={{
            date: dialog.date,
            sessionId: dialog.sessionId,
            projectId: filter.projectId,
            personId: filter.personId,
          }}
          fixedSession={dialog.sessionId !== undefined}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
