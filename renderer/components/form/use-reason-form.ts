/**
 * The state of a form that asks for a written reason before an action (a move of stage, cancelling
 * bookings): the reason checked by the shared schema, and the action's failure kept to show beside the
 * buttons, with what was typed left as it was.
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ReasonFormSchema, type ReasonForm } from '../../../shared/domain';
import { faultMessage } from '../../db/errors';
import { schemaResolver } from './schema-resolver';

/** What `useReasonForm` gives its form (and `ReasonFields`). */
export type ReasonFormState = ReturnType<typeof useReasonForm>;

/** The reason field's registration and errors, the submit handler, and why the action failed (or null). */
export function useReasonForm(onConfirm: (reason: string) => Promise<void>, defaultReason = '') {
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<ReasonForm>({
    resolver: schemaResolver(ReasonFormSchema),
    defaultValues: { reason: defaultReason },
  });
  const submit = handleSubmit(async ({ reason }) => {
    setFailure(null);
    try {
      await onConfirm(reason);
    } catch (error) {
      setFailure(faultMessage(error));
    }
  });
  return {
    reasonField: register('reason'),
    reasonError: errors.reason?.message,
    isSubmitting,
    submit,
    failure,
  };
}
