/**
 * Outputs extracted: each extract approved in line with the data agreements (what, approved by, when), and
 * the officer's confirmation that the list is complete, or that there were none.
 */
import { useFieldArray, useWatch } from 'react-hook-form';
import { formatShortDate } from '../../../../../shared/dates';
import { PrintedExtractsSchema, type ClosureForm, type ClosureRecord } from '../../../../../shared/domain';
import { Field } from '../../../../components/form/Field';
import { schemaResolver } from '../../../../components/form/schema-resolver';
import { StoredValuesContext } from '../../../../components/form/stored-values';
import { ClosureSection } from './ClosureSection';
import { useClosurePart } from './use-closure-part';
import { DateInput } from '../../../../components/form/DateInput';
import { ClosureSaveActions } from './ClosureSaveActions';

type Extracts = Pick<ClosureForm, 'extractsConfirmed' | 'extracts'>;
type Values = {
  extractsConfirmed: boolean;
  extracts: { description: string; approvedBy: string; approvedOn: string }[];
};

function valuesOf(record: ClosureRecord | undefined): Values {
  return { extractsConfirmed: record?.extractsConfirmed ?? false, extracts: record?.extracts ?? [] };
}

/** The extracts section. */
export function ExtractsSection({
  projectId,
  record,
  readOnly,
}: {
  projectId: string;
  record: ClosureRecord | undefined;
  readOnly: boolean;
}) {
  const section = useClosurePart<Values, Extracts>({
    projectId,
    record,
    fields: { extractsConfirmed: 'Outputs extracted confirmed', extracts: 'Approved extracts' },
    toValues: valuesOf,
    resolver: schemaResolver(PrintedExtractsSchema),
    toPart: (part) => part,
  });
  const { submit, failure, savedNote } = section;
  const {
    register,
    control,
    formState: { errors, isSubmitting },
  } = section.form;
  const { fields, append, remove } = useFieldArray({ control, name: 'extracts' });
  const extracts = useWatch({ control, name: 'extracts' });

  const none = extracts.length === 0;
  return (
    <ClosureSection
      id="closure-extracts"
      number={1}
      title="Outputs extracted"
      intro="Every output taken out of the DSH, each approved in line with the data agreements."
      done={record?.extractsConfirmed === true}
    >
      {readOnly ? (
        <>
          {(record?.extracts.length ?? 0) === 0 ? (
            <p>{record?.extractsConfirmed ? 'There were no extracts.' : 'No extracts recorded.'}</p>
          ) : (
            <ul>
              {record!.extracts.map((extract, i) => (
                <li key={i}>
                  {extract.description} — approved by {extract.approvedBy} on{' '}
                  {formatShortDate(extract.approvedOn)}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <form onSubmit={submit} noValidate aria-labelledby="closure-extracts-heading">
          <StoredValuesContext.Provider value={section.stored}>
            {fields.length === 0 && <p className="muted">No extracts recorded.</p>}
            {fields.map((field, i) => (
              <fieldset key={field.id} className="fieldset-group">
                <legend>Extract {i + 1}</legend>
                <div className="form-grid">
                  <Field label="Description" error={errors.extracts?.[i]?.description?.message} required>
                    <input type="text" {...register(`extracts.${i}.description`)} />
                  </Field>
                  <Field label="Approved by" error={errors.extracts?.[i]?.approvedBy?.message} required>
                    <input type="text" {...register(`extracts.${i}.approvedBy`)} />
                  </Field>
                  <Field label="Date approved" error={errors.extracts?.[i]?.approvedOn?.message} required>
                    <DateInput {...register(`extracts.${i}.approvedOn`)} />
                  </Field>
                </div>
                <button type="button" className="button-link" onClick={() => remove(i)}>
                  Remove extract {i + 1}
                </button>
              </fieldset>
            ))}
            <p>
              <button
                type="button"
                className="button secondary small"
                onClick={() => append({ description: '', approvedBy: '', approvedOn: '' })}
              >
                Add an extract
              </button>
            </p>
            <div className="checkbox-field">
              <input id="closure-extracts-confirmed" type="checkbox" {...register('extractsConfirmed')} />
              <label htmlFor="closure-extracts-confirmed">
                {none
                  ? 'Confirm there were no extracts: nothing left the DSH'
                  : 'Confirm this is every extract'}
                <span className="field-hint">Leave unticked while the list may still change.</span>
              </label>
            </div>
            {failure}
            <ClosureSaveActions label="Save extracts" saving={isSubmitting} saved={Boolean(savedNote)} />
          </StoredValuesContext.Provider>
        </form>
      )}
    </ClosureSection>
  );
}
