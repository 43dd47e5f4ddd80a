/** Above the calendar: the period shown with previous, next and back to now, and week / month / day. */
import { useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { addDaysIso, isIsoDate, type IsoDate } from '../../../shared/dates';
import {
  formatFullDay,
  formatMonth,
  formatWeekRange,
  shiftMonth,
  shiftWeek,
} from '../../components/calendar-dates';
import { viewPath, type CalendarView } from './model/calendar-paths';
import type { CalendarFilter } from './model/calendar-filter';
import { DateInput } from '../../components/form/DateInput';

interface CalendarToolbarProps {
  view: CalendarView;
  /** The Monday of the week, the first of the month, or the day shown. */
  anchor: IsoDate;
  /** The day other views open on (today when it is in the period shown). */
  focusDay: IsoDate;
  today: IsoDate;
  filter: CalendarFilter;
}

const VIEWS: { view: CalendarView; label: string; unit: string; current: string; keys: string }[] = [
  {
    view: 'week',
    label: 'Week',
    unit: 'week',
    current: 'This week',
    keys: 'Page Up / Page Down in the week',
  },
  {
    view: 'month',
    label: 'Month',
    unit: 'month',
    current: 'This month',
    keys: 'Page Up / Page Down in the month',
  },
  { view: 'day', label: 'Day', unit: 'day', current: 'Today', keys: '' },
];

/** The heading of the period shown. */
export function periodTitle(view: CalendarView, anchor: IsoDate): string {
  if (view === 'week') return `Week of ${formatWeekRange(anchor)}`;
  if (view === 'month') return formatMonth(anchor);
  return formatFullDay(anchor);
}

function shifted(view: CalendarView, anchor: IsoDate, delta: number): IsoDate {
  if (view === 'week') return shiftWeek(anchor, delta);
  if (view === 'month') return shiftMonth(anchor, delta);
  return addDaysIso(anchor, delta);
}

/** The toolbar. */
export function CalendarToolbar({ view, anchor, focusDay, today, filter }: CalendarToolbarProps) {
  const meta = VIEWS.find((entry) => entry.view === view)!;
  const hint = meta.keys ? ` (${meta.keys})` : '';
  return (
    <div className="calendar-toolbar">
      <div className="period-nav">
        <Link className="button secondary calendar-action" to={viewPath(view, today, filter)}>
          {meta.current}
        </Link>
        <Link
          className="icon-button"
          to={viewPath(view, shifted(view, anchor, -1), filter)}
          aria-label={`Previous ${meta.unit}`}
          title={`Previous ${meta.unit}${hint}`}
        >
          <span aria-hidden="true">‹</span>
        </Link>
        <Link
          className="icon-button"
          to={viewPath(view, shifted(view, anchor, 1), filter)}
          aria-label={`Next ${meta.unit}`}
          title={`Next ${meta.unit}${hint}`}
        >
          <span aria-hidden="true">›</span>
        </Link>
        <h2 id="calendar-period-heading" className="calendar-period">
          {periodTitle(view, anchor)}
        </h2>
      </div>
      <nav aria-label="Calendar views" className="view-switch">
        {VIEWS.map((entry) => (
          <Link
            key={entry.view}
            to={viewPath(entry.view, focusDay, filter)}
            className={`view-tab${entry.view === view ? ' is-current' : ''}`}
            aria-current={entry.view === view ? 'page' : undefined}
          >
            {entry.label}
          </Link>
        ))}
      </nav>
    </div>
  );
}

/** "Go to [date] Go": the same view, at the period that holds the date. */
export function GoToDate({ view, filter }: { view: CalendarView; filter: CalendarFilter }) {
  const navigate = useNavigate();
  const dateId = useId();
  const [goTo, setGoTo] = useState('');
  return (
    <form
      className="go-to-date"
      aria-label="Go to a date"
      onSubmit={(event) => {
        event.preventDefault();
        if (isIsoDate(goTo)) navigate(viewPath(view, goTo, filter));
      }}
    >
      <label htmlFor={dateId}>Go to</label>
      <DateInput id={dateId} value={goTo} onChange={(event) => setGoTo(event.target.value)} />
      <button type="submit" className="button secondary" disabled={!isIsoDate(goTo)}>
        Go
      </button>
    </form>
  );
}
