/**
 * Recording one step of a member's access: the user access form signed (date, version), access granted or
 * access revoked (date, by whom). The whole access record is checked, so a date out of order is refused
 * here, in words, before anything is saved.
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { londonToday } from '../../../../../shared/dates';
import {
  MembershipAccessFormSchema,
  type Membership,
  type MembershipAccessForm,
  type StaffMember,
} from '../../../../../shared/domain';
import { useCurrentStaff, useWriteContext } from '../../../../app/current-staff';
import { useDirtyForm } from '../../../../components/form/DirtyForms';
import { Field } from '../../../../components/form/Field';
import { InlineForm } from '../../../../components/form/InlineForm';
import { reportSaveError } from '../../../../components/form/save-errors';
import { schemaResolver } from '../../../../components/form/schema-resolver';
import { StaffSelect } from '../../../../components/form/StaffSelect';
import { grantAccess, recordAccessForm, revokeAccess } from '../../../../db/repositories/memberships';

/** Which step is recorded. */
export type AccessAct = 'form' | 'grant' | 'revoke';

type Values = { signedOn: string; formVersion: string; on: string; by: string };

const KEY = { grant: 'accessGranted', revoke: 'accessRevoked' } as const;

/** The access record the form's values would make. */
function withAct(membership: Membership, act: AccessAct, values: Values): Record<string, unknown> {
  const record: Record<string, unknown> = {
    accessForm: membership.accessForm,
    accessGranted: membership.accessGranted,
    accessRevoked: membership.accessRevoked,
  };
  if (act === 'form') record.accessForm = { signedOn: values.signedOn, formVersion: values.formVersion };
  else record[KEY[act]] = { on: values.on, by: values.by };
  return record;
}

/** The form field an issue of the access record belongs to, for this step (else the whole form). */
function fieldFor(act: AccessAct) {
  const own = act === 'form' ? 'accessForm' : KEY[act];
  return (path: string) => {
    const [head, field] = path.split('.');
    return head === own && field ? field : 'root';
  };
}

const TITLE: Record<AccessAct, string> = {
  form: 'User access form signed',
  grant: 'Access granted',
  revoke: 'Access revoked',
};

/** The form, shown in place under the member. */
export function AccessActForm({
  membership,
  memberName,
  act,
  staff,
  suggestedFormVersion,
  onDone,
}: {
  membership: Membership;
  memberName: string;
  act: AccessAct;
  staff: readonly StaffMember[];
  suggestedFormVersion?: string | undefined;
  onDone: (saved?: Membership) => void;
}) {
  const ctx = useWriteContext();
  const { staffMember } = useCurrentStaff();
  const [failure, setFailure] = useState<string | null>(null);
  const current = act === 'form' ? undefined : membership[KEY[act]];
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isDirty, isSubmitting },
  } = useForm<Values, unknown, MembershipAccessForm>({
    resolver: schemaResolver(MembershipAccessFormSchema, {
      toInput: (values) => withAct(membership, act, values),
      fieldOf: fieldFor(act),
    }),
    defaultValues: {
      signedOn: membership.accessForm?.signedOn ?? londonToday(),
      formVersion: membership.accessForm?.formVersion ?? suggestedFormVersion ?? '',
      on: current?.on ?? londonToday(),
      by: current?.by ?? staffMember.id,
    },
  });
  useDirtyForm(isDirty);

  const submit = handleSubmit(async (access) => {
    setFailure(null);
    const { id, revision } = membership;
    try {
      if (act === 'form') onDone(await recordAccessForm(ctx, id, revision, access.accessForm!));
      else if (act === 'grant') onDone(await grantAccess(ctx, id, revision, access.accessGranted!));
      else onDone(await revokeAccess(ctx, id, revision, access.accessRevoked!));
    } catch (error) {
      setFailure(reportSaveError(error, setError, { fieldOf: fieldFor(act) }));
    }
  });

  const correcting = act === 'form' ? membership.accessForm !== undefined : current !== undefined;
  return (
    <InlineForm
      title={`${TITLE[act]}: ${memberName}`}
      description={
        act === 'revoke'
          ? 'From this date the member can no longer use the DSH for this project.'
          : act === 'grant'
            ? 'Record access once the account for this project is set up in the DSH.'
            : undefined
      }
      onSubmit={submit}
      failure={failure ?? errors.root?.message}
      submitLabel={
        correcting
          ? 'Save changes'
          : act === 'form'
            ? 'Record signed form'
            : act === 'grant'
              ? 'Record access granted'
              : 'Record access revoked'
      }
      submitting={isSubmitting}
      onCancel={() => onDone()}
      level={4}
    >
      {act === 'form' ? (
        <div className="form-grid">
          <Field label="Date signed" error={errors.signedOn?.message} required>
            <input type="date" {...register('signedOn')} />
          </Field>
          <Field
            label="Form version"
            error={errors.formVersion?.message}
            required
            hint="The version printed on the form, e.g. v3."
          >
            <input type="text" {...register('formVersion')} />
          </Field>
        </div>
      ) : (
        <div className="form-grid">
          <Field
            label={act === 'grant' ? 'Date granted' : 'Date revoked'}
            error={errors.on?.message}
            required
          >
            <input type="date" {...register('on')} />
          </Field>
          <Field label={act === 'grant' ? 'Granted by' : 'Revoked by'} error={errors.by?.message} required>
            <StaffSelect staff={staff} keep={current?.by} {...register('by')} />
          </Field>
        </div>
      )}
    </InlineForm>
  );
}
