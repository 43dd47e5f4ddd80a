/**
 * What every form that asks for a reason shows under its heading: the reason box, why the action failed
 * (what was typed stays), then the button that acts and the one that backs out.
 */
import type { ReactNode } from 'react';
import { Field } from './Field';
import type { ReasonFormState } from './use-reason-form';

interface ReasonFieldsProps {
  /** The form's state, from `useReasonForm`. */
  reason: ReasonFormState;
  /** The reason box's label, e.g. "Reason for cancelling". */
  label: string;
  rows: number;
  /** Focus the reason box when the form opens (where nothing else on the form needs reading first). */
  autoFocus?: boolean;
  confirmLabel: ReactNode;
  /** The action destroys or cancels something: its button is red. */
  danger?: boolean;
  /** The button that leaves without acting, e.g. "Cancel", "Keep the booking". */
  backLabel: string;
  onBack: () => void;
}

/** The reason box, the failure, and the two buttons. */
export function ReasonFields({
  reason,
  label,
  rows,
  autoFocus = false,
  confirmLabel,
  danger = false,
  backLabel,
  onBack,
}: ReasonFieldsProps) {
  return (
    <>
      <Field label={label} error={reason.reasonError} required>
        <textarea rows={rows} autoFocus={autoFocus} {...reason.reasonField} />
      </Field>
      {reason.failure && (
        <p role="alert" className="form-failure">
          {reason.failure}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className={danger ? 'button danger' : 'button'} disabled={reason.isSubmitting}>
          {confirmLabel}
        </button>
        <button type="button" className="button secondary" onClick={onBack}>
          {backLabel}
        </button>
      </div>
    </>
  );
}
