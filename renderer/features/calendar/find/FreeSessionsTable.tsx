/**
 * The results table of "Find free sessions": each session's day (a link to that day), name, seats free and a
 * Book button; for a team search also who of them can come (the `who` column, named in the button too).
 */
import { Link } from 'react-router';
import type { FreeSession } from '../../../../shared/domain/bookings';
import { sessionName } from '../data/session-choices';
import { formatFullDay } from '../../../components/calendar-dates';
import { dayPath } from '../model/calendar-paths';
import { DataTable } from '../../../components/DataTable';

interface FreeSessionsTableProps<S extends FreeSession> {
  /** What the table lists, for screen readers (the caption is hidden). */
  caption: string;
  sessions: readonly S[];
  /** Who can come to a session (a team search); without it the table has no "Who can come" column. */
  who?: (session: S) => string;
  onBook: (session: S) => void;
}

/** The free sessions, earliest first, one row each. */
export function FreeSessionsTable<S extends FreeSession>({
  caption,
  sessions,
  who,
  onBook,
}: FreeSessionsTableProps<S>) {
  return (
    <DataTable
      caption={caption}
      headings={['Day', 'Session', 'Seats free', ...(who ? ['Who can come'] : [])]}
      actions="Book"
      className="free-sessions"
    >
      {sessions.map((session) => (
        <tr key={`${session.date}|${session.sessionId}`}>
          <td>
            <Link to={dayPath(session.date)}>{formatFullDay(session.date)}</Link>
          </td>
          {/* Beside a long "who" cell the session's name would wrap; alone it has room. */}
          <td className={who ? 'nowrap' : undefined}>{sessionName(session)}</td>
          <td>
            {session.free} of {session.seats}
          </td>
          {who && <td>{who(session)}</td>}
          <td>
            <button
              type="button"
              className="button secondary small"
              aria-label={`Book ${sessionName(session)} on ${formatFullDay(session.date)}${who ? ` for ${who(session)}` : ''}…`}
              onClick={() => onBook(session)}
            >
              Book…
            </button>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
