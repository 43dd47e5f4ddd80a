/** Adding a member of the DSH team, or editing one (name, e-mail, role, still in the team). */
import {
  PrintedStaffMemberFormSchema,
  type StaffMember,
  type StaffMemberForm as StaffValues,
} from '../../../shared/domain';
import { useWriteContext } from '../../app/current-staff';
import { Field } from '../../components/form/Field';
import { InlineForm } from '../../components/form/InlineForm';
import { schemaResolver } from '../../components/form/schema-resolver';
import { useRecordForm } from '../../components/form/use-record-form';
import { addStaffMember, updateStaffMember } from '../../db/repositories/staff';

type Values = {
  name: string;
  email: string;
  role: StaffValues['role'];
  active: boolean;
  teamAccount: string;
};

const valuesOf = (member: StaffMember | undefined): Values => ({
  name: member?.name ?? '',
  email: member?.email ?? '',
  role: member?.role ?? 'officer',
  active: member?.active ?? true,
  teamAccount: member?.teamAccount ?? '',
});

/** What the officer calls each field of a staff member. */
export const STAFF_FIELDS = {
  name: 'Name',
  email: 'Work e-mail address',
  role: 'Role',
  active: 'Still in the team',
  teamAccount: 'Team account',
};

/** The form, shown in place. */
export function StaffMemberForm({
  member,
  isCurrentUser = false,
  onDone,
}: {
  /** The staff member as stored now; absent to add one. */
  member?: StaffMember;
  isCurrentUser?: boolean;
  onDone: (saved?: StaffMember) => void;
}) {
  const ctx = useWriteContext();
  const { register, errors, inlineForm } = useRecordForm<StaffMember, Values, StaffValues>({
    record: member,
    entity: 'staff-member',
    toValues: valuesOf,
    resolver: schemaResolver(PrintedStaffMemberFormSchema),
    save: (values, { expectedRevision }) =>
      member ? updateStaffMember(ctx, member.id, expectedRevision, values) : addStaffMember(ctx, values),
    onSaved: onDone,
    fieldLabels: STAFF_FIELDS,
    errors: { duplicateField: 'email' },
  });
  return (
    <InlineForm
      {...inlineForm}
      title={member ? `Edit ${member.name}` : 'Add a staff member'}
      submitLabel={member ? 'Save changes' : 'Add staff member'}
      onCancel={() => onDone()}
    >
      <div className="form-grid">
        <Field label="Name" error={errors.name?.message} required>
          <input type="text" {...register('name')} />
        </Field>
        <Field label="Work e-mail address" error={errors.email?.message} required>
          <input type="email" {...register('email')} />
        </Field>
        <Field label="Role" error={errors.role?.message} required>
          <select {...register('role')}>
            <option value="officer">DSH officer</option>
            <option value="manager">DSH manager</option>
          </select>
        </Field>
        <Field
          label="Team account"
          hint="The account they sign in to the team server with: the audit log shows their name for it."
          error={errors.teamAccount?.message}
        >
          <input type="text" autoComplete="off" {...register('teamAccount')} />
        </Field>
      </div>
      {member && !isCurrentUser && (
        <div className="checkbox-field">
          <input id="staff-active" type="checkbox" {...register('active')} />
          <label htmlFor="staff-active">
            Still in the team
            <span className="field-hint">
              Untick when they leave: their name stays on past records but they can no longer be chosen.
            </span>
          </label>
        </div>
      )}
    </InlineForm>
  );
}
