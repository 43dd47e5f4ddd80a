/**
 * The week view: days across, sessions down; each cell shows seats taken and free and who is booked.
 * It reads only that week's bookings (the `date` index). When the week asked for is on screen, the table
 * carries `data-week-rendered="<Monday>"` and the performance timeline gets the measure
 * `dsh:week-view:<Monday>` (from the week being asked for to its bookings being on screen).
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { addDaysIso, type IsoDate } from '../../../../shared/dates';
import { weekDays } from '../../../../shared/domain/bookings';
import { EmptyState } from '../../../components/EmptyState';
import { useWeek } from '../data/board-data';
import { formatDayHeading, formatFullDay } from '../../../components/calendar-dates';
import { dayPath } from '../model/calendar-paths';
import { isFiltered, type CalendarFilter } from '../model/calendar-filter';
import { sessionBoard, slotKey, weekGrid } from '../model/session-board';
import { useGridKeys } from '../use-grid-keys';
import { useNow } from '../use-now';
import { NAMES_SHOWN, WeekCellContent } from './WeekCell';
import { WeekForecast, useWeekForecast } from '../../forecast/WeekForecast';

interface WeekViewProps {
  monday: IsoDate;
  today: IsoDate;
  filter: CalendarFilter;
  onPage: (delta: number) => void;
  /** The grid had focus when this period was asked for (by Page Up / Page Down). */
  focusOnShow?: boolean;
  onOpenSession: (date: IsoDate, sessionId: string) => void;
}

/** The names of the marks and the measure the benchmark reads. */
export const WEEK_MARKS = {
  requested: (monday: IsoDate) => `dsh:week-view:requested:${monday}`,
  rendered: (monday: IsoDate) => `dsh:week-view:rendered:${monday}`,
  measure: (monday: IsoDate) => `dsh:week-view:${monday}`,
};

/** The week grid. */
export function WeekView({ monday, today, filter, onPage, onOpenSession, focusOnShow }: WeekViewProps) {
  const sunday = addDaysIso(monday, 6);
  const data = useWeek(monday, sunday, NAMES_SHOWN, filter);
  const now = useNow();
  const [allAtRisk, setAllAtRisk] = useState(false);
  const forecast = useWeekForecast(monday, sunday, today, allAtRisk, data !== undefined);
  const grid = useMemo(
    () => (data ? weekGrid(weekDays(monday), sessionBoard(monday, sunday, data, filter, now)) : undefined),
    [data, monday, sunday, filter, now],
  );
  const todayColumn = grid ? Math.max(0, grid.days.indexOf(today)) : 0;
  const keys = useGridKeys({
    rows: grid?.rows.length ?? 0,
    cols: grid?.days.length ?? 0,
    start: { row: 0, col: todayColumn },
    periodKey: monday,
    ready: grid !== undefined,
    onPage,
    focusOnShow,
    onActivate: ({ row, col }) => {
      const rowKey = grid?.rows[row]?.key;
      const day = grid?.days[col];
      const slot = rowKey && day ? grid.slot(rowKey, day) : undefined;
      if (slot) onOpenSession(slot.session.date, slot.session.sessionId);
    },
  });

  useLayoutEffect(() => {
    performance.mark(WEEK_MARKS.requested(monday));
  }, [monday]);
  const rendered = grid ? monday : undefined;
  useEffect(() => {
    if (!rendered) return;
    performance.mark(WEEK_MARKS.rendered(rendered));
    performance.measure(
      WEEK_MARKS.measure(rendered),
      WEEK_MARKS.requested(rendered),
      WEEK_MARKS.rendered(rendered),
    );
  }, [rendered]);

  if (!grid) {
    return (
      <p className="muted calendar-loading" role="status">
        Loading the week…
      </p>
    );
  }
  if (grid.rows.length === 0) {
    return (
      <EmptyState title="No sessions this week">
        <p>
          No bookable session is held this week. Sessions are set up in{' '}
          <Link to="/calendar/settings">Booking settings</Link>.
        </p>
      </EmptyState>
    );
  }
  const filtered = isFiltered(filter);
  const hiddenDays = weekDays(monday).filter((day) => !grid.days.includes(day));
  const closedOn = new Map(data?.blackouts.map((b) => [b.date, b.reason]));
  return (
    <div className="week-scroll">
      <table
        role="grid"
        className={`week-grid week-cols-${grid.days.length}`}
        aria-labelledby="calendar-period-heading"
        aria-describedby="calendar-keys-help"
        data-week-rendered={rendered}
        data-bookings={data?.standingCount}
        {...keys.gridProps}
      >
        <thead>
          <tr>
            <th scope="col" className="week-corner">
              Session
            </th>
            {grid.days.map((day) => (
              <th
                key={day}
                scope="col"
                className={`week-day${day === today ? ' is-today' : ''}${closedOn.has(day) ? ' is-closed' : ''}`}
                aria-current={day === today ? 'date' : undefined}
              >
                <Link to={dayPath(day, filter)} aria-label={`${formatFullDay(day)}: day list`}>
                  {formatDayHeading(day)}
                </Link>
                {day === today && <span className="today-tag">Today</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row, r) => (
            <tr key={row.key}>
              <th scope="row" className="week-session">
                <span className="week-session-label">{row.label}</span>
                <span className="week-session-times">
                  {row.start}–{row.end}
                </span>
              </th>
              {grid.days.map((day, c) => {
                const slot = grid.slot(row.key, day);
                const state = !slot
                  ? 'none'
                  : slot.session.blackout !== undefined
                    ? 'closed'
                    : slot.full
                      ? 'full'
                      : 'open';
                return (
                  <td
                    key={day}
                    role="gridcell"
                    className={[
                      `slot slot-${state}`,
                      slot?.past ? 'is-past' : '',
                      day === today ? 'is-today' : '',
                      filtered && slot?.booked.some((entry) => entry.matches) ? 'is-match' : '',
                    ]
                      .filter(Boolean)
                      .join(' ')}
                    {...keys.cellProps(r, c)}
                  >
                    {slot ? (
                      <WeekCellContent
                        slot={slot}
                        filtered={filtered}
                        atRisk={
                          forecast?.bySlot.get(slotKey(slot.session.date, slot.session.sessionId)) ?? []
                        }
                      />
                    ) : (
                      <span className="slot-none-text">No session</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {hiddenDays.length > 0 && (
        <p className="muted small week-note">
          No sessions on {hiddenDays.map((day) => formatDayHeading(day)).join(' or ')}.
        </p>
      )}
      <WeekForecast forecast={forecast} all={allAtRisk} onShowAll={setAllAtRisk} />
    </div>
  );
}
