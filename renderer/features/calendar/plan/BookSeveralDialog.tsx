/** "Book sessions…" for a project: the several-at-once booking form in a dialog. */
import { CalendarDialog } from '../CalendarDialog';
import { BookSeveralForm, type PlanPreset } from './BookSeveralForm';

interface BookSeveralDialogProps {
  projectId: string;
  /** The project's reference, for the title. */
  reference: string;
  preset?: PlanPreset;
  onClose: () => void;
}

/** The dialog. */
export function BookSeveralDialog({ projectId, reference, preset, onClose }: BookSeveralDialogProps) {
  return (
    <CalendarDialog
      title={`Book sessions for ${reference}`}
      subtitle="People, first day and sessions, and for how many weeks. Preview, then confirm."
      onClose={onClose}
    >
      <BookSeveralForm projectId={projectId} preset={preset} />
    </CalendarDialog>
  );
}
