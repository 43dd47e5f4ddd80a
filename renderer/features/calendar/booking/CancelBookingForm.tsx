/** Cancelling one booking: the reason is required, kept on the booking and written to the audit log. */
import { useWriteContext } from '../../../app/current-staff';
import { ReasonFields } from '../../../components/form/ReasonFields';
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
  const reason = useReasonForm(async (reason) => {
    await cancelBooking(ctx, entry.booking.id, entry.booking.revision, reason);
    onDone(`Cancelled the booking of ${entry.personName} (${entry.projectReference}).`);
  });

  return (
    <form className="reason-form cancel-booking-form" onSubmit={reason.submit} aria-label={title} noValidate>
      <h3>{title}</h3>
      <p>The reason is kept with the booking and in the audit log.</p>
      <ReasonFields
        reason={reason}
        label="Reason for cancelling"
        rows={2}
        autoFocus
        confirmLabel="Cancel the booking"
        danger
        backLabel="Keep the booking"
        onBack={onKeep}
      />
    </form>
  );
}
