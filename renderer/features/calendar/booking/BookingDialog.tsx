/** "Book a session…": the booking form in a dialog, empty or filled in (e.g. from a free session found). */
import { CalendarDialog } from '../CalendarDialog';
import { BookingForm, type BookingPreset } from './BookingForm';

interface BookingDialogProps {
  preset?: BookingPreset;
  fixedSession?: boolean;
  onClose: () => void;
}

/** The booking dialog. */
export function BookingDialog({ preset, fixedSession = false, onClose }: BookingDialogProps) {
  return (
    <CalendarDialog
      title="Book a session"
      subtitle="Project, then person, then session. Every booking is written to the audit log."
      onClose={onClose}
    >
      <BookingForm preset={preset} fixedSession={fixedSession} />
    </CalendarDialog>
  );
}
