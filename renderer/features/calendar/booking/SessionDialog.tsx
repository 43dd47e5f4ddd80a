/**
 * One session of one day, opened from the week view or the day list: seats taken and free, who is booked
 * (with a calendar file and cancelling for each), and booking a seat in it.
 */
import type { IsoDate } from '../../../../shared/dates';
import { CalendarDialog } from '../CalendarDialog';
import { usePeriod } from '../data/board-data';
import { sessionName } from '../data/session-choices';
import { formatFullDay } from '../../../components/calendar-dates';
import { isFiltered, type CalendarFilter } from '../model/calendar-filter';
import { sessionBoard, type SessionSlot } from '../model/session-board';
import { BookingForm } from './BookingForm';
import { BookingList } from './BookingList';

interface SessionDialogProps {
  date: IsoDate;
  sessionId: string;
  filter: CalendarFilter;
  onClose: () => void;
}

/**
 * Seats in words: "4 of 6 seats taken, 2 free", "Full: 6 of 6 seats taken", "Closed: Christmas Day", and
 * "0 of 6 seats taken; not yet bookable" beyond the booking horizon.
 */
export function seatSummary(slot: SessionSlot): string {
  if (slot.session.blackout !== undefined) return `Closed: ${slot.session.blackout}`;
  const { taken, free, session } = slot;
  const seats = `${session.seats} seat${session.seats === 1 ? '' : 's'}`;
  if (slot.full) return `Full: ${taken} of ${seats} taken`;
  // Beyond the booking horizon nothing is free yet: the seats open as the horizon reaches the day.
  if (slot.notYetBookable) return `${taken} of ${seats} taken; not yet bookable`;
  return `${taken} of ${seats} taken, ${free} free`;
}

/** The session dialog. */
export function SessionDialog({ date, sessionId, filter, onClose }: SessionDialogProps) {
  const data = usePeriod(date, date);
  const slot = data
    ? sessionBoard(date, date, data, filter, new Date()).find(
        (candidate) => candidate.session.sessionId === sessionId,
      )
    : undefined;
  const title = slot ? `${sessionName(slot.session)}, ${formatFullDay(date)}` : formatFullDay(date);

  return (
    <CalendarDialog title={title} subtitle={slot ? seatSummary(slot) : undefined} onClose={onClose}>
      {!data && <p className="muted">Loading the session…</p>}
      {data && !slot && <p>This session is not held on {formatFullDay(date)}.</p>}
      {slot && (
        <>
          <section aria-label="Booked">
            <h3 className="dialog-section-title">Booked</h3>
            <BookingList
              slot={slot}
              caption={`${sessionName(slot.session)} on ${formatFullDay(date)}`}
              filtered={isFiltered(filter)}
            />
          </section>
          <section aria-label="Book a seat" className="dialog-book">
            <h3 className="dialog-section-title">Book a seat</h3>
            {slot.past ? (
              <p className="muted">This session has begun, so it can no longer be booked.</p>
            ) : slot.notYetBookable ? (
              <p className="muted">
                This day is beyond the booking horizon (Settings: Booking limits), so it cannot be booked yet.
              </p>
            ) : (
              <BookingForm
                preset={{ date, sessionId, projectId: filter.projectId, personId: filter.personId }}
                fixedSession
              />
            )}
          </section>
        </>
      )}
    </CalendarDialog>
  );
}
