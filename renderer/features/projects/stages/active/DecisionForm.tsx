/**
 * Deciding a change request (approve / reject) or recording that it was done, with the date and a note.
 * Approving a new user makes them a member, with the role chosen here.
 */
import { useRef, useState } from 'react';
import { londonToday } from '../../../../../shared/dates';
import {
  ChangeRequestDecisionFormSchema,
  MEMBERSHIP_ROLES,
  type ChangeRequest,
  type ChangeRequestDecisionForm,
  type MembershipRole,
} from '../../../../../shared/domain';
import { useWriteContext } from '../../../../app/current-staff';
import { Field } from '../../../../components/form/Field';
import { InlineForm } from '../../../../components/form/InlineForm';
import { schemaResolver } from '../../../../components/form/schema-resolver';
import { NOT_SAVED_YET, useRecordForm } from '../../../../components/form/use-record-form';
import { NotReadyError } from '../../../../db/errors';
import { decideChangeRequestAndAddMember } from '../../../../db/repositories/change-request-steps';
import { roleLabel } from '../../../../../shared/documents/labels';
import { DateInput } from '../../../../components/form/DateInput';

/** The decisions the form records. */
export type Decision = ChangeRequestDecisionForm['status'];

type Values = { status: Decision; on: string; note: string; role: MembershipRole };

const TITLE: Record<Decision, string> = { approved: 'Approve', rejected: 'Reject', done: 'Mark done' };

/** The form, shown in place under the request. */
export function DecisionForm({
  request,
  what,
  who,
  decision,
  joins,
  onDone,
}: {
  /** The request as stored now. */
  request: ChangeRequest;
  /** The request in words, e.g. "Add user: Dr A Smith". */
  what: string;
  /** The request's person, for an add-user request. */
  who: string;
  decision: Decision;
  /** True when this decision makes the request's person a member (so the role is asked). */
  joins: boolean;
  onDone: (saved: boolean) => void;
}) {
  const ctx = useWriteContext();
  // Marking an add-user request done while its person is not ready asks to confirm, with the reasons.
  const [notReady, setNotReady] = useState<string[] | null>(null);
  const accepted = useRef(false);
  const { form, register, errors, submit, inlineForm } = useRecordForm<
    ChangeRequest,
    Values,
    ChangeRequestDecisionForm
  >({
    record: request,
    entity: 'change-request',
    toValues: (stored = request) => ({
      status: decision,
      on: londonToday(),
      note: stored.note ?? '',
      role: 'analyst',
    }),
    part: (stored) => [stored.status, stored.note ?? ''],
    resolver: schemaResolver(ChangeRequestDecisionFormSchema, {
      toInput: ({ role: _role, ...decided }) => decided,
    }),
    // The role is asked beside the decision but is not part of it: read as typed when saving.
    save: async (values, { expectedRevision }): Promise<ChangeRequest | typeof NOT_SAVED_YET> => {
      try {
        return await decideChangeRequestAndAddMember(
          ctx,
          request.id,
          expectedRevision,
          values,
          form.getValues('role'),
          { notReadyAccepted: accepted.current },
        );
      } catch (error) {
        if (!(error instanceof NotReadyError)) throw error;
        setNotReady(error.reasons);
        return NOT_SAVED_YET;
      } finally {
        accepted.current = false;
      }
    },
    onSaved: () => onDone(true),
    fieldLabels: { status: 'Status', note: 'Note', decidedOn: 'Date decided', doneOn: 'Date done' },
    errors: { fieldOf: (path) => (path === 'decidedOn' || path === 'doneOn' ? 'on' : undefined) },
  });
  return (
    <InlineForm
      {...inlineForm}
      title={`${TITLE[decision]}: ${what}`}
      description={
        joins
          ? 'The person becomes a member of the project. They are ready once trained, their user access form is signed and access is granted.'
          : undefined
      }
      submitLabel={TITLE[decision]}
      onCancel={() => onDone(false)}
      level={4}
    >
      <div className="form-grid">
        <Field label={decision === 'done' ? 'Date done' : 'Date decided'} error={errors.on?.message} required>
          <DateInput {...register('on')} />
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
      {notReady && (
        <div role="group" aria-labelledby="not-ready-heading" className="confirm-step">
          <h5 id="not-ready-heading">{who} is not ready yet</h5>
          <ul>
            {notReady.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
          <p>Mark the request done only if the rest will follow; these reasons are kept in the audit log.</p>
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              accepted.current = true;
              setNotReady(null);
              void submit();
            }}
          >
            Mark done although not ready
          </button>
        </div>
      )}
    </InlineForm>
  );
}
