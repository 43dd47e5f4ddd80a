/**
 * The booking form as the officer sees it, with no I/O: the project (only those that may book), then the
 * person (members not ready on the day are shown with the reasons and cannot be chosen), then the day and
 * session, the booking rules' verdict with every reason, and what the last attempt did. What is typed goes
 * out through the callbacks; `BookingForm` reads the records, asks the rules and saves.
 */
import { useId, type FormEvent } from 'react';
import { addDaysIso, isIsoDate, type IsoDate } from '../../../../shared/dates';
import type { Project } from '../../../../shared/domain';
import type { BookingDecision } from '../../../../shared/domain/bookings';
import { DateInput } from '../../../components/form/DateInput';
import { Field } from '../../../components/form/Field';
import type { BookingCandidate } from '../../../db/repositories/booking-calendar';
import { sessionName, type SessionChoice } from '../data/session-choices';
import { formatFullDay } from '../../../components/calendar-dates';
import { ProjectSelect } from '../filters/ProjectSelect';
import { CandidateRow } from './CandidateRow';
import { SessionChoiceList } from './SessionChoiceList';

/** The form's choices so far ('' where nothing is chosen yet). */
export type BookingValues = { projectId: string; personId: string; date: string; sessionId: string };

/** What the last attempt to book did. */
export type BookingOutcome = { kind: 'booked'; message: string } | { kind: 'failed'; message: string } | null;

/** What the view shows (undefined lists: still being read) and where the officer's choices go. */
export interface BookingFormViewProps {
  values: BookingValues;
  today: IsoDate;
  /** Days in the booking horizon after today (undefined while read): later days are not offered. */
  horizonDays?: number;
  projects: readonly Project[] | undefined;
  candidates: readonly BookingCandidate[] | undefined;
  /** The sessions of the chosen day. */
  sessions: readonly SessionChoice[] | undefined;
  /** The booking rules' verdict on the complete choice. */
  decision: BookingDecision | undefined;
  /** The session is given (opened from a session): it is shown, not asked for. */
  fixedSession: boolean;
  saving: boolean;
  outcome: BookingOutcome;
  onProject: (projectId: string) => void;
  onPerson: (personId: string) => void;
  onDate: (date: string) => void;
  onSession: (sessionId: string) => void;
  onBook: () => void;
}

/** The booking form's view. */
export function BookingFormView(props: BookingFormViewProps) {
  const { values, today, projects, candidates, sessions, decision, saving, outcome } = props;
  const { projectId, personId, date, sessionId } = values;
  const personsId = useId();
  const day = isIsoDate(date) ? date : undefined;
  const complete = Boolean(projectId && personId && day && sessionId);
  const chosenSession = sessions?.find((choice) => choice.session.sessionId === sessionId)?.session;
  // Given a session, the form never asks for one (not even while the day's sessions are read).
  const showFixed =
    props.fixedSession && day !== undefined && (sessions === undefined || chosenSession !== undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (complete) props.onBook();
  }

  return (
    <form className="booking-form" aria-label="Book a session" onSubmit={submit} noValidate>
      {showFixed && chosenSession && day && (
        <p className="booking-session-fixed">
          <strong>Session:</strong> {sessionName(chosenSession)} on {formatFullDay(day)}
        </p>
      )}
      <ProjectSelect
        value={projectId}
        projects={projects}
        blank="Choose a project…"
        hint="Only projects that are Active on a connection booked in sessions."
        onChange={props.onProject}
      />
      {projects?.length === 0 && (
        <p className="muted">
          No project can book sessions yet: a project must be Active on a connection that is booked in
          sessions.
        </p>
      )}

      <fieldset className="booking-step" aria-describedby={`${personsId}-hint`}>
        <legend>Person</legend>
        <p id={`${personsId}-hint`} className="field-hint">
          Readiness on {formatFullDay(day ?? today)}. Members who are not ready cannot be booked.
        </p>
        {!projectId && <p className="muted">Choose a project first.</p>}
        {projectId && candidates?.length === 0 && <p className="muted">This project has no members.</p>}
        {candidates && candidates.length > 0 && (
          <ul className="candidate-list">
            {candidates.map((candidate) => (
              <CandidateRow
                key={candidate.person.id}
                type="radio"
                name={`${personsId}-person`}
                candidate={candidate}
                checked={personId === candidate.person.id}
                onChange={() => props.onPerson(candidate.person.id)}
              />
            ))}
          </ul>
        )}
      </fieldset>

      {!showFixed && (
        <div className="booking-step">
          <Field label="Date">
            <DateInput
              value={date}
              min={today}
              // The booking horizon's last day: later days are not offered (the rules would refuse them).
              max={props.horizonDays ? addDaysIso(today, props.horizonDays) : undefined}
              onChange={(event) => props.onDate(event.target.value)}
            />
          </Field>
          {day && sessions && (
            <SessionChoiceList choices={sessions} chosen={sessionId} onChoose={props.onSession} />
          )}
        </div>
      )}

      <div className="booking-decision" aria-live="polite">
        {complete && decision?.allowed === true && <p className="verdict-ok">This session can be booked.</p>}
        {complete && decision?.allowed === false && (
          <div className="booking-refusal">
            <p>This booking cannot be made:</p>
            <ul>
              {decision.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {outcome?.kind === 'failed' && (
        <p role="alert" className="form-failure">
          {outcome.message}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={!complete || decision?.allowed !== true || saving}>
          {saving ? 'Booking…' : 'Book this session'}
        </button>
      </div>
      <div role="status" className="status-line">
        {outcome?.kind === 'booked' && <span className="verdict-ok">{outcome.message}</span>}
      </div>
    </form>
  );
}
