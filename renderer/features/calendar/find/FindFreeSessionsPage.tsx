/**
 * "Find free sessions": for a project and one of its members, every session between two days that the
 * booking rules would allow (seats free, person ready on the day, no blackout, within the horizon and
 * the project's weekly limit), each with a button to book it; or for all its ready members together
 * (`?project=…&person=all`, as the project page links here), each session with who of them can come.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { addDaysIso, daysBetween, isIsoDate, londonToday } from '../../../../shared/dates';
import { findFreeSessions, type FreeSessionQuery } from '../../../../shared/domain/bookings';
import { useApp } from '../../../app/app-context';
import { Field } from '../../../components/form/Field';
import { PageHeader } from '../../../components/PageHeader';
import {
  bookableProjects,
  bookingCandidates,
  freeSessionFacts,
} from '../../../db/repositories/booking-calendar';
import { BookingDialog } from '../booking/BookingDialog';
import { useQueryFor } from '../data/use-query-for';
import { countOf, formatFullDay } from '../model/calendar-dates';
import '../calendar.css';
import { DateInput } from '../../../components/form/DateInput';
import { FreeSessionsTable } from './FreeSessionsTable';
import { ALL_READY, TeamFreeSessions } from './TeamFreeSessions';

/** The longest period searched at once. */
const MAX_DAYS = 92;

type Draft = { projectId: string; personId: string; from: string; to: string };

function checked(draft: Draft): { query: FreeSessionQuery } | { error: string } {
  if (!draft.projectId) return { error: 'Choose a project.' };
  if (!draft.personId) return { error: 'Choose a person.' };
  if (!isIsoDate(draft.from) || !isIsoDate(draft.to)) return { error: 'Enter the first and last day.' };
  if (draft.to < draft.from) return { error: 'The last day must not be before the first.' };
  if (daysBetween(draft.from, draft.to) >= MAX_DAYS) {
    return { error: `Search at most ${MAX_DAYS} days at a time.` };
  }
  return { query: { projectId: draft.projectId, personId: draft.personId, from: draft.from, to: draft.to } };
}

/** The free-session search. */
export function FindFreeSessionsPage() {
  const { db } = useApp();
  const today = londonToday();
  const [params] = useSearchParams();
  const [draft, setDraft] = useState<Draft>(() => ({
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
  const set = (key: keyof Draft) => (event: { target: { value: string } }) => {
    const next = { ...draft, [key]: event.target.value };
    setDraft(key === 'projectId' ? { ...next, personId: '' } : next);
  };

  function search(event: FormEvent) {
    event.preventDefault();
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
      <section className="panel" aria-labelledby="find-heading">
        <h2 id="find-heading">Who, and when</h2>
        <form className="filter-bar" aria-label="Find free sessions" onSubmit={search} noValidate>
          <Field label="Project">
            <select value={draft.projectId} onChange={set('projectId')}>
              <option value="">Choose a project…</option>
              {projects?.map((project) => (
                <option key={project.id} value={project.id}>
                  {project.reference} — {project.title}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Person">
            <select value={draft.personId} onChange={set('personId')} disabled={!draft.projectId}>
              <option value="">{draft.projectId ? 'Choose a person…' : 'Choose a project first'}</option>
              {candidates?.map(({ person, readiness }) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                  {readiness.state === 'not-ready' ? ' (not ready today)' : ''}
                </option>
              ))}
              {draft.projectId && <option value={ALL_READY}>All ready members (together)</option>}
            </select>
          </Field>
          <Field label="From">
            <DateInput value={draft.from} min={today} onChange={set('from')} />
          </Field>
          <Field label="To">
            <DateInput value={draft.to} min={draft.from || today} onChange={set('to')} />
          </Field>
          <div className="filter-actions">
            <button type="submit" className="button">
              Find free sessions
            </button>
          </div>
        </form>
        {error && (
          <p role="alert" className="form-failure">
            {error}
          </p>
        )}
      </section>

      {query && query.personId === ALL_READY && (
        <section className="panel" aria-labelledby="free-heading">
          <h2 id="free-heading">Free sessions for the team</h2>
          <TeamFreeSessions query={query} />
        </section>
      )}
      {query && query.personId !== ALL_READY && (
        <section className="panel" aria-labelledby="free-heading" aria-busy={!shown}>
          <h2 id="free-heading">Free sessions</h2>
          {!shown && <p className="muted">Looking…</p>}
          {shown && (
            <p role="status">
              {countOf(shown.sessions.length, 'session')} {shown.facts.personName} could book for{' '}
              {shown.facts.project.reference}, {formatFullDay(query.from)} to {formatFullDay(query.to)}.
            </p>
          )}
          {shown && shown.sessions.length === 0 && (
            <p className="muted">
              Nothing can be booked in this period: every session may be full or closed, the project may have
              used its weekly bookings, the person may not be ready, or the days may be beyond the booking
              horizon. Open the booking form on a session to see every reason.
            </p>
          )}
          {shown && shown.sessions.length > 0 && (
            <FreeSessionsTable
              caption="Free sessions, earliest first"
              sessions={shown.sessions}
              onBook={(session) => setBooking({ date: session.date, sessionId: session.sessionId })}
            />
          )}
        </section>
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
