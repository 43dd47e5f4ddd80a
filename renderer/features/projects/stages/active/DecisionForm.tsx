/**
 * Deciding a change request (approve / reject) or recording that it was done, with the date and a note.
 * Approving a new user makes them a member, with the role chosen here.
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { londonToday } from '../../../../../shared/dates';
import {
  ChangeRequestDecisionFormSchema,
  MEMBERSHIP_ROLES,
  type ChangeRequest,
  type ChangeRequestDecisionForm,
  type MembershipRole,
} from '../../../../../shared/domain';
import { useWriteContext } from '../../../../app/current-staff';
import { useDirtyForm } from '../../../../components/form/DirtyForms';
import { Field } from '../../../../components/form/Field';
import { InlineForm } from '../../../../components/form/InlineForm';
import { reportSaveError } from '../../../../components/form/save-errors';
import { schemaResolver } from '../../../../components/form/schema-resolver';
import { decideChangeRequestAndAddMember } from '../../../../db/repositories/change-request-steps';
import { roleLabel } from '../../../../../shared/documents/labels';

/** The decisions the form records. */
export type Decision = ChangeRequestDecisionForm['status'];

type Values = { status: Decision; on: string; note: string; role: MembershipRole };

const TITLE: Record<Decision, string> = { approved: 'Approve', rejected: 'Reject', done: 'Mark done' };

/** The form, shown in place under the request. */
export function DecisionForm({
  request,
  what,
  decision,
  joins,
  onDone,
}: {
  request: ChangeRequest;
  /** The request in words, e.g. "Add user: Dr A Smith". */
  what: string;
  decision: Decision;
  /** True when this decision makes the request's person a member (so the role is asked). */
  joins: boolean;
  onDone: (saved: boolean) => void;
}) {
  const ctx = useWriteContext();
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    formState: { errors, isDirty, isSubmitting },
  } = useForm<Values, unknown, ChangeRequestDecisionForm>({
    resolver: schemaResolver(ChangeRequestDecisionFormSchema, {
      toInput: ({ role: _role, ...decided }) => decided,
    }),
    defaultValues: { status: decision, on: londonToday(), note: request.note ?? '', role: 'analyst' },
  });
  useDirtyForm(isDirty);

  const submit = handleSubmit(async (form) => {
    setFailure(null);
    try {
      await decideChangeRequestAndAddMember(ctx, request.id, request.revision, form, getValues('role'));
      onDone(true);
    } catch (error) {
      setFailure(
        reportSaveError(error, setError, {
          fieldOf: (path) => (path === 'decidedOn' || path === 'doneOn' ? 'on' : undefined),
        }),
      );
    }
  });

  return (
    <InlineForm
      title={`${TITLE[decision]}: ${what}`}
      description={
        joins
          ? 'The person becomes a member of the project. They are ready once trained, their user access form is signed and access is granted.'
          : undefined
      }
      onSubmit={submit}
      failure={failure}
      submitLabel={TITLE[decision]}
      submitting={isSubmitting}
      onCancel={() => onDone(false)}
      level={4}
    >
      <div className="form-grid">
        <Field label={decision === 'done' ? 'Date done' : 'Date decided'} error={errors.on?.message} required>
          <input type="date" {...register('on')} />
        </Field>
        {joins && (
          <Field label="Role on the project" error={errors.role?.message} required>
            <select {...register('role')}>
              {MEMBERSHIP_ROLES.filter((role) => role !== 'lead').map((role) => (
                <option key={role} value={role}>
                  {roleLabel(role)}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field
          label="Note"
          error={errors.note?.message}
          hint={decision === 'rejected' ? 'Say why.' : 'Optional.'}
        >
          <input type="text" {...register('note')} />
        </Field>
      </div>
    </InlineForm>
  );
}
