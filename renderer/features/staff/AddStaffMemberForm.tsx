/** Adds the person at the keyboard to the DSH team and makes them the current user. */
import { PrintedStaffMemberFormSchema, type StaffMember, type StaffMemberForm } from '../../../shared/domain';
import { useApp } from '../../app/app-context';
import { Field } from '../../components/form/Field';
import { schemaResolver } from '../../components/form/schema-resolver';
import { useRecordForm } from '../../components/form/use-record-form';
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
  const { form, submit, failure } = useRecordForm<StaffMember, StaffMemberForm>({
    record: undefined,
    toValues: () => ({ name: '', email: '', role: 'officer', active: true }),
    resolver: schemaResolver(PrintedStaffMemberFormSchema),
    save: async (values) => {
      const { staffMember } = await enrolFirstStaffMember(db, osUserName, values);
      await onAdded(staffMember.id);
      return staffMember;
    },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

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
      {failure}
      <button type="submit" className={firstOfTeam ? 'button' : 'button secondary'} disabled={isSubmitting}>
        Add me and continue
      </button>
    </form>
  );
}
