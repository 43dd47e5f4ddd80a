/** Asks for the written reason a move needs (override, move back, withdraw, decline, cancel). */
import { ReasonFields } from './ReasonFields';
import { useReasonForm } from './use-reason-form';

interface ReasonFormProps {
  /** What the officer is about to do, e.g. "Override the gate". */
  title: string;
  explanation?: string;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: (reason: string) => Promise<void>;
  onCancel: () => void;
}

/** An inline form: a reason, then confirm or cancel. A failure is shown and nothing is lost. */
export function ReasonForm({
  title,
  explanation,
  confirmLabel,
  danger,
  onConfirm,
  onCancel,
}: ReasonFormProps) {
  const reason = useReasonForm(onConfirm);

  return (
    <form className="reason-form" onSubmit={reason.submit} aria-label={title} noValidate>
      <h3>{title}</h3>
      {explanation && <p>{explanation}</p>}
      <ReasonFields
        reason={reason}
        label="Reason"
        rows={3}
        autoFocus
        confirmLabel={confirmLabel}
        danger={danger}
        backLabel="Cancel"
        onBack={onCancel}
      />
    </form>
  );
}
