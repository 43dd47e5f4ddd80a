/** Recording the suitability outcome of the initial discussion, with its reason and date. */
import { londonToday } from '../../../../../shared/dates';
import {
  SUITABILITY_OUTCOMES,
  SuitabilityFormSchema,
  type Project,
  type SuitabilityForm as Suitability,
  type SuitabilityOutcome,
} from '../../../../../shared/domain';
import { useWriteContext } from '../../../../app/current-staff';
import { ChoiceFieldset } from '../../../../components/form/ChoiceFieldset';
import { Field } from '../../../../components/form/Field';
import { recordSuitability } from '../../../../db/repositories/projects';
import { schemaResolver } from '../../../../components/form/schema-resolver';
import { PartForm } from '../../project/PartForm';
import { useProjectPartForm } from '../../project/use-project-form';

interface SuitabilityValues {
  outcome: SuitabilityOutcome | null;
  reason: string;
  decidedOn: string;
}

const PATHS: ReadonlySet<string> = new Set(['outcome', 'reason', 'decidedOn']);

/** The outcomes, as the officer reads them. */
export const OUTCOME_TEXT: Record<SuitabilityOutcome, { label: string; hint: string }> = {
  suitable: { label: 'Suitable', hint: 'The project can move on to Onboarding.' },
  'not-suitable': {
    label: 'Not suitable',
    hint: 'The enquiry ends as Declined: use “Decline…” beside the form, with the reason.',
  },
  'more-information-needed': {
    label: 'More information needed',
    hint: 'The enquiry waits here until the research team answers.',
  },
};

function toValues(project: Project): SuitabilityValues {
  const { suitability } = project;
  return suitability
    ? { ...suitability }
    : { outcome: null, reason: '', decidedOn: project.discussion?.heldOn ?? londonToday() };
}

/** The suitability outcome form. */
export function SuitabilityForm({ project }: { project: Project }) {
  const ctx = useWriteContext();
  const part = useProjectPartForm<SuitabilityValues, Suitability>({
    project,
    part: (p) => p.suitability ?? null,
    toValues,
    label: 'Suitability outcome',
    resolver: schemaResolver<SuitabilityValues, Suitability>(SuitabilityFormSchema),
    save: (values, revision) => recordSuitability(ctx, project.id, revision, values),
    fieldPaths: PATHS,
    fields: { suitability: 'Suitability outcome' },
  });
  const { submit, failure, stored, savedNote } = part;
  const { register, formState } = part.form;
  const { errors, isSubmitting } = formState;
  return (
    <PartForm
      id="suitability-heading"
      title="Suitability outcome"
      intro={project.suitability ? undefined : <p className="muted">Not recorded yet.</p>}
      onSubmit={submit}
      submitting={isSubmitting}
      saveLabel="Save outcome"
      failure={failure}
      stored={stored}
      savedNote={savedNote}
    >
      <ChoiceFieldset legend="Outcome" error={errors.outcome?.message} required>
        {SUITABILITY_OUTCOMES.map((outcome) => (
          <label key={outcome} className="choice choice-with-hint">
            <input type="radio" value={outcome} {...register('outcome')} />
            <span>
              {OUTCOME_TEXT[outcome].label}
              <span className="choice-hint">{OUTCOME_TEXT[outcome].hint}</span>
            </span>
          </label>
        ))}
      </ChoiceFieldset>
      <Field label="Reason" error={errors.reason?.message} required>
        <textarea rows={3} {...register('reason')} />
      </Field>
      <div className="form-grid">
        <Field label="Date of the decision" error={errors.decidedOn?.message} required>
          <input type="date" {...register('decidedOn')} />
        </Field>
      </div>
    </PartForm>
  );
}
