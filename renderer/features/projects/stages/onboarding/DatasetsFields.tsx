/** The datasets the project brings into the DSH: repeatable rows of name, provider, classification, tier, size. */
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import {
  DATASET_CLASSIFICATIONS,
  DatasetSchema,
  isRequiredField,
  type DatasetClassification,
} from '../../../../../shared/domain';
import { Field } from '../../../../components/form/Field';
import { emptyDataset, type OnboardingValues } from './onboarding-values';

const CLASSIFICATIONS: Record<DatasetClassification, string> = {
  identifiable: 'Identifiable',
  pseudonymised: 'Pseudonymised',
  anonymised: 'Anonymised',
};

/** Which fields of a dataset the onboarding gate needs: read from the gate's own schema. */
const NEEDED = Object.fromEntries(
  (['name', 'provider', 'classification', 'tier', 'approxSize'] as const).map((key) => [
    key,
    isRequiredField(DatasetSchema, key),
  ]),
) as Record<'name' | 'provider' | 'classification' | 'tier' | 'approxSize', boolean>;

/** Tiers 0 (open) to 4 (most sensitive). */
const TIERS = ['0', '1', '2', '3', '4'];

/** The datasets section. */
export function DatasetsFields({ form }: { form: UseFormReturn<OnboardingValues> }) {
  const { control, register, formState } = form;
  const { fields, append, remove } = useFieldArray({ control, name: 'datasets' });
  const errors = formState.errors.datasets;
  return (
    <fieldset className="form-section">
      <legend>Datasets</legend>
      <p className="field-hint">Every dataset the project will bring into the DSH. At least one is needed.</p>
      {fields.length === 0 && <p className="muted">No datasets yet.</p>}
      <ol className="repeat-rows">
        {fields.map((field, index) => {
          const rowErrors = errors?.[index];
          return (
            <li key={field.id} className="repeat-row">
              <div role="group" aria-labelledby={`${field.id}-title`}>
                <div className="repeat-row-header">
                  <h3 id={`${field.id}-title`}>Dataset {index + 1}</h3>
                  <button type="button" className="button secondary small" onClick={() => remove(index)}>
                    Remove<span className="visually-hidden"> dataset {index + 1}</span>
                  </button>
                </div>
                <div className="dataset-grid">
                  <div className="dataset-name">
                    <Field label="Name" error={rowErrors?.name?.message} required={NEEDED.name}>
                      <input type="text" {...register(`datasets.${index}.name`)} />
                    </Field>
                  </div>
                  <div className="dataset-provider">
                    <Field label="Provider" error={rowErrors?.provider?.message} required={NEEDED.provider}>
                      <input type="text" {...register(`datasets.${index}.provider`)} />
                    </Field>
                  </div>
                  <Field
                    label="Classification"
                    error={rowErrors?.classification?.message}
                    required={NEEDED.classification}
                  >
                    <select {...register(`datasets.${index}.classification`)}>
                      <option value="">Choose…</option>
                      {DATASET_CLASSIFICATIONS.map((classification) => (
                        <option key={classification} value={classification}>
                          {CLASSIFICATIONS[classification]}
                        </option>
                      ))}
                    </select>
                  </Field>
                  <Field label="Tier" error={rowErrors?.tier?.message} required={NEEDED.tier}>
                    <select {...register(`datasets.${index}.tier`)}>
                      <option value="">Choose…</option>
                      {TIERS.map((tier) => (
                        <option key={tier} value={tier}>
                          Tier {tier}
                        </option>
                      ))}
                    </select>
                  </Field>
                  <Field
                    label="Approximate size"
                    error={rowErrors?.approxSize?.message}
                    required={NEEDED.approxSize}
                  >
                    <input
                      type="text"
                      placeholder="e.g. 40 GB"
                      {...register(`datasets.${index}.approxSize`)}
                    />
                  </Field>
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      {errors?.root?.message && <p className="field-error">{errors.root.message}</p>}
      <button type="button" className="button secondary" onClick={() => append(emptyDataset())}>
        Add a dataset
      </button>
    </fieldset>
  );
}
