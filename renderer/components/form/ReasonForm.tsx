/** Asks for the written reason a move needs (override, move back, withdraw, decline, cancel). */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ReasonFormSchema, type ReasonForm as ReasonValues } from '../../../shared/domain';
import { Field } from './Field';
import { schemaResolver } from './schema-resolver';
import { faultMessage } from '../../db/errors';

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
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<ReasonValues>({
    resolver: schemaResolver(ReasonFormSchema),
    defaultValues: { reason: '' },
  });

  const submit = handleSubmit(async ({ reason }) => {
    setFailure(null);
    try {
      await onConfirm(reason);
    } catch (error) {
      setFailure(faultMessage(error));
    }
  });

  return (
    <form className="reason-form" onSubmit={submit} aria-label={title} noValidate>
      <h3>{title}</h3>
      {explanation && <p>{explanation}</p>}
      <Field label="Reason" error={errors.reason?.message} required>
        <textarea rows={3} autoFocus {...register('reason')} />
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
