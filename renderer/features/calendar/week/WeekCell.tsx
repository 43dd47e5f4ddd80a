/**
 * One session of one day in the week view: seats taken and free, a bar, who is booked, and how many of them
 * will not be ready on the day (the readiness forecast; named under the grid).
 */
import type { BookingAtRisk } from '../../../../shared/domain';
import type { SessionSlot } from '../model/session-board';

/** How many names a cell lists before "+ n more" (the session dialog lists everyone). */
export const NAMES_SHOWN = 6;

/** The content of a week cell (the cell itself is the grid's). */
export function WeekCellContent({
  slot,
  filtered,
  atRisk = [],
}: {
  slot: SessionSlot;
  filtered: boolean;
  atRisk?: readonly BookingAtRisk[];
}) {
  const risky = new Set(atRisk.map((risk) => risk.booking.id));
  const { session, taken, free, full } = slot;
  const closed = session.blackout !== undefined;
  const people = filtered ? slot.booked.filter((entry) => entry.matches) : slot.booked;
  const shown = people.slice(0, NAMES_SHOWN);
  const share = session.seats === 0 ? 1 : Math.min(1, taken / session.seats);
  return (
    <>
      {closed ? (
        <span className="slot-status slot-status-closed">
          Closed<span className="slot-reason">{session.blackout}</span>
        </span>
      ) : slot.past || slot.notYetBookable ? (
        <span className="slot-status">
          <span>{slot.past ? 'Past' : 'Not yet bookable'}</span>
          <span className="slot-count">
            {taken}/{session.seats} booked
          </span>
        </span>
      ) : (
        <span className="slot-status">
          {full ? (
            <strong className="slot-full-word">Full</strong>
          ) : (
            <span>
              <strong>{free}</strong> free
            </span>
          )}
          <span className="slot-count">
            {taken}/{session.seats} taken
          </span>
        </span>
      )}
      {!closed && (
        <span className="seat-bar" aria-hidden="true">
          <span className="seat-bar-fill" style={{ width: `${Math.round(share * 100)}%` }} />
        </span>
      )}
      {!slot.offered && <span className="slot-note">No longer offered</span>}
      {shown.length > 0 && (
        <ul className="slot-people">
          {shown.map((entry) => (
            <li
              key={entry.booking.id}
              className={
                closed ? 'slot-person-conflict' : risky.has(entry.booking.id) ? 'slot-person-risk' : undefined
              }
              title={`${entry.personName}, ${entry.projectReference} ${entry.projectTitle}`}
            >
              <span className="slot-person">{entry.personName}</span>{' '}
              <span className="slot-project">{entry.projectReference}</span>
            </li>
          ))}
        </ul>
      )}
      {people.length > shown.length && (
        <span className="slot-more">+ {people.length - shown.length} more</span>
      )}
      {atRisk.length > 0 && <span className="slot-risk">{atRisk.length} not ready on the day</span>}
    </>
  );
}
