/** Recording the suitability outcome of the initial discussion, with its reason and date. */
import { londonToday } from '../../../../../shared/dates';
import {
  SUITABILITY_OUTCOMES,
  SuitabilityFormSchema,
  type Project,
  type SuitabilityForm as Suitability,
  type SuitabilityOutcome,
} from '../../../../../shared/domain';
import { useRef, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useWriteContext } from '../../../../app/current-staff';
import { ChoiceFieldset } from '../../../../components/form/ChoiceFieldset';
import { Field } from '../../../../components/form/Field';
import { recordSuitability } from '../../../../db/repositories/projects';
import { schemaResolver } from '../../../../components/form/schema-resolver';
import { NOT_SAVED_YET } from '../../../../components/form/use-record-form';
import { PartForm } from '../../project/PartForm';
import { useProjectPartForm } from '../../project/use-project-form';
import { DateInput } from '../../../../components/form/DateInput';

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
    hint: 'The enquiry ends as Declined, with this reason kept (you confirm first).',
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
  const confirmed = useRef(false);
  const [confirming, setConfirming] = useState(false);
  const part = useProjectPartForm<SuitabilityValues, Suitability>({
    project,
    part: (p) => p.suitability ?? null,
    toValues,
    label: 'Suitability outcome',
    resolver: schemaResolver<SuitabilityValues, Suitability>(SuitabilityFormSchema),
    // "Not suitable" ends an open enquiry: the first save only asks to confirm, the confirmed one records.
    save: async (values, revision) => {
      const ends = values.outcome === 'not-suitable' && project.status === 'open';
      if (ends && !confirmed.current) {
        setConfirming(true);
        return NOT_SAVED_YET;
      }
      confirmed.current = false;
      setConfirming(false);
      return recordSuitability(ctx, project.id, revision, values);
    },
    fieldPaths: PATHS,
    fields: { suitability: 'Suitability outcome' },
  });
  const { submit, failure, stored, savedNote } = part;
  const { register, formState } = part.form;
  const { errors, isSubmitting } = formState;
  const [outcome, reason] = useWatch({ control: part.form.control, name: ['outcome', 'reason'] });
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
          <DateInput {...register('decidedOn')} />
        </Field>
      </div>
      {confirming && outcome === 'not-suitable' && (
        <div role="group" aria-labelledby="decline-confirm-heading" className="confirm-step">
          <h3 id="decline-confirm-heading">Decline the enquiry?</h3>
          <p>
            “Not suitable” ends this enquiry as Declined, with the reason “{reason}” kept on the timeline and
            in the audit log. It cannot move again.
          </p>
          <div className="form-actions">
            <button
              type="button"
              className="button danger"
              onClick={() => {
                confirmed.current = true;
                void submit();
              }}
            >
              Decline the enquiry
            </button>
            <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </PartForm>
  );
}
