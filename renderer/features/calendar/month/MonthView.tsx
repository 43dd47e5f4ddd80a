/**
 * The month overview: Monday-to-Sunday weeks, each day with how full it is (booked seats of the seats
 * offered, in words and a bar), closures with their reason, and the filtered bookings. Enter opens the day.
 */
import { useMemo } from 'react';
import type { IsoDate } from '../../../../shared/dates';
import { useMonth } from '../data/month-data';
import { formatFullDay } from '../../../components/calendar-dates';
import type { CalendarFilter } from '../model/calendar-filter';
import { fullness, fullnessBand, monthOverview, type MonthDay } from '../model/month-overview';
import { useGridKeys } from '../use-grid-keys';

interface MonthViewProps {
  /** The first day of the month. */
  month: IsoDate;
  today: IsoDate;
  filter: CalendarFilter;
  /** "DSH-2026-014" or "Dr A Smith": whose bookings the filter counts. */
  filterLabel?: string;
  onPage: (delta: number) => void;
  /** The grid had focus when this period was asked for (by Page Up / Page Down). */
  focusOnShow?: boolean;
  onOpenDay: (date: IsoDate) => void;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const BAND_WORDS = { none: '', quiet: '', busy: 'Busy', full: 'Full' } as const;

function DayContent({ day, filterLabel }: { day: MonthDay; filterLabel?: string }) {
  const band = fullnessBand(day);
  return (
    <>
      <span className="month-date">
        <span aria-hidden="true">{Number(day.date.slice(8))}</span>
        <span className="visually-hidden">{formatFullDay(day.date)}</span>
      </span>
      {day.closed !== undefined ? (
        <span className="month-closed">
          Closed<span className="month-closed-reason">{day.closed}</span>
        </span>
      ) : day.seats === 0 ? (
        <span className="month-none">No sessions</span>
      ) : (
        <>
          <span className="month-seats">
            {day.booked} of {day.seats} seats
          </span>
          <span className={`seat-bar band-${band}`} aria-hidden="true">
            <span className="seat-bar-fill" style={{ width: `${Math.round(fullness(day) * 100)}%` }} />
          </span>
          {BAND_WORDS[band] && <span className={`month-band band-${band}`}>{BAND_WORDS[band]}</span>}
        </>
      )}
      {day.filtered !== undefined && day.filtered > 0 && (
        <span className="month-filtered">
          {day.filtered} booked<span className="visually-hidden"> for {filterLabel ?? 'the filter'}</span>
        </span>
      )}
    </>
  );
}

/** The month grid. */
export function MonthView({
  month,
  today,
  filter,
  filterLabel,
  onPage,
  onOpenDay,
  focusOnShow,
}: MonthViewProps) {
  const data = useMonth(month, filter);
  const weeks = useMemo(() => (data ? monthOverview(month, data) : undefined), [data, month]);
  const days = weeks?.flat() ?? [];
  const todayIndex = days.findIndex((day) => day.date === today);
  const firstIndex = todayIndex >= 0 ? todayIndex : days.findIndex((day) => day.inMonth);
  const keys = useGridKeys({
    rows: weeks?.length ?? 0,
    cols: 7,
    start: { row: Math.floor(Math.max(0, firstIndex) / 7), col: Math.max(0, firstIndex) % 7 },
    periodKey: month,
    ready: weeks !== undefined,
    onPage,
    focusOnShow,
    onActivate: ({ row, col }) => {
      const day = weeks?.[row]?.[col];
      if (day) onOpenDay(day.date);
    },
  });

  if (!weeks) {
    return (
      <p className="muted calendar-loading" role="status">
        Loading the month…
      </p>
    );
  }
  return (
    <table
      role="grid"
      className="month-grid"
      aria-labelledby="calendar-period-heading"
      aria-describedby="calendar-keys-help"
      data-month-rendered={month.slice(0, 7)}
      {...keys.gridProps}
    >
      <thead>
        <tr>
          {WEEKDAYS.map((weekday) => (
            <th key={weekday} scope="col" abbr={weekday}>
              {weekday.slice(0, 3)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week, r) => (
          <tr key={week[0]!.date}>
            {week.map((day, c) => (
              <td
                key={day.date}
                role="gridcell"
                aria-current={day.date === today ? 'date' : undefined}
                className={[
                  'month-day',
                  day.inMonth ? '' : 'is-outside',
                  day.date === today ? 'is-today' : '',
                  day.closed !== undefined ? 'is-closed' : '',
                  day.closed === undefined && day.seats === 0 ? 'is-empty' : '',
                  day.filtered ? 'has-filtered' : '',
                ]
                  .filter(Boolean)
                  .join(' ')}
                {...keys.cellProps(r, c)}
              >
                <DayContent day={day} filterLabel={filterLabel} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
