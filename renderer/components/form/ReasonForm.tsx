/** Asks for the written reason a move needs (override, move back, withdraw, decline, cancel). */
import { Field } from './Field';
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
  const { reasonField, reasonError, isSubmitting, submit, failure } = useReasonForm(onConfirm);

  return (
    <form className="reason-form" onSubmit={submit} aria-label={title} noValidate>
      <h3>{title}</h3>
      {explanation && <p>{explanation}</p>}
      <Field label="Reason" error={reasonError} required>
        <textarea rows={3} autoFocus {...reasonField} />
      </Field>
      {failure && (
        <p role="alert" className="form-failure">
          {failure}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className={`button${danger ? ' danger' : ''}`} disabled={isSubmitting}>
          {confirmLabel}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
