/**
 * The results of Find free sessions for one person, with no I/O: how many sessions they could book, why
 * there may be none, and the table with a Book button on each.
 */
import type { FreeSession, FreeSessionQuery } from '../../../../shared/domain/bookings';
import { countOf, formatFullDay } from '../../../components/calendar-dates';
import { FreeSessionsTable } from './FreeSessionsTable';

/** What the search found (undefined while it looks). */
export type PersonFreeSessionsFound = {
  personName: string;
  projectReference: string;
  sessions: readonly FreeSession[];
};

interface PersonFreeSessionsProps {
  query: FreeSessionQuery;
  found: PersonFreeSessionsFound | undefined;
  onBook: (session: FreeSession) => void;
}

/** The results panel. */
export function PersonFreeSessions({ query, found, onBook }: PersonFreeSessionsProps) {
  return (
    <section className="panel" aria-labelledby="free-heading" aria-busy={!found}>
      <h2 id="free-heading">Free sessions</h2>
      {!found && <p className="muted">Looking…</p>}
      {found && (
        <p role="status">
          {countOf(found.sessions.length, 'session')} {found.personName} could book for{' '}
          {found.projectReference}, {formatFullDay(query.from)} to {formatFullDay(query.to)}.
        </p>
      )}
      {found && found.sessions.length === 0 && (
        <p className="muted">
          Nothing can be booked in this period: every session may be full or closed, the project may have used
          its weekly bookings, the person may not be ready, or the days may be beyond the booking horizon.
          Open the booking form on a session to see every reason.
        </p>
      )}
      {found && found.sessions.length > 0 && (
        <FreeSessionsTable
          caption="Free sessions, earliest first"
          sessions={found.sessions}
          onBook={onBook}
        />
      )}
    </section>
  );
}
