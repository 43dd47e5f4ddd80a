/**
 * The onboarding form, completed with the lead researcher. It saves itself a moment after the officer stops
 * typing (like the members beside it, which save at once), as it stands, complete or not (only well-formed
 * values are checked, and a bad one is named at its field); "Check the form" marks every field the onboarding
 * gate still needs, so the officer sees under each field what the gate lists.
 */
import { useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import {
  onboardingFormReasons,
  PrintedOnboardingDraftSchema,
  validateOnboarding,
  type Application,
  type ConnectionType,
  type Project,
} from '../../../../../shared/domain';
import { useWriteContext } from '../../../../app/current-staff';
import { Field } from '../../../../components/form/Field';
import { useAutosave } from '../../../../components/form/use-autosave';
import { ValidationError } from '../../../../db/errors';
import { saveOnboardingDraft } from '../../../../db/repositories/projects';
import { issuesOf } from '../../../../db/write/validate';
import { PartForm } from '../../project/PartForm';
import { useProjectPartForm } from '../../project/use-project-form';
import { ApplicationsFields } from './ApplicationsFields';
import { ConnectionFields, PlannedDatesFields } from './ConnectionFields';
import { DatasetsFields } from './DatasetsFields';
import { IgReferencesFields } from './IgReferencesFields';
import { LeadResearcherField } from './LeadResearcherField';
import { MembersPanel } from './MembersPanel';
import {
  expandIssues,
  onboardingFieldPath,
  onboardingValues,
  toDraft,
  type OnboardingValues,
} from './onboarding-values';

/** Field paths the form can show an error at. */
const SHOWN =
  /^(leadResearcherId|dataController|plannedStart|plannedEnd|applicationIds|connectionTypeId|costCode|(datasets|requestedApplications)\.(root|\d+\.\w+)|igReferences\.\w+\.(choice|reference|reason))$/;
const shown = (path: string) => SHOWN.test(path);

/** The onboarding form and, beside it, the people who will need access. */
export function OnboardingForm({
  project,
  applications,
  connectionTypes,
}: {
  project: Project;
  applications: readonly Application[];
  connectionTypes: readonly ConnectionType[];
}) {
  const ctx = useWriteContext();
  const [check, setCheck] = useState<number | null>(null);
  const part = useProjectPartForm<OnboardingValues>({
    project,
    part: (p) => p.onboarding,
    toValues: onboardingValues,
    label: 'Onboarding form',
    save: async (values, revision) => {
      setCheck(null);
      const { draft, ...rows } = toDraft(values);
      const onForm = (error: ValidationError) =>
        new ValidationError(
          error.issues.map((issue) => ({ ...issue, path: onboardingFieldPath(issue.path, rows) })),
        );
      const parsed = PrintedOnboardingDraftSchema.safeParse(draft);
      if (!parsed.success) throw onForm(new ValidationError(issuesOf(parsed.error)));
      try {
        return await saveOnboardingDraft(ctx, project.id, revision, draft);
      } catch (error) {
        throw error instanceof ValidationError ? onForm(error) : error;
      }
    },
    fieldPaths: shown,
    fields: { onboarding: 'Onboarding form' },
  });
  const { form, submit, failure, stored, savedNote } = part;
  const autosave = useAutosave(part);

  const checkForm = () => {
    form.clearErrors();
    const { draft, ...rows } = toDraft(form.getValues());
    const issues = expandIssues(validateOnboarding(draft, connectionTypes));
    for (const issue of issues) {
      const path = onboardingFieldPath(issue.path, rows);
      if (shown(path)) form.setError(path as never, { message: issue.message });
    }
    // The count is what the gate lists (one line per problem), not the number of fields marked.
    setCheck(onboardingFormReasons(draft, connectionTypes).length);
  };

  const { errors, isSubmitting } = form.formState;
  const leadId = useWatch({ control: form.control, name: 'leadResearcherId' });
  return (
    <>
      <PartForm
        id="onboarding-heading"
        title="Onboarding form"
        intro={
          <p className="muted">
            Complete it with the lead researcher. It saves itself as you go, complete or not; the gate lists
            what is still needed before the project can move on to Set Up.
          </p>
        }
        onSubmit={submit}
        submitting={isSubmitting}
        autosave={autosave}
        extraActions={
          <button type="button" className="button secondary" onClick={checkForm}>
            Check the form
          </button>
        }
        failure={failure}
        stored={stored}
        savedNote={savedNote}
      >
        <fieldset className="form-section">
          <legend>Lead researcher and data controller</legend>
          <Controller
            control={form.control}
            name="leadResearcherId"
            render={({ field, fieldState }) => (
              <LeadResearcherField
                project={project}
                value={field.value}
                onChange={field.onChange}
                error={fieldState.error?.message}
              />
            )}
          />
          <div className="form-grid">
            <div className="span-2">
              <Field
                label="Data controller"
                hint="The organisation that decides why and how the data are processed."
                error={errors.dataController?.message}
              >
                <input type="text" {...form.register('dataController')} />
              </Field>
            </div>
          </div>
        </fieldset>
        <DatasetsFields form={form} />
        <IgReferencesFields form={form} />
        <PlannedDatesFields form={form} />
        <ApplicationsFields form={form} applications={applications} />
        <ConnectionFields form={form} connectionTypes={connectionTypes} />
        {check !== null && (
          <p role="status" className={check === 0 ? 'check-ok' : 'check-todo'}>
            {check === 0
              ? 'The form is complete. Check the gate for the members.'
              : `${check} thing${check === 1 ? '' : 's'} still to complete: see the messages under the fields.`}
          </p>
        )}
      </PartForm>
      <MembersPanel project={project} leadId={leadId || project.onboarding.leadResearcherId} editable />
    </>
  );
}
