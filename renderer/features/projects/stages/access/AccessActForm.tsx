/**
 * Recording one step of a member's access: the user access form signed (date, version), access granted or
 * access revoked (date, by whom). The whole access record is checked, so a date out of order is refused
 * here, in words, before anything is saved.
 */
import { londonToday } from '../../../../../shared/dates';
import {
  MembershipAccessFormSchema,
  type Membership,
  type MembershipAccessForm,
  type StaffMember,
} from '../../../../../shared/domain';
import { useCurrentStaff, useWriteContext } from '../../../../app/current-staff';
import { Field } from '../../../../components/form/Field';
import { InlineForm } from '../../../../components/form/InlineForm';
import { schemaResolver } from '../../../../components/form/schema-resolver';
import { StaffSelect } from '../../../../components/form/StaffSelect';
import { useRecordForm } from '../../../../components/form/use-record-form';
import { grantAccess, recordAccessForm, revokeAccess } from '../../../../db/repositories/memberships';
import { DateInput } from '../../../../components/form/DateInput';

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

/** The stored field of the membership each step records. */
const FIELD = { form: 'accessForm', ...KEY } as const;

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
  /** The membership as stored now. */
  membership: Membership;
  memberName: string;
  act: AccessAct;
  staff: readonly StaffMember[];
  suggestedFormVersion?: string | undefined;
  onDone: (saved?: Membership) => void;
}) {
  const ctx = useWriteContext();
  const { staffMember } = useCurrentStaff();
  const current = act === 'form' ? undefined : membership[KEY[act]];
  const { form, submit, failure, stored } = useRecordForm<Membership, Values, MembershipAccessForm>({
    record: membership,
    entity: 'membership',
    toValues: (stored = membership) => {
      const step = act === 'form' ? undefined : stored[KEY[act]];
      return {
        signedOn: stored.accessForm?.signedOn ?? londonToday(),
        formVersion: stored.accessForm?.formVersion ?? suggestedFormVersion ?? '',
        on: step?.on ?? londonToday(),
        by: step?.by ?? staffMember.id,
      };
    },
    // This step's own record: another step saved meanwhile never clashes with it.
    part: (stored) => stored[FIELD[act]] ?? null,
    resolver: schemaResolver(MembershipAccessFormSchema, {
      toInput: (values) => withAct(membership, act, values),
      fieldOf: fieldFor(act),
    }),
    save: (access, { expectedRevision }) => {
      const { id } = membership;
      if (act === 'form') return recordAccessForm(ctx, id, expectedRevision, access.accessForm!);
      if (act === 'grant') return grantAccess(ctx, id, expectedRevision, access.accessGranted!);
      return revokeAccess(ctx, id, expectedRevision, access.accessRevoked!);
    },
    onSaved: onDone,
    fieldLabels: { [FIELD[act]]: TITLE[act] },
    errors: { fieldOf: fieldFor(act) },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

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
      stored={stored}
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
            <DateInput {...register('signedOn')} />
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
            <DateInput {...register('on')} />
          </Field>
          <Field label={act === 'grant' ? 'Granted by' : 'Revoked by'} error={errors.by?.message} required>
            <StaffSelect staff={staff} keep={current?.by} {...register('by')} />
          </Field>
        </div>
      )}
    </InlineForm>
  );
}
