/** The applications the project needs: ticked from the catalogue, or requested when the catalogue lacks one. */
import { Controller, useFieldArray, type UseFormReturn } from 'react-hook-form';
import type { Application } from '../../../../../shared/domain';
import { ChoiceFieldset } from '../../../../components/form/ChoiceFieldset';
import { Field } from '../../../../components/form/Field';
import type { OnboardingValues } from './onboarding-values';
import { Link } from 'react-router';
import { settingsSectionPath } from '../../../../app/go-to-section';

/** The applications section. */
export function ApplicationsFields({
  form,
  applications,
}: {
  form: UseFormReturn<OnboardingValues>;
  applications: readonly Application[];
}) {
  const { control, register, formState, getValues } = form;
  const { fields, append, remove } = useFieldArray({ control, name: 'requestedApplications' });
  const requestErrors = formState.errors.requestedApplications;
  const chosen = new Set(getValues('applicationIds'));
  // Active applications, and any already chosen that has since been retired.
  const offered = applications.filter((app) => app.active || chosen.has(app.id));
  return (
    <fieldset className="form-section">
      <legend>Applications</legend>
      <Controller
        control={control}
        name="applicationIds"
        render={({ field, fieldState }) => (
          <ChoiceFieldset
            legend="From the catalogue"
            hint="At least one application is needed: tick it here, or request a new one below."
            error={fieldState.error?.message}
            className="choice-columns"
          >
            {offered.length === 0 && (
              <p className="muted">
                The catalogue has no applications yet: add them in{' '}
                <Link to={settingsSectionPath('settings-applications')}>Settings, Application catalogue</Link>
                .
              </p>
            )}
            {offered.map((app) => (
              <label key={app.id} className="choice">
                <input
                  type="checkbox"
                  name={field.name}
                  value={app.id}
                  checked={field.value.includes(app.id)}
                  onBlur={field.onBlur}
                  onChange={(event) =>
                    field.onChange(
                      event.target.checked
                        ? [...field.value, app.id]
                        : field.value.filter((id) => id !== app.id),
                    )
                  }
                />
                {app.name}
                {app.version && <span className="muted small"> {app.version}</span>}
                {!app.active && <span className="muted small"> (retired)</span>}
              </label>
            ))}
          </ChoiceFieldset>
        )}
      />
      <h3 className="subsection-heading">Requests for new applications</h3>
      {fields.length === 0 && <p className="muted">None requested.</p>}
      <ol className="repeat-rows">
        {fields.map((field, index) => (
          <li key={field.id} className="repeat-row">
            <div role="group" aria-labelledby={`${field.id}-title`}>
              <div className="repeat-row-header">
                <h3 id={`${field.id}-title`}>Request {index + 1}</h3>
                <button type="button" className="button secondary small" onClick={() => remove(index)}>
                  Remove<span className="visually-hidden"> request {index + 1}</span>
                </button>
              </div>
              <div className="request-grid">
                <Field label="Application name" error={requestErrors?.[index]?.name?.message}>
                  <input type="text" {...register(`requestedApplications.${index}.name`)} />
                </Field>
                <Field
                  label="Note"
                  hint="Version, licence, why it is needed"
                  error={requestErrors?.[index]?.note?.message}
                >
                  <input type="text" {...register(`requestedApplications.${index}.note`)} />
                </Field>
              </div>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" className="button secondary" onClick={() => append({ name: '', note: '' })}>
        Request a new application
      </button>
    </fieldset>
  );
}
