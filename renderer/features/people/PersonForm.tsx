/** Adding a researcher, or editing one's details; an e-mail address already recorded is refused by name. */
import type { UseFormRegisterReturn } from 'react-hook-form';
import {
  PrintedPersonFormSchema,
  type Person,
  type PersonForm as PersonValues,
} from '../../../shared/domain';
import { useWriteContext } from '../../app/current-staff';
import { Field } from '../../components/form/Field';
import { InlineForm } from '../../components/form/InlineForm';
import { schemaResolver } from '../../components/form/schema-resolver';
import { useRecordForm } from '../../components/form/use-record-form';
import { addPerson, updatePerson } from '../../db/repositories/people';

/** What the person fields hold (text, as typed). */
export type PersonValuesText = Record<keyof PersonValues, string>;
type Values = PersonValuesText;

/** The fields of a person, or empty ones. */
export function personValues(person?: Person | undefined): Values {
  return {
    name: person?.name ?? '',
    email: person?.email ?? '',
    organisation: person?.organisation ?? '',
    department: person?.department ?? '',
    phone: person?.phone ?? '',
  };
}

/** A person field's registration, from whichever form holds the person fields. */
type Registration = UseFormRegisterReturn;

/** The person fields, for any form that records a person (also inside the change request form). */
export function PersonFields({
  field,
  errorOf,
}: {
  field: (name: keyof PersonValues) => Registration;
  errorOf: (name: keyof PersonValues) => string | undefined;
}) {
  return (
    <div className="form-grid">
      <Field
        label="Full name"
        error={errorOf('name')}
        required
        hint="As the person writes it, with any title."
      >
        <input type="text" autoComplete="off" {...field('name')} />
      </Field>
      <Field label="E-mail address" error={errorOf('email')} required>
        <input type="email" autoComplete="off" {...field('email')} />
      </Field>
      <Field label="Organisation" error={errorOf('organisation')} required>
        <input type="text" {...field('organisation')} />
      </Field>
      <Field label="Department" error={errorOf('department')}>
        <input type="text" {...field('department')} />
      </Field>
      <Field label="Phone number" error={errorOf('phone')}>
        <input type="tel" {...field('phone')} />
      </Field>
    </div>
  );
}

/** What the officer calls each field of a person (for "Phone number changed by …"). */
export const PERSON_FIELDS = {
  name: 'Full name',
  email: 'E-mail address',
  organisation: 'Organisation',
  department: 'Department',
  phone: 'Phone number',
} as const;

/** The add / edit form, shown in place. */
export function PersonForm({
  person,
  onDone,
}: {
  /** The person to edit, as stored now; absent to add one. */
  person?: Person;
  onDone: (saved?: Person) => void;
}) {
  const ctx = useWriteContext();
  const { register, errors, inlineForm } = useRecordForm<Person, Values, PersonValues>({
    record: person,
    entity: 'person',
    toValues: personValues,
    resolver: schemaResolver(PrintedPersonFormSchema),
    save: (values, { expectedRevision }) =>
      person ? updatePerson(ctx, person.id, expectedRevision, values) : addPerson(ctx, values),
    // Saved: the page may move on to the person at once (the hook has released the page's guard).
    onSaved: (saved) => onDone(saved),
    fieldLabels: PERSON_FIELDS,
    errors: { duplicateField: 'email' },
  });
  return (
    <InlineForm
      {...inlineForm}
      title={person ? `Edit the details of ${person.name}` : 'Add a person'}
      description={
        person
          ? undefined
          : 'A researcher the DSH keeps records about. Each e-mail address can be recorded once.'
      }
      submitLabel={person ? 'Save changes' : 'Add person'}
      onCancel={() => onDone()}
      level={person ? 3 : 2}
    >
      <PersonFields field={(name) => register(name)} errorOf={(name) => errors[name]?.message} />
    </InlineForm>
  );
}
