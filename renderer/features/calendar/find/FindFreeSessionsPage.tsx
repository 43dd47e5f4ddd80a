/**
 * "Find free sessions": for a project and one of its members, every session between two days that the
 * booking rules would allow (seats free, person ready on the day, no blackout, within the horizon and
 * the project's weekly limit), each with a button to book it; or for all its ready members together
 * (`?project=…&person=all`, as the project page links here), each session with who of them can come.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { addDaysIso, daysBetween, isIsoDate, londonToday } from '../../../../shared/dates';
import { findFreeSessions, type FreeSessionQuery } from '../../../../shared/domain/bookings';
import { useApp } from '../../../app/app-context';
import { PageHeader } from '../../../components/PageHeader';
import {
  bookableProjects,
  bookingCandidates,
  freeSessionFacts,
} from '../../../db/repositories/booking-calendar';
import { BookingDialog } from '../booking/BookingDialog';
import { useQueryFor } from '../data/use-query-for';
import '../calendar.css';
import { FreeSessionSearchForm, type FreeSessionDraft } from './FreeSessionSearchForm';
import { PersonFreeSessions } from './PersonFreeSessions';
import { ALL_READY, TeamFreeSessions } from './TeamFreeSessions';

/** The longest period searched at once. */
const MAX_DAYS = 92;

function checked(draft: FreeSessionDraft): { query: FreeSessionQuery } | { error: string } {
  if (!draft.projectId) return { error: 'Choose a project.' };
  if (!draft.personId) return { error: 'Choose a person.' };
  if (!isIsoDate(draft.from) || !isIsoDate(draft.to)) return { error: 'Enter the first and last day.' };
  if (draft.to < draft.from) return { error: 'The last day must not be before the first.' };
  if (daysBetween(draft.from, draft.to) >= MAX_DAYS) {
    return { error: `Search at most ${MAX_DAYS} days at a time.` };
  }
  return { query: { projectId: draft.projectId, personId: draft.personId, from: draft.from, to: draft.to } };
}

/** The free-session search: the draft and the query run, what they read, and the booking dialog. */
export function FindFreeSessionsPage() {
  const { db } = useApp();
  const today = londonToday();
  const [params] = useSearchParams();
  const [draft, setDraft] = useState<FreeSessionDraft>(() => ({
    projectId: params.get('project') ?? '',
    personId: params.get('person') ?? '',
    from: today,
    to: addDaysIso(today, 13),
  }));
  const [error, setError] = useState<string | null>(null);
  // Opened for a project and its team (from the project page): the search runs at once.
  const [query, setQuery] = useState<FreeSessionQuery | null>(() => {
    const result = checked(draft);
    return 'query' in result && result.query.personId === ALL_READY ? result.query : null;
  });
  const [booking, setBooking] = useState<{ date: string; sessionId: string } | null>(null);
  const projects = useLiveQuery(() => bookableProjects(db), [db]);
  const candidates = useQueryFor(
    draft.projectId,
    () => (draft.projectId ? bookingCandidates(db, draft.projectId, today) : []),
    [db, draft.projectId, today],
  );
  const results = useLiveQuery(async () => {
    if (!query || query.personId === ALL_READY) return undefined;
    const facts = await freeSessionFacts(db, query);
    return { query, facts, sessions: findFreeSessions(query, facts, new Date()) };
  }, [db, query]);

  function search() {
    const result = checked(draft);
    if ('error' in result) {
      setError(result.error);
      return;
    }
    setError(null);
    setQuery(result.query);
  }

  const shown = results && results.query === query ? results : undefined;
  return (
    <>
      <PageHeader
        title="Find free sessions"
        description="Sessions a member of a project could book between two days, by the booking rules."
        actions={
          <Link className="button secondary" to="/calendar">
            Back to the calendar
          </Link>
        }
      />
      <FreeSessionSearchForm
        draft={draft}
        today={today}
        projects={projects}
        candidates={candidates}
        error={error}
        onChange={setDraft}
        onSearch={search}
      />
      {query && query.personId === ALL_READY && (
        <section className="panel" aria-labelledby="free-heading">
          <h2 id="free-heading">Free sessions for the team</h2>
          <TeamFreeSessions query={query} />
        </section>
      )}
      {query && query.personId !== ALL_READY && (
        <PersonFreeSessions
          query={query}
          found={
            shown && {
              personName: shown.facts.personName,
              projectReference: shown.facts.project.reference,
              sessions: shown.sessions,
            }
          }
          onBook={(session) => setBooking({ date: session.date, sessionId: session.sessionId })}
        />
      )}
      {booking && query && (
        <BookingDialog
          preset={{ ...booking, projectId: query.projectId, personId: query.personId }}
          fixedSession
          onClose={() => setBooking(null)}
        />
      )}
    </>
  );
}
