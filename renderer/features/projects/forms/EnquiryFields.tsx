/** The fields of an enquiry (working title, date received, contact, description, data sources). */
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import type { EnquiryForm } from '../../../../shared/domain';
import { Field } from '../../../components/form/Field';
import { DateInput } from '../../../components/form/DateInput';

/** The enquiry form's values as the inputs hold them. */
export type EnquiryValues = EnquiryForm;

/** The fields the form shows, by path (for placing a repository's field issues). */
export const ENQUIRY_PATHS: ReadonlySet<string> = new Set([
  'title',
  'receivedOn',
  'contact.name',
  'contact.email',
  'contact.organisation',
  'contact.department',
  'description',
  'dataSourcesHinted',
]);

/** An empty enquiry received on `today`. */
export function emptyEnquiry(today: string): EnquiryValues {
  return {
    title: '',
    receivedOn: today,
    contact: { name: '', email: '', organisation: '', department: '' },
    description: '',
    dataSourcesHinted: '',
  };
}

/** The enquiry's fields, laid out in the sections an officer fills them in. */
export function EnquiryFields({
  register,
  errors,
}: {
  register: UseFormRegister<EnquiryValues>;
  errors: FieldErrors<EnquiryValues>;
}) {
  return (
    <>
      <div className="form-grid">
        <div className="span-2">
          <Field label="Working title" error={errors.title?.message} required>
            <input type="text" {...register('title')} />
          </Field>
        </div>
        <Field label="Date received" error={errors.receivedOn?.message} required>
          <DateInput {...register('receivedOn')} />
        </Field>
      </div>
      <fieldset className="form-section">
        <legend>Contact</legend>
        <div className="form-grid two-columns">
          <Field label="Contact name" error={errors.contact?.name?.message} required>
            <input type="text" autoComplete="off" {...register('contact.name')} />
          </Field>
          <Field label="Contact e-mail address" error={errors.contact?.email?.message} required>
            <input type="email" autoComplete="off" {...register('contact.email')} />
          </Field>
          <Field label="Organisation" error={errors.contact?.organisation?.message} required>
            <input type="text" {...register('contact.organisation')} />
          </Field>
          <Field label="Department" error={errors.contact?.department?.message}>
            <input type="text" {...register('contact.department')} />
          </Field>
        </div>
      </fieldset>
      <Field label="Brief description" error={errors.description?.message} required>
        <textarea rows={4} {...register('description')} />
      </Field>
      <Field
        label="Data sources hinted"
        hint="The datasets the researcher mentioned, if any (e.g. Hospital Episode Statistics)."
        error={errors.dataSourcesHinted?.message}
      >
        <textarea rows={2} {...register('dataSourcesHinted')} />
      </Field>
    </>
  );
}
