/**
 * Adding a researcher who is not recorded yet, inline (it may sit inside another form, so it is a group
 * with its own button, not a nested <form>; Enter in its fields adds the person).
 */
import { useId, type KeyboardEvent } from 'react';
import { PrintedPersonFormSchema, type Person, type PersonForm } from '../../../../../shared/domain';
import { useWriteContext } from '../../../../app/current-staff';
import { Field } from '../../../../components/form/Field';
import { addPerson } from '../../../../db/repositories/people';
import { schemaResolver } from '../../../../components/form/schema-resolver';
import { useRecordForm } from '../../../../components/form/use-record-form';

const PATHS: ReadonlySet<string> = new Set(['name', 'email', 'organisation', 'department', 'phone']);

/** The new-person fields; calls `onAdded` with the saved person. */
export function NewPersonForm({
  initial,
  onAdded,
  onCancel,
}: {
  initial?: Partial<PersonForm>;
  onAdded: (person: Person) => void;
  onCancel: () => void;
}) {
  const ctx = useWriteContext();
  const headingId = useId();
  // Half-typed details of a new person count as unsaved work on the project page: leaving asks first.
  const {
    form,
    submit: add,
    failure,
  } = useRecordForm<Person, PersonForm>({
    record: undefined,
    toValues: () => ({ name: '', email: '', organisation: '', department: '', phone: '', ...initial }),
    resolver: schemaResolver<PersonForm, PersonForm>(PrintedPersonFormSchema),
    save: (values) => addPerson(ctx, values),
    onSaved: (person) => person && onAdded(person),
    label: 'new person',
    errors: { fieldOf: (path) => (PATHS.has(path) ? path : undefined) },
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  const enterAdds = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT') {
      event.preventDefault();
      void add();
    }
  };
  return (
    <div role="group" aria-labelledby={headingId} className="inline-form" onKeyDown={enterAdds}>
      <h3 id={headingId} className="inline-form-title">
        New person
      </h3>
      <div className="form-grid">
        <Field
          label="Full name"
          error={errors.name?.message}
          hint="As they sign, e.g. Dr Anna Smith"
          required
        >
          <input type="text" autoComplete="off" autoFocus {...register('name')} />
        </Field>
        <Field label="E-mail address" error={errors.email?.message} required>
          <input type="email" autoComplete="off" {...register('email')} />
        </Field>
        <Field label="Organisation" error={errors.organisation?.message} required>
          <input type="text" {...register('organisation')} />
        </Field>
        <Field label="Department" error={errors.department?.message}>
          <input type="text" {...register('department')} />
        </Field>
        <Field label="Phone number" error={errors.phone?.message}>
          <input type="tel" {...register('phone')} />
        </Field>
      </div>
      {failure}
      <div className="form-actions">
        <button type="button" className="button" disabled={isSubmitting} onClick={() => void add()}>
          Add person
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
