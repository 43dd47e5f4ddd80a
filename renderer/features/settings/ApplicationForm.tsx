/** Adding an application to the catalogue, or editing one (name, version, description, offered or not). */
import {
  ApplicationFormSchema,
  type Application,
  type ApplicationForm as ApplicationValues,
} from '../../../shared/domain';
import { useWriteContext } from '../../app/current-staff';
import { Field } from '../../components/form/Field';
import { InlineForm } from '../../components/form/InlineForm';
import { schemaResolver } from '../../components/form/schema-resolver';
import { useRecordForm } from '../../components/form/use-record-form';
import { addApplication, updateApplication } from '../../db/repositories/catalogues';

type Values = { name: string; version: string; description: string; active: boolean };

const valuesOf = (application: Application | undefined): Values => ({
  name: application?.name ?? '',
  version: application?.version ?? '',
  description: application?.description ?? '',
  active: application?.active ?? true,
});

/** What the officer calls each field of an application. */
export const APPLICATION_FIELDS = {
  name: 'Application name',
  version: 'Version',
  description: 'Description',
  active: 'Offered to new projects',
};

/** The form, shown in place. */
export function ApplicationForm({
  application,
  onDone,
}: {
  application?: Application;
  onDone: (saved?: Application) => void;
}) {
  const ctx = useWriteContext();
  const { register, errors, inlineForm } = useRecordForm<Application, Values, ApplicationValues>({
    record: application,
    entity: 'application',
    toValues: valuesOf,
    resolver: schemaResolver(ApplicationFormSchema),
    save: (values, { expectedRevision }) =>
      application
        ? updateApplication(ctx, application.id, expectedRevision, values)
        : addApplication(ctx, values),
    onSaved: onDone,
    fieldLabels: APPLICATION_FIELDS,
  });
  return (
    <InlineForm
      {...inlineForm}
      title={application ? `Edit ${application.name}` : 'Add an application'}
      submitLabel={application ? 'Save changes' : 'Add application'}
      onCancel={() => onDone()}
    >
      <div className="form-grid">
        <Field label="Application name" error={errors.name?.message} required>
          <input type="text" {...register('name')} />
        </Field>
        <Field label="Version" error={errors.version?.message} hint="Optional, e.g. 2026.09">
          <input type="text" {...register('version')} />
        </Field>
        <div className="field-wide">
          <Field label="Description" error={errors.description?.message} hint="Optional: what it is for.">
            <textarea rows={2} {...register('description')} />
          </Field>
        </div>
      </div>
      <div className="checkbox-field">
        <input id="application-active" type="checkbox" {...register('active')} />
        <label htmlFor="application-active">
          Offered to new projects
          <span className="field-hint">Untick to stop offering it; projects that use it keep it.</span>
        </label>
      </div>
    </InlineForm>
  );
}
