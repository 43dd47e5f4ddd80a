/**
 * Booking a seat: the project (only those that may book), then the person (members who are not ready on
 * the day are shown with the reasons and cannot be chosen), then the session. The booking rules are asked
 * before saving and every reason they give is shown; the same rules are checked again as the booking is
 * stored.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { addDaysIso, isIsoDate, londonToday, type IsoDate } from '../../../../shared/dates';
import type { Booking } from '../../../../shared/domain';
import { useApp } from '../../../app/app-context';
import { useWriteContext } from '../../../app/current-staff';
import { DateInput } from '../../../components/form/DateInput';
import { Field } from '../../../components/form/Field';
import { bookableProjects, bookingCandidates } from '../../../db/repositories/booking-calendar';
import { bookSession, checkBooking } from '../../../db/repositories/booking-rules';
import { getSettings } from '../../../db/repositories/settings';
import { sessionChoices, sessionName } from '../data/session-choices';
import { useQueryFor } from '../data/use-query-for';
import { formatFullDay } from '../model/calendar-dates';
import { CandidateRow } from './CandidateRow';
import { SessionChoiceList } from './SessionChoiceList';
import { faultMessage } from '../../../db/errors';

/** What the form starts with (e.g. the session of the calendar cell it was opened from). */
export type BookingPreset = { projectId?: string; personId?: string; date?: IsoDate; sessionId?: string };

interface BookingFormProps {
  preset?: BookingPreset;
  /** The session is given (opened from a session): it is shown, not asked for. */
  fixedSession?: boolean;
  onBooked?: (booking: Booking) => void;
}

type Outcome = { kind: 'booked'; message: string } | { kind: 'failed'; message: string } | null;

/** The booking form. */
export function BookingForm({ preset = {}, fixedSession = false, onBooked }: BookingFormProps) {
  const { db } = useApp();
  const ctx = useWriteContext();
  const today = londonToday();
  const personsId = useId();
  const [projectId, setProjectId] = useState(preset.projectId ?? '');
  const [personId, setPersonId] = useState(preset.personId ?? '');
  const [date, setDate] = useState(preset.date ?? '');
  const [sessionId, setSessionId] = useState(preset.sessionId ?? '');
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const day = isIsoDate(date) ? date : undefined;

  const projects = useLiveQuery(() => bookableProjects(db), [db]);
  const candidates = useQueryFor(
    `${projectId}|${day ?? today}`,
    () => (projectId ? bookingCandidates(db, projectId, day ?? today) : []),
    [db, projectId, day, today],
  );
  const sessions = useQueryFor(day ?? '', () => (day ? sessionChoices(db, day) : []), [db, day]);
  const complete = Boolean(projectId && personId && day && sessionId);
  const decision = useQueryFor(
    [projectId, personId, day, sessionId].join('|'),
    () =>
      projectId && personId && day && sessionId
        ? checkBooking(db, { projectId, personId, date: day, sessionId })
        : undefined,
    [db, projectId, personId, day, sessionId],
  );
  const horizon = useLiveQuery(async () => (await getSettings(db)).bookingHorizonDays, [db]);
  const chosenSession = sessions?.find((choice) => choice.session.sessionId === sessionId)?.session;
  const person = candidates?.find((candidate) => candidate.person.id === personId)?.person;
  const project = projects?.find((p) => p.id === projectId);
  // Given a session, the form never asks for one (not even while the day's sessions are read).
  const showFixed =
    fixedSession && day !== undefined && (sessions === undefined || chosenSession !== undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!day || !complete) return;
    setSaving(true);
    setOutcome(null);
    try {
      const booking = await bookSession(ctx, { projectId, personId, date: day, sessionId });
      setOutcome({
        kind: 'booked',
        message:
          `Booked ${person?.name ?? 'the person'} (${project?.reference ?? 'the project'}) for ` +
          `${chosenSession ? sessionName(chosenSession) : 'the session'} on ${formatFullDay(day)}.`,
      });
      setPersonId('');
      onBooked?.(booking);
    } catch (error) {
      setOutcome({ kind: 'failed', message: faultMessage(error) });
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="booking-form" aria-label="Book a session" onSubmit={submit} noValidate>
      {showFixed && chosenSession && day && (
        <p className="booking-session-fixed">
          <strong>Session:</strong> {sessionName(chosenSession)} on {formatFullDay(day)}
        </p>
      )}
      <Field label="Project" hint="Only projects that are Active on a connection booked in sessions.">
        <select
          value={projectId}
          onChange={(event) => {
            setProjectId(event.target.value);
            setPersonId('');
            setOutcome(null);
          }}
        >
          <option value="">Choose a project…</option>
          {projects?.map((p) => (
            <option key={p.id} value={p.id}>
              {p.reference} — {p.title}
            </option>
          ))}
        </select>
      </Field>
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
                onChange={() => {
                  setPersonId(candidate.person.id);
                  setOutcome(null);
                }}
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
              max={horizon ? addDaysIso(today, horizon) : undefined}
              onChange={(event) => {
                setDate(event.target.value);
                setSessionId('');
                setOutcome(null);
              }}
            />
          </Field>
          {day && sessions && (
            <SessionChoiceList
              choices={sessions}
              chosen={sessionId}
              onChoose={(id) => {
                setSessionId(id);
                setOutcome(null);
              }}
            />
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
