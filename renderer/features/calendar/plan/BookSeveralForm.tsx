/**
 * "Book sessions" for one project: several members, one or more sessions of a first day, repeated weekly
 * for a number of weeks. The officer previews every booking (each judged by the booking rules, refusals in
 * plain words by day and person), then books the ones that pass in one step. Changing anything clears the
 * preview, so what is confirmed is always what is shown.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { addDaysIso, isIsoDate, londonToday, type IsoDate } from '../../../../shared/dates';
import { splitPlan, type PlannedBooking } from '../../../../shared/domain/bookings';
import { MAX_REPEAT_WEEKS } from '../../../../shared/domain';
import { useApp } from '../../../app/app-context';
import { useWriteContext } from '../../../app/current-staff';
import { DateInput } from '../../../components/form/DateInput';
import { Field } from '../../../components/form/Field';
import { bookingCandidates } from '../../../db/repositories/booking-calendar';
import { bookSessions, previewBookingPlan } from '../../../db/repositories/booking-plans';
import { listSessionTemplates } from '../../../db/repositories/catalogues';
import { ValidationError, faultMessage } from '../../../db/errors';
import { getSettings } from '../../../db/repositories/settings';
import { sessionChoices, sessionName } from '../data/session-choices';
import { useQueryFor } from '../data/use-query-for';
import { countOf, formatFullDay } from '../../../components/calendar-dates';
import { MemberChecklist } from './MemberChecklist';
import { PlanPreview } from './PlanPreview';

/** What the form starts with (e.g. a free session found for the team). */
export type PlanPreset = { firstDate?: IsoDate; sessionIds?: string[]; personIds?: string[]; weeks?: number };

const messageOf = (error: unknown) =>
  error instanceof ValidationError
    ? error.issues.map((issue) => issue.message).join(' ')
    : faultMessage(error);

/** The form, for the project `projectId` (named `reference` in what it says). */
export function BookSeveralForm({ projectId, preset = {} }: { projectId: string; preset?: PlanPreset }) {
  const { db } = useApp();
  const ctx = useWriteContext();
  const today = londonToday();
  const ids = useId();
  const [personIds, setPersonIds] = useState<string[]>(preset.personIds ?? []);
  const [firstDate, setFirstDate] = useState<string>(preset.firstDate ?? '');
  const [sessionIds, setSessionIds] = useState<string[]>(preset.sessionIds ?? []);
  const [weeks, setWeeks] = useState(String(preset.weeks ?? 1));
  const [preview, setPreview] = useState<PlannedBooking[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const day = isIsoDate(firstDate) ? firstDate : undefined;

  const candidates = useQueryFor(
    `${projectId}|${day ?? today}`,
    () => bookingCandidates(db, projectId, day ?? today),
    [db, projectId, day, today],
  );
  const sessions = useQueryFor(day ?? '', () => (day ? sessionChoices(db, day) : []), [db, day]);
  const templates = useLiveQuery(
    async () => new Map((await listSessionTemplates(db)).map((t) => [t.id, t])),
    [db],
  );
  const horizon = useLiveQuery(async () => (await getSettings(db)).bookingHorizonDays, [db]);

  /** Any change makes the preview stale: it is cleared, never confirmed unseen. */
  const changed =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPreview(null);
      setFailure(null);
      setDone(null);
    };
  const plan = () => ({ projectId, personIds, firstDate, sessionIds, weeks: Number(weeks) });

  async function showPreview(event?: FormEvent) {
    event?.preventDefault();
    setDone(null);
    try {
      setPreview(await previewBookingPlan(db, plan()));
      if (event) setFailure(null);
    } catch (error) {
      setPreview(null);
      setFailure(messageOf(error));
    }
  }

  async function confirm() {
    if (!preview) return;
    setSaving(true);
    try {
      const booked = await bookSessions(ctx, splitPlan(preview).bookable);
      setPreview(null);
      setFailure(null);
      setDone(`Booked ${countOf(booked.length, 'session')}. Each booking is in the audit log.`);
    } catch (error) {
      setFailure(messageOf(error));
      await showPreview();
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="booking-form plan-form" aria-label="Book sessions" onSubmit={showPreview} noValidate>
      <fieldset className="booking-step" aria-describedby={`${ids}-people-hint`}>
        <legend>People</legend>
        <p id={`${ids}-people-hint`} className="field-hint">
          Readiness on {formatFullDay(day ?? today)}. Each booking is checked again for its own day.
        </p>
        {candidates && (
          <MemberChecklist candidates={candidates} chosen={personIds} onChange={changed(setPersonIds)} />
        )}
      </fieldset>
      <div className="plan-when">
        <Field label="First day">
          <DateInput
            value={firstDate}
            min={today}
            max={horizon ? addDaysIso(today, horizon) : undefined}
            onChange={(event) => {
              changed(setFirstDate)(event.target.value);
              setSessionIds([]);
            }}
          />
        </Field>
        <Field
          label="Weeks"
          hint={`The same day each week, this many weeks in a row (1 to ${MAX_REPEAT_WEEKS}).`}
        >
          <input
            type="number"
            min={1}
            max={MAX_REPEAT_WEEKS}
            inputMode="numeric"
            value={weeks}
            onChange={(event) => changed(setWeeks)(event.target.value)}
          />
        </Field>
      </div>
      {day && sessions && sessions.length === 0 && <p className="muted">No session is held on this day.</p>}
      {day && sessions && sessions.length > 0 && (
        <fieldset className="session-choices">
          <legend>Sessions</legend>
          <ul className="choice-rows">
            {sessions.map(({ session, taken }) => {
              const id = `${ids}-${session.sessionId}`;
              const on = sessionIds.includes(session.sessionId);
              return (
                <li key={session.sessionId}>
                  <input
                    type="checkbox"
                    id={id}
                    checked={on}
                    onChange={() =>
                      changed(setSessionIds)(
                        on
                          ? sessionIds.filter((s) => s !== session.sessionId)
                          : [...sessionIds, session.sessionId],
                      )
                    }
                  />
                  <label htmlFor={id}>
                    {sessionName(session)}{' '}
                    <span className="muted">
                      —{' '}
                      {session.blackout !== undefined
                        ? `closed: ${session.blackout}`
                        : `${Math.max(0, session.seats - taken)} of ${session.seats} seats free`}
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}
      {failure && (
        <p role="alert" className="form-failure">
          {failure}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className={preview ? 'button secondary' : 'button'}>
          Preview the bookings
        </button>
      </div>
      {preview && templates && (
        <PlanPreview
          planned={preview}
          templates={templates}
          saving={saving}
          onConfirm={() => void confirm()}
        />
      )}
      <div role="status" className="status-line">
        {done && <span className="verdict-ok">{done}</span>}
      </div>
    </form>
  );
}
