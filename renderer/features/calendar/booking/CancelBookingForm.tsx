/** Cancelling one booking: the reason is required, kept on the booking and written to the audit log. */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { CancelBookingFormSchema, type ReasonForm } from '../../../../shared/domain';
import { useWriteContext } from '../../../app/current-staff';
import { Field } from '../../../components/form/Field';
import { schemaResolver } from '../../../components/form/schema-resolver';
import { cancelBooking } from '../../../db/repositories/bookings';
import type { BookingEntry } from '../model/session-board';
import { faultMessage } from '../../../db/errors';

interface CancelBookingFormProps {
  entry: BookingEntry;
  onDone: (message: string) => void;
  onKeep: () => void;
}

/** The reason, then "Cancel the booking" or "Keep the booking". */
export function CancelBookingForm({ entry, onDone, onKeep }: CancelBookingFormProps) {
  const ctx = useWriteContext();
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<ReasonForm>({
    resolver: schemaResolver(CancelBookingFormSchema),
    defaultValues: { reason: '' },
  });
  const title = `Cancel the booking of ${entry.personName}`;

  const submit = handleSubmit(async ({ reason }) => {
    setFailure(null);
    try {
      await cancelBooking(ctx, entry.booking.id, entry.booking.revision, reason);
      onDone(`Cancelled the booking of ${entry.personName} (${entry.projectReference}).`);
    } catch (error) {
      setFailure(faultMessage(error));
    }
  });

  return (
    <form className="reason-form cancel-booking-form" onSubmit={submit} aria-label={title} noValidate>
      <h3>{title}</h3>
      <p>The reason is kept with the booking and in the audit log.</p>
      <Field label="Reason for cancelling" error={errors.reason?.message} required>
        <textarea rows={2} autoFocus {...register('reason')} />
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
