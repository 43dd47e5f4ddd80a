/**
 * The information-governance references: for each, the reference, or "not applicable" with the reason.
 * The text box that goes with the answer appears under it.
 */
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { IG_REFERENCE_LABELS } from '../../../../../shared/domain';
import { ChoiceFieldset } from '../../../../components/form/ChoiceFieldset';
import { Field } from '../../../../components/form/Field';
import { IG_KEYS, type OnboardingValues } from './onboarding-values';

/** The information-governance section. */
export function IgReferencesFields({ form }: { form: UseFormReturn<OnboardingValues> }) {
  const { register, control, formState } = form;
  const errors = formState.errors.igReferences;
  const values = useWatch({ control, name: 'igReferences' });
  return (
    <fieldset className="form-section">
      <legend>Information governance</legend>
      <p className="field-hint">For each approval, give its reference, or say why it does not apply.</p>
      <div className="ig-grid">
        {IG_KEYS.map((key) => {
          const label = IG_REFERENCE_LABELS[key];
          const choice = values[key]?.choice;
          const entryErrors = errors?.[key];
          return (
            <div key={key} className="ig-entry">
              <ChoiceFieldset legend={label} error={entryErrors?.choice?.message} className="inline-choices">
                <label className="choice">
                  <input type="radio" value="reference" {...register(`igReferences.${key}.choice`)} />
                  Reference
                </label>
                <label className="choice">
                  <input type="radio" value="not-applicable" {...register(`igReferences.${key}.choice`)} />
                  Not applicable
                </label>
              </ChoiceFieldset>
              {choice === 'reference' && (
                <Field label={`${label} reference`} error={entryErrors?.reference?.message}>
                  <input type="text" {...register(`igReferences.${key}.reference`)} />
                </Field>
              )}
              {choice === 'not-applicable' && (
                <Field label={`Why ${label} is not applicable`} error={entryErrors?.reason?.message}>
                  <input type="text" {...register(`igReferences.${key}.reason`)} />
                </Field>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
