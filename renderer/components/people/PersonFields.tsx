/**
 * The fields of a person (name, e-mail, organisation, department, phone), for every form that records one:
 * adding or editing a person, and a change request that records a new user.
 */
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { Person, PersonForm as PersonValues } from '../../../shared/domain';
import { Field } from '../form/Field';

/** What the person fields hold (text, as typed). */
export type PersonValuesText = Record<keyof PersonValues, string>;

/** The fields of a person, or empty ones. */
export function personValues(person?: Person | undefined): PersonValuesText {
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
