/**
 * The change request form's fields, with no I/O: what is requested (a user or an application), then the
 * person (recorded, or new with their details) or the application (from the catalogue, or a new name), and
 * the date and note. `NewChangeRequestForm` reads the catalogue and saves.
 */
import { useController, useWatch, type UseFormReturn } from 'react-hook-form';
import type { Application } from '../../../../../shared/domain';
import { DateInput } from '../../../../components/form/DateInput';
import { Field } from '../../../../components/form/Field';
import { PersonPicker } from '../../../../components/people/PersonPicker';
import { PersonFields } from '../../../../components/people/PersonFields';
import type { ChangeRequestOutput, ChangeRequestValues } from './change-request-values';

interface ChangeRequestFieldsProps {
  form: UseFormReturn<ChangeRequestValues, unknown, ChangeRequestOutput>;
  /** The catalogue's applications still in use (undefined while read). */
  applications: readonly Application[] | undefined;
  /** People already on the project (they cannot be added again). */
  memberIds: readonly string[];
}

/** The fields of a new change request. */
export function ChangeRequestFields({ form, applications, memberIds }: ChangeRequestFieldsProps) {
  const {
    register,
    control,
    formState: { errors },
  } = form;
  const [kind, who, which] = useWatch({ control, name: ['kind', 'who', 'which'] });
  const { field: personField } = useController({ control, name: 'personId' });
  const unavailable = new Map(memberIds.map((id) => [id, 'already on this project']));
  return (
    <>
      <fieldset className="fieldset-group" aria-describedby={errors.kind ? 'change-kind-error' : undefined}>
        <legend>What is requested</legend>
        <ul className="choice-list">
          <li>
            <label>
              <input type="radio" value="add-user" {...register('kind')} />
              <span className="choice-text">
                <span>Add a user</span>
                <span className="choice-hint">A person who will need access to the project.</span>
              </span>
            </label>
          </li>
          <li>
            <label>
              <input type="radio" value="add-application" {...register('kind')} />
              <span className="choice-text">
                <span>Add an application</span>
                <span className="choice-hint">Software to install in the project’s environment.</span>
              </span>
            </label>
          </li>
        </ul>
        {errors.kind && (
          <p id="change-kind-error" className="field-error">
            {errors.kind.message}
          </p>
        )}
      </fieldset>

      {kind === 'add-user' && (
        <>
          <fieldset className="fieldset-group">
            <legend>The person</legend>
            <ul className="choice-list">
              <li>
                <label>
                  <input type="radio" value="recorded" {...register('who')} />
                  <span>A person already recorded in DSH Desk</span>
                </label>
              </li>
              <li>
                <label>
                  <input type="radio" value="new" {...register('who')} />
                  <span>A person not yet recorded: record them now</span>
                </label>
              </li>
            </ul>
          </fieldset>
          {who === 'recorded' ? (
            <PersonPicker
              legend="Choose the person"
              value={personField.value}
              onChange={personField.onChange}
              error={errors.personId?.message}
              unavailable={unavailable}
            />
          ) : (
            <fieldset className="fieldset-group">
              <legend>The new person</legend>
              <PersonFields
                field={(name) => register(`person.${name}`)}
                errorOf={(name) => errors.person?.[name]?.message}
              />
            </fieldset>
          )}
        </>
      )}

      {kind === 'add-application' && (
        <fieldset className="fieldset-group">
          <legend>The application</legend>
          <ul className="choice-list">
            <li>
              <label>
                <input type="radio" value="catalogue" {...register('which')} />
                <span>From the catalogue</span>
              </label>
            </li>
            <li>
              <label>
                <input type="radio" value="new" {...register('which')} />
                <span>Not in the catalogue yet</span>
              </label>
            </li>
          </ul>
          {which === 'catalogue' ? (
            <Field label="Application" error={errors.applicationId?.message} required>
              <select {...register('applicationId')}>
                <option value="">Choose an application</option>
                {applications?.map((app) => (
                  <option key={app.id} value={app.id}>
                    {app.name}
                    {app.version ? ` ${app.version}` : ''}
                  </option>
                ))}
              </select>
            </Field>
          ) : (
            <Field
              label="Name of the new application"
              error={errors.newApplicationName?.message}
              required
              hint="Add it to the catalogue in Settings once it is approved for the DSH."
            >
              <input type="text" {...register('newApplicationName')} />
            </Field>
          )}
        </fieldset>
      )}

      <div className="form-grid">
        <Field label="Date requested" error={errors.requestedOn?.message} required>
          <DateInput {...register('requestedOn')} />
        </Field>
        <Field label="Note" error={errors.note?.message} hint="Optional: who asked, and why.">
          <input type="text" {...register('note')} />
        </Field>
      </div>
    </>
  );
}
