/**
 * The people booked in one session: each with their project, a calendar file of the booking, and
 * cancelling with a reason; then the cancelled bookings with their reasons.
 */
import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import { ExportOutcome } from '../../../components/documents/ExportOutcome';
import { useCalendarFiles } from '../export/calendar-files';
import type { SessionSlot } from '../model/session-board';
import { CancelBookingForm } from './CancelBookingForm';
import { DataTable } from '../../../components/DataTable';

interface BookingListProps {
  slot: SessionSlot;
  /** "Morning on Tuesday 1 December 2026", for the table's caption. */
  caption: string;
  /** Show only the bookings the filter shows. */
  filtered?: boolean;
}

/** The session's bookings, with their actions. */
export function BookingList({ slot, caption, filtered = false }: BookingListProps) {
  const files = useCalendarFiles();
  const [cancelling, setCancelling] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const booked = filtered ? slot.booked.filter((entry) => entry.matches) : slot.booked;
  const cancelled = filtered ? slot.cancelled.filter((entry) => entry.matches) : slot.cancelled;
  const hidden = slot.booked.length - booked.length;

  return (
    <div className="booking-list">
      {booked.length === 0 ? (
        <p className="muted">
          {slot.booked.length === 0 ? 'No one is booked.' : 'No booking here matches the filter.'}
        </p>
      ) : (
        <DataTable caption={`Bookings of ${caption}`} headings={['Person', 'Project']} actions scroll={false}>
          {booked.map((entry) => (
            <Fragment key={entry.booking.id}>
              <tr>
                <td>
                  <Link to={`/people/${entry.booking.personId}`}>{entry.personName}</Link>
                </td>
                <td>
                  <Link to={`/projects/${entry.booking.projectId}`}>{entry.projectReference}</Link>
                  <span className="muted small"> {entry.projectTitle}</span>
                </td>
                <td className="booking-actions">
                  <button
                    type="button"
                    className="button secondary small"
                    aria-label={`Calendar file of the booking of ${entry.personName}`}
                    onClick={() => void files.exportBooking(entry.booking, entry.personName)}
                  >
                    Calendar file
                  </button>
                  <button
                    type="button"
                    className="button secondary small"
                    aria-label={`Cancel the booking of ${entry.personName}…`}
                    aria-expanded={cancelling === entry.booking.id}
                    onClick={() => {
                      setMessage(null);
                      setCancelling(cancelling === entry.booking.id ? null : entry.booking.id);
                    }}
                  >
                    Cancel…
                  </button>
                </td>
              </tr>
              {cancelling === entry.booking.id && (
                <tr>
                  <td colSpan={3}>
                    <CancelBookingForm
                      entry={entry}
                      onKeep={() => setCancelling(null)}
                      onDone={(done) => {
                        setCancelling(null);
                        setMessage(done);
                      }}
                    />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </DataTable>
      )}
      {filtered && hidden > 0 && booked.length > 0 && (
        <p className="muted small">And {hidden} more not shown by the filter.</p>
      )}
      <div role="status" className="status-line compact">
        {message}
      </div>
      <ExportOutcome outcome={files.outcome} what="Calendar file" compact />
      {cancelled.length > 0 && (
        <details className="cancelled-bookings">
          <summary>
            {cancelled.length} cancelled booking{cancelled.length === 1 ? '' : 's'}
          </summary>
          <ul>
            {cancelled.map((entry) => (
              <li key={entry.booking.id}>
                <span className="cancelled-name">{entry.personName}</span> ({entry.projectReference}):{' '}
                {entry.booking.cancelReason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
