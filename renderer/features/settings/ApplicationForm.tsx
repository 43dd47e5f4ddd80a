/** Adding an application to the catalogue, or editing one (name, version, description, offered or not). */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import {
  ApplicationFormSchema,
  type Application,
  type ApplicationForm as ApplicationValues,
} from '../../../shared/domain';
import { useWriteContext } from '../../app/current-staff';
import { useDirtyForm } from '../../components/form/DirtyForms';
import { Field } from '../../components/form/Field';
import { InlineForm } from '../../components/form/InlineForm';
import { reportSaveError } from '../../components/form/save-errors';
import { schemaResolver } from '../../components/form/schema-resolver';
import { addApplication, updateApplication } from '../../db/repositories/catalogues';

type Values = { name: string; version: string; description: string; active: boolean };

/** The form, shown in place. */
export function ApplicationForm({
  application,
  onDone,
}: {
  application?: Application;
  onDone: (saved?: Application) => void;
}) {
  const ctx = useWriteContext();
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isDirty, isSubmitting },
  } = useForm<Values, unknown, ApplicationValues>({
    resolver: schemaResolver(ApplicationFormSchema),
    defaultValues: {
      name: application?.name ?? '',
      version: application?.version ?? '',
      description: application?.description ?? '',
      active: application?.active ?? true,
    },
  });
  useDirtyForm(isDirty);

  const submit = handleSubmit(async (form) => {
    setFailure(null);
    try {
      onDone(
        application
          ? await updateApplication(ctx, application.id, application.revision, form)
          : await addApplication(ctx, form),
      );
    } catch (error) {
      setFailure(reportSaveError(error, setError));
    }
  });

  return (
    <InlineForm
      title={application ? `Edit ${application.name}` : 'Add an application'}
      onSubmit={submit}
      failure={failure}
      submitLabel={application ? 'Save changes' : 'Add application'}
      submitting={isSubmitting}
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
