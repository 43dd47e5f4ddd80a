/**
 * "Copy a day's sessions": the offered sessions of one weekday added to the weekdays ticked, in one step.
 * Sessions already on those days are kept and never doubled; a refusal says why and keeps the choices.
 */
import { useId, useState, type FormEvent } from 'react';
import { CopyDaySessionsFormSchema, type SessionTemplate } from '../../../../shared/domain';
import { sessionOnDay, weekdayName } from '../../../../shared/domain/bookings';
import { useWriteContext } from '../../../app/current-staff';
import { OutcomeLine, type Outcome } from '../../../components/form/OutcomeLine';
import { ValidationError, faultMessage } from '../../../db/errors';
import { copyDaySessions } from '../../../db/repositories/session-week';
import { countOf } from '../../../components/calendar-dates';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/** A list in words: "Tuesday, Wednesday and Friday". */
const inWords = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** The copy form, over the sessions set up now. */
export function CopyDaySessionsForm({ templates }: { templates: readonly SessionTemplate[] }) {
  const ctx = useWriteContext();
  const ids = useId();
  const withSessions = WEEKDAYS.filter((d) => templates.some((t) => t.active && t.weekday === d));
  const [from, setFrom] = useState(withSessions[0] ?? 1);
  const [to, setTo] = useState<number[]>([]);
  const [message, setMessage] = useState<Outcome | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const parsed = CopyDaySessionsFormSchema.safeParse({ fromWeekday: from, toWeekdays: to });
    if (!parsed.success) {
      setMessage({ text: parsed.error.issues.map((i) => i.message).join(' '), failed: true });
      return;
    }
    setSaving(true);
    try {
      const result = await copyDaySessions(ctx, parsed.data);
      const days = inWords([...new Set(result.added.map((s) => weekdayName(s.weekday)))]);
      const kept = result.alreadyThere.map(sessionOnDay);
      setMessage({
        text:
          `Copied ${countOf(result.added.length, 'session')} of ${weekdayName(from)} to ${days}.` +
          (kept.length > 0 ? ` Already set up, so kept as they were: ${inWords(kept)}.` : ''),
      });
      setTo([]);
    } catch (error) {
      const text =
        error instanceof ValidationError ? error.issues.map((i) => i.message).join(' ') : faultMessage(error);
      setMessage({ text, failed: true });
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      className="inline-form copy-day-form"
      aria-labelledby={`${ids}-heading`}
      onSubmit={submit}
      noValidate
    >
      <h3 id={`${ids}-heading`}>Copy a day’s sessions</h3>
      <p className="field-hint">
        Adds the day’s offered sessions, with their times, names and seats, to each day ticked. Sessions
        already on those days are kept; one with the same times is not added twice.
      </p>
      <div className="copy-day-fields">
        <div className="field">
          <label htmlFor={`${ids}-from`}>Copy the sessions of</label>
          <select
            id={`${ids}-from`}
            value={from}
            onChange={(event) => {
              const day = Number(event.target.value);
              setFrom(day);
              setTo(to.filter((d) => d !== day));
            }}
          >
            {WEEKDAYS.map((day) => (
              <option key={day} value={day}>
                {weekdayName(day)}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="copy-day-targets">
          <legend>To</legend>
          {WEEKDAYS.filter((day) => day !== from).map((day) => (
            <span key={day} className="checkbox-line">
              <input
                id={`${ids}-to-${day}`}
                type="checkbox"
                checked={to.includes(day)}
                onChange={(event) => setTo(event.target.checked ? [...to, day] : to.filter((d) => d !== day))}
              />
              <label htmlFor={`${ids}-to-${day}`}>{weekdayName(day)}</label>
            </span>
          ))}
        </fieldset>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={saving}>
          Copy the sessions
        </button>
      </div>
      <OutcomeLine outcome={message} />
    </form>
  );
}
