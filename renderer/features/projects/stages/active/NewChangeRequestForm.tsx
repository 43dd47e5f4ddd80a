/**
 * Recording a change request of an active project: add a user (a recorded person, or a new one recorded
 * with the request) or add an application (from the catalogue, or one not in it yet).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useController, useWatch, type Resolver } from 'react-hook-form';
import { londonToday } from '../../../../../shared/dates';
import {
  ChangeRequestFormSchema,
  PersonFormSchema,
  type ChangeRequest,
  type ChangeRequestForm,
  type PersonForm,
} from '../../../../../shared/domain';
import { useApp } from '../../../../app/app-context';
import { useWriteContext } from '../../../../app/current-staff';
import { Field } from '../../../../components/form/Field';
import { InlineForm } from '../../../../components/form/InlineForm';
import { blankAsMissing, errorsFromIssues } from '../../../../components/form/schema-resolver';
import { useRecordForm } from '../../../../components/form/use-record-form';
import { listApplications } from '../../../../db/repositories/catalogues';
import { recordChangeRequest } from '../../../../db/repositories/change-requests';
import { requestNewUser } from '../../../../db/repositories/change-request-steps';
import { PersonFields, personValues, type PersonValuesText } from '../../../people/PersonForm';
import { PersonPicker } from '../../../../components/people/PersonPicker';
import { DateInput } from '../../../../components/form/DateInput';

interface Values {
  kind: 'add-user' | 'add-application' | '';
  who: 'recorded' | 'new';
  personId: string;
  person: PersonValuesText;
  which: 'catalogue' | 'new';
  applicationId: string;
  newApplicationName: string;
  requestedOn: string;
  note: string;
}

/** What a valid form saves: the request, and the new person when there is one. */
interface Output {
  request: ChangeRequestForm;
  person?: PersonForm;
}

function issues(
  result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } },
  prefix = '',
) {
  return (result.error?.issues ?? []).map((issue) => ({
    path: prefix + issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** Stands for a new person's id while the request is checked: they have none until saved. */
const NOT_YET_RECORDED = '00000000-0000-0000-0000-000000000000';

/** Checks the request with the shared schema (and the new person with the person schema). */
const resolver: Resolver<Values, unknown, Output> = (values) => {
  const newPerson = values.kind === 'add-user' && values.who === 'new';
  const request = blankAsMissing({
    kind: values.kind,
    personId: values.kind !== 'add-user' ? undefined : newPerson ? NOT_YET_RECORDED : values.personId,
    applicationId:
      values.kind === 'add-application' && values.which === 'catalogue' ? values.applicationId : undefined,
    newApplicationName:
      values.kind === 'add-application' && values.which === 'new' ? values.newApplicationName : undefined,
    requestedOn: values.requestedOn,
    note: values.note,
  });
  const checked = ChangeRequestFormSchema.safeParse(request);
  const person = newPerson ? PersonFormSchema.safeParse(blankAsMissing(values.person)) : undefined;
  const found = [...issues(checked), ...(person ? issues(person, 'person.') : [])];
  const fieldOf = (path: string) =>
    path === 'applicationId' && values.which === 'new' ? 'newApplicationName' : path;
  if (!checked.success || person?.success === false) {
    return { values: {}, errors: errorsFromIssues<Values>(found, fieldOf) };
  }
  return { values: { request: checked.data, ...(person ? { person: person.data } : {}) }, errors: {} };
};

/** The form, shown in place in the change requests panel. */
export function NewChangeRequestForm({
  projectId,
  memberIds,
  onDone,
}: {
  projectId: string;
  /** People already on the project (they cannot be added again). */
  memberIds: readonly string[];
  onDone: (saved: boolean) => void;
}) {
  const { db } = useApp();
  const ctx = useWriteContext();
  const applications = useLiveQuery(
    async () => (await listApplications(db)).filter((app) => app.active),
    [db],
  );
  const { form, submit, failure } = useRecordForm<ChangeRequest, Values, Output>({
    record: undefined,
    toValues: () => ({
      kind: '',
      who: 'recorded',
      personId: '',
      person: personValues(),
      which: 'catalogue',
      applicationId: '',
      newApplicationName: '',
      requestedOn: londonToday(),
      note: '',
    }),
    resolver,
    save: async ({ request, person }) => {
      if (!person) return recordChangeRequest(ctx, projectId, request);
      const { kind: _kind, personId: _personId, ...rest } = request;
      await requestNewUser(ctx, projectId, person, rest);
    },
    onSaved: () => onDone(true),
    // A new person's e-mail address already recorded: said beside it (a request for a recorded person has no
    // e-mail field, and no duplicate to name).
    errors: { duplicateField: 'person.email' },
  });
  const {
    register,
    control,
    formState: { errors, isSubmitting },
  } = form;
  const [kind, who, which] = useWatch({ control, name: ['kind', 'who', 'which'] });
  const { field: personField } = useController({ control, name: 'personId' });

  const unavailable = new Map(memberIds.map((id) => [id, 'already on this project']));
  return (
    <InlineForm
      title="New change request"
      description="Record what the lead researcher asked for. It is then approved or rejected, and marked done."
      onSubmit={submit}
      failure={failure}
      submitLabel="Record request"
      submitting={isSubmitting}
      onCancel={() => onDone(false)}
    >
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
    </InlineForm>
  );
}
