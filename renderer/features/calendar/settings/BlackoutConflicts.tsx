/**
 * A new blackout falls on booked days: the bookings it hits (person, project, session), and the choice to
 * cancel them all with one reason and save the blackout, or to leave the blackout unsaved.
 */
import { useEffect, useId, useRef } from 'react';
import { Field } from '../../../components/form/Field';
import { useReasonForm } from '../../../components/form/use-reason-form';
import { countOf, formatFullDay } from '../../../components/calendar-dates';
import type { PendingBlackout } from './use-blackout-saver';

interface BlackoutConflictsProps {
  pending: PendingBlackout;
  onConfirm: (reason: string) => Promise<void>;
  onLeave: () => void;
}

/** The conflicts and the two ways out. */
export function BlackoutConflicts({ pending, onConfirm, onLeave }: BlackoutConflictsProps) {
  const headingId = useId();
  const { reasonField, reasonError, isSubmitting, submit, failure } = useReasonForm(
    onConfirm,
    pending.suggestedReason,
  );
  const count = pending.conflicts.length;
  const heading = useRef<HTMLHeadingElement>(null);
  // The officer's next step is here: take focus, so a screen reader reads what is at stake.
  useEffect(() => heading.current?.focus(), []);

  return (
    <form className="blackout-conflicts" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {countOf(count, 'booking')} {count === 1 ? 'stands' : 'stand'} on{' '}
        {pending.forms.length === 1 ? formatFullDay(pending.forms[0]!.date) : 'these days'}
      </h3>
      <p>
        The blackout is not saved yet. To save it, these bookings must be cancelled: give the reason the
        researchers will be told. Or leave the blackout unsaved and the bookings stand.
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">Bookings the blackout would cancel</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Project</th>
              <th scope="col">Session</th>
            </tr>
          </thead>
          <tbody>
            {pending.conflicts.map((conflict) => (
              <tr key={conflict.booking.id}>
                <td>{conflict.personName}</td>
                <td>{conflict.projectReference}</td>
                <td>
                  {conflict.sessionName}, {formatFullDay(conflict.booking.date)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Field label="Reason for cancelling these bookings" error={reasonError} required>
        <textarea rows={2} {...reasonField} />
      </Field>
      {failure && (
        <p role="alert" className="form-failure">
          {failure}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button danger" disabled={isSubmitting}>
          Cancel {countOf(count, 'booking')} and save the blackout
        </button>
        <button type="button" className="button secondary" onClick={onLeave}>
          Leave the blackout unsaved
        </button>
      </div>
    </form>
  );
}
