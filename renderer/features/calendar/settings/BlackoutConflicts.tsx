/**
 * A new blackout falls on booked days: the bookings it hits (person, project, session), and the choice to
 * cancel them all with one reason and save the blackout, or to leave the blackout unsaved.
 */
import { useEffect, useId, useRef } from 'react';
import { ReasonFields } from '../../../components/form/ReasonFields';
import { DataTable } from '../../../components/DataTable';
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
  const reason = useReasonForm(onConfirm, pending.suggestedReason);
  const count = pending.conflicts.length;
  const heading = useRef<HTMLHeadingElement>(null);
  // The officer's next step is here: take focus, so a screen reader reads what is at stake.
  useEffect(() => heading.current?.focus(), []);

  return (
    <form className="blackout-conflicts" aria-labelledby={headingId} onSubmit={reason.submit} noValidate>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {countOf(count, 'booking')} {count === 1 ? 'stands' : 'stand'} on{' '}
        {pending.forms.length === 1 ? formatFullDay(pending.forms[0]!.date) : 'these days'}
      </h3>
      <p>
        The blackout is not saved yet. To save it, these bookings must be cancelled: give the reason the
        researchers will be told. Or leave the blackout unsaved and the bookings stand.
      </p>
      <DataTable caption="Bookings the blackout would cancel" headings={['Person', 'Project', 'Session']}>
        {pending.conflicts.map((conflict) => (
          <tr key={conflict.booking.id}>
            <td>{conflict.personName}</td>
            <td>{conflict.projectReference}</td>
            <td>
              {conflict.sessionName}, {formatFullDay(conflict.booking.date)}
            </td>
          </tr>
        ))}
      </DataTable>
      <ReasonFields
        reason={reason}
        label="Reason for cancelling these bookings"
        rows={2}
        confirmLabel={`Cancel ${countOf(count, 'booking')} and save the blackout`}
        danger
        backLabel="Leave the blackout unsaved"
        onBack={onLeave}
      />
    </form>
  );
}
