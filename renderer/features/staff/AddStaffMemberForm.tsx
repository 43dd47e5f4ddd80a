/** Adds the person at the keyboard to the DSH team and makes them the current user. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { StaffMemberFormSchema, type StaffMemberForm } from '../../../shared/domain';
import { useApp } from '../../app/app-context';
import { Field } from '../../components/form/Field';
import { enrolFirstStaffMember } from '../../db/repositories/staff';

/** The "add yourself" form of the chooser. */
export function AddStaffMemberForm({
  firstOfTeam,
  onAdded,
}: {
  firstOfTeam: boolean;
  onAdded: (id: string) => Promise<unknown>;
}) {
  const { db, osUserName } = useApp();
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<StaffMemberForm>({
    resolver: zodResolver(StaffMemberFormSchema),
    defaultValues: { name: '', email: '', role: 'officer', active: true },
  });

  const submit = handleSubmit(async (form) => {
    setFailure(null);
    try {
      const { staffMember } = await enrolFirstStaffMember(db, osUserName, form);
      await onAdded(staffMember.id);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  });

  return (
    <form onSubmit={submit} noValidate className="add-staff" aria-labelledby="add-staff-heading">
      <h2 id="add-staff-heading">
        {firstOfTeam ? 'You are the first: add yourself' : 'Not listed? Add yourself'}
      </h2>
      <Field label="Your name" error={errors.name?.message} required>
        <input type="text" autoComplete="name" {...register('name')} />
      </Field>
      <Field label="Work e-mail address" error={errors.email?.message} required>
        <input type="email" autoComplete="email" {...register('email')} />
      </Field>
      <Field label="Role" error={errors.role?.message} required>
        <select {...register('role')}>
          <option value="officer">DSH officer</option>
          <option value="manager">DSH manager</option>
        </select>
      </Field>
      {failure && (
        <p role="alert" className="form-failure">
          {failure}
        </p>
      )}
      <button type="submit" className={firstOfTeam ? 'button' : 'button secondary'} disabled={isSubmitting}>
        Add me and continue
      </button>
    </form>
  );
}
