/**
 * "Find free sessions" for all the ready members of a project: each session in the period at least one of
 * them may book, who of them can come (booked together, by the same rules as the booking), and a button
 * that opens "Book sessions" with that session and those people.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { addDaysIso, londonToday } from '../../../../shared/dates';
import {
  findGroupFreeSessions,
  weekStartOf,
  type GroupFreeSession,
} from '../../../../shared/domain/bookings';
import { useApp } from '../../../app/app-context';
import { bookingCandidates } from '../../../db/repositories/booking-calendar';
import { bookingPlanFacts } from '../../../db/repositories/booking-plans';
import { BookSeveralDialog } from '../plan/BookSeveralDialog';
import { countOf, formatFullDay } from '../../../components/calendar-dates';
import { FreeSessionsTable } from './FreeSessionsTable';

/** The person choice that stands for all the project's ready members. */
export const ALL_READY = 'all';

type TeamQuery = { projectId: string; from: string; to: string };

/** The results for the team of `query.projectId`. */
export function TeamFreeSessions({ query }: { query: TeamQuery }) {
  const { db } = useApp();
  const [booking, setBooking] = useState<GroupFreeSession | null>(null);
  const results = useLiveQuery(async () => {
    const today = londonToday();
    const team = (await bookingCandidates(db, query.projectId, today)).filter(
      (c) => c.readiness.state !== 'not-ready',
    );
    const personIds = team.map((c) => c.person.id);
    const from = weekStartOf(query.from);
    const to = addDaysIso(weekStartOf(query.to), 6);
    const facts = await bookingPlanFacts(db, query.projectId, personIds, from, to);
    const sessions = findGroupFreeSessions({ ...query, personIds }, facts, new Date());
    const names = new Map(team.map((c) => [c.person.id, c.person.name]));
    const project = await db.projects.get(query.projectId);
    return { query, sessions, names, reference: project?.reference ?? 'the project' };
  }, [db, query]);
  const shown = results?.query === query ? results : undefined;
  if (!shown) return <p className="muted">Looking…</p>;
  const teamSize = shown.names.size;
  const who = (s: GroupFreeSession) =>
    s.personIds.length === teamSize
      ? `All ${teamSize}`
      : `${s.personIds.length} of ${teamSize}: ${s.personIds.map((id) => shown.names.get(id)).join(', ')}`;

  return (
    <>
      <p role="status">
        {countOf(shown.sessions.length, 'session')} the {countOf(teamSize, 'ready member')} of{' '}
        {shown.reference} could book, {formatFullDay(query.from)} to {formatFullDay(query.to)}.
      </p>
      {teamSize === 0 && <p className="muted">No member of this project is ready today.</p>}
      {shown.sessions.length > 0 && (
        <FreeSessionsTable
          caption="Free sessions for the team, earliest first"
          sessions={shown.sessions}
          who={who}
          onBook={setBooking}
        />
      )}
      {booking && (
        <BookSeveralDialog
          projectId={query.projectId}
          reference={shown.reference}
          preset={{ firstDate: booking.date, sessionIds: [booking.sessionId], personIds: booking.personIds }}
          onClose={() => setBooking(null)}
        />
      )}
    </>
  );
}
