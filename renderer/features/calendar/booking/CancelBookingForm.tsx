/** Cancelling one booking: the reason is required, kept on the booking and written to the audit log. */
import { useWriteContext } from '../../../app/current-staff';
import { Field } from '../../../components/form/Field';
import { useReasonForm } from '../../../components/form/use-reason-form';
import { cancelBooking } from '../../../db/repositories/bookings';
import type { BookingEntry } from '../model/session-board';

interface CancelBookingFormProps {
  entry: BookingEntry;
  onDone: (message: string) => void;
  onKeep: () => void;
}

/** The reason, then "Cancel the booking" or "Keep the booking". */
export function CancelBookingForm({ entry, onDone, onKeep }: CancelBookingFormProps) {
  const ctx = useWriteContext();
  const title = `Cancel the booking of ${entry.personName}`;
  const { reasonField, reasonError, isSubmitting, submit, failure } = useReasonForm(async (reason) => {
    await cancelBooking(ctx, entry.booking.id, entry.booking.revision, reason);
    onDone(`Cancelled the booking of ${entry.personName} (${entry.projectReference}).`);
  });

  return (
    <form className="reason-form cancel-booking-form" onSubmit={submit} aria-label={title} noValidate>
      <h3>{title}</h3>
      <p>The reason is kept with the booking and in the audit log.</p>
      <Field label="Reason for cancelling" error={reasonError} required>
        <textarea rows={2} autoFocus {...reasonField} />
      </Field>
      {failure && (
        <p role="alert" className="form-failure">
          {failure}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button danger" disabled={isSubmitting}>
          Cancel the booking
        </button>
        <button type="button" className="button secondary" onClick={onKeep}>
          Keep the booking
        </button>
      </div>
    </form>
  );
}
