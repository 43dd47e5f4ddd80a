/** The day list: every session of one day, with who is booked, their calendar files and cancelling. */
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { IsoDate } from '../../../../shared/dates';
import { EmptyState } from '../../../components/EmptyState';
import { seatSummary } from '../booking/SessionDialog';
import { BookingList } from '../booking/BookingList';
import { usePeriod } from '../data/board-data';
import { sessionName } from '../data/session-choices';
import { formatFullDay } from '../../../components/calendar-dates';
import { isFiltered, type CalendarFilter } from '../model/calendar-filter';
import { sessionBoard } from '../model/session-board';
import { useNow } from '../use-now';

interface DayViewProps {
  date: IsoDate;
  filter: CalendarFilter;
  onBook: (date: IsoDate, sessionId: string) => void;
}

/** The day list. */
export function DayView({ date, filter, onBook }: DayViewProps) {
  const data = usePeriod(date, date);
  const now = useNow();
  const slots = useMemo(
    () => (data ? sessionBoard(date, date, data, filter, now) : undefined),
    [data, date, filter, now],
  );
  if (!slots) {
    return (
      <p className="muted calendar-loading" role="status">
        Loading the day…
      </p>
    );
  }
  const closed = data?.blackouts.find((b) => b.date === date)?.reason;
  const filtered = isFiltered(filter);
  return (
    <div className="day-list" data-day-rendered={date}>
      {closed !== undefined && (
        <p className="closed-banner">
          <strong>The DSH is closed on this day:</strong> {closed}
        </p>
      )}
      {slots.length === 0 && (
        <EmptyState title="No sessions on this day">
          <p>
            No bookable session is held on {formatFullDay(date)}. Sessions are set up in{' '}
            <Link to="/calendar/settings">Booking settings</Link>.
          </p>
        </EmptyState>
      )}
      {slots.map((slot) => {
        const name = sessionName(slot.session);
        const headingId = `day-session-${slot.session.sessionId}`;
        return (
          <section key={slot.session.sessionId} className="panel day-session" aria-labelledby={headingId}>
            <header className="day-session-header">
              <div>
                <h3 id={headingId}>{name}</h3>
                <p className={`day-session-seats${slot.full ? ' is-full' : ''}`}>{seatSummary(slot)}</p>
              </div>
              {!slot.past && !slot.notYetBookable && slot.offered && (
                <button
                  type="button"
                  className="button secondary calendar-action"
                  aria-label={`Book a seat in ${name}…`}
                  onClick={() => onBook(date, slot.session.sessionId)}
                >
                  Book a seat…
                </button>
              )}
            </header>
            <BookingList slot={slot} caption={`${name} on ${formatFullDay(date)}`} filtered={filtered} />
          </section>
        );
      })}
    </div>
  );
}
