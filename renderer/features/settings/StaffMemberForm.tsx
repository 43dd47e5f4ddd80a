/** Adding a member of the DSH team, or editing one (name, e-mail, role, still in the team). */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import {
  StaffMemberFormSchema,
  type StaffMember,
  type StaffMemberForm as StaffValues,
} from '../../../shared/domain';
import { useWriteContext } from '../../app/current-staff';
import { useDirtyForm } from '../../components/form/DirtyForms';
import { Field } from '../../components/form/Field';
import { InlineForm } from '../../components/form/InlineForm';
import { reportSaveError } from '../../components/form/save-errors';
import { schemaResolver } from '../../components/form/schema-resolver';
import { addStaffMember, updateStaffMember } from '../../db/repositories/staff';

type Values = { name: string; email: string; role: StaffValues['role']; active: boolean };

/** The form, shown in place. */
export function StaffMemberForm({
  member,
  isCurrentUser = false,
  onDone,
}: {
  member?: StaffMember;
  isCurrentUser?: boolean;
  onDone: (saved?: StaffMember) => void;
}) {
  const ctx = useWriteContext();
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isDirty, isSubmitting },
  } = useForm<Values, unknown, StaffValues>({
    resolver: schemaResolver(StaffMemberFormSchema),
    defaultValues: {
      name: member?.name ?? '',
      email: member?.email ?? '',
      role: member?.role ?? 'officer',
      active: member?.active ?? true,
    },
  });
  useDirtyForm(isDirty);

  const submit = handleSubmit(async (form) => {
    setFailure(null);
    try {
      onDone(
        member
          ? await updateStaffMember(ctx, member.id, member.revision, form)
          : await addStaffMember(ctx, form),
      );
    } catch (error) {
      setFailure(reportSaveError(error, setError, { duplicateField: 'email' }));
    }
  });

  return (
    <InlineForm
      title={member ? `Edit ${member.name}` : 'Add a staff member'}
      onSubmit={submit}
      failure={failure}
      submitLabel={member ? 'Save changes' : 'Add staff member'}
      submitting={isSubmitting}
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
