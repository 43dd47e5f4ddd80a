/**
 * The destruction section as the officer sees it, with no I/O: the recorded facts when read-only, otherwise
 * the form — the date, the NIST SP 800-88 method (Clear, Purge or Destroy, each explained in a line), the
 * technique and tool, how it was verified, and who performed and who witnessed it — with each field's error
 * and what the last save did. `DestructionSection` fills the form from the record and saves it.
 */
import type { BaseSyntheticEvent, ReactNode } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { DESTRUCTION_METHODS, type Destruction, type DestructionMethod } from '../../../../../shared/domain';
import { DateInput } from '../../../../components/form/DateInput';
import { Field } from '../../../../components/form/Field';
import { StoredValuesContext, type StoredValues } from '../../../../components/form/stored-values';
import { ClosureSection } from './ClosureSection';
import { DestructionFacts } from './DestructionFacts';
import { ClosureSaveActions } from './ClosureSaveActions';

/** What each NIST SP 800-88 method means, in one line. */
export const METHOD_EXPLANATION: Record<DestructionMethod, string> = {
  Clear:
    'Overwrite the data in place with standard read/write commands, so it cannot be recovered with ordinary tools.',
  Purge:
    'Make recovery infeasible even with laboratory techniques, e.g. cryptographic erase or the drive’s sanitize command.',
  Destroy: 'Physically destroy the media (shred, disintegrate, incinerate) so it can never be used again.',
};

/** The destruction form's fields, as typed ('' where nothing is typed yet). */
export type DestructionValues = {
  date: string;
  method: DestructionMethod | '';
  technique: string;
  tool: string;
  verification: string;
  performedBy: { name: string; role: string };
  witnessedBy: { name: string; role: string };
  backupsOverwrittenBy: string;
};

/** What the view shows and where a submit goes. */
export interface DestructionViewProps {
  /** The destruction as stored (undefined: not recorded yet). */
  destruction: Destruction | undefined;
  readOnly: boolean;
  /** The form over the fields (its errors and whether it is submitting are shown). */
  form: UseFormReturn<DestructionValues, unknown, Destruction>;
  onSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
  /** Why the last save did not happen (null after a save). */
  failure: ReactNode;
  /** The stored values beside the typed ones, after "Keep what I typed". */
  storedValues: StoredValues | undefined;
  /** The last save succeeded and nothing has changed since. */
  savedNote: boolean;
}

/** The destruction section's view. */
export function DestructionView({
  destruction,
  readOnly,
  form,
  onSubmit,
  failure,
  storedValues,
  savedNote,
}: DestructionViewProps) {
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  return (
    <ClosureSection
      id="closure-destruction"
      number={4}
      title="Data destroyed"
      intro="Record the destruction once it is done; every field is needed, as it is printed on the certificate."
      done={destruction !== undefined}
    >
      {readOnly ? (
        destruction ? (
          <DestructionFacts destruction={destruction} />
        ) : (
          <p>Not recorded.</p>
        )
      ) : (
        <form onSubmit={onSubmit} noValidate aria-labelledby="closure-destruction-heading">
          <StoredValuesContext.Provider value={storedValues}>
            <div className="form-grid">
              <Field label="Date of destruction" error={errors.date?.message} required>
                <DateInput {...register('date')} />
              </Field>
              <Field
                label="Backups overwritten by"
                error={errors.backupsOverwrittenBy?.message}
                hint="The day the backup rotation overwrites the last copy of the data."
              >
                <DateInput {...register('backupsOverwrittenBy')} />
              </Field>
            </div>
            <fieldset
              className="fieldset-group"
              aria-describedby={errors.method ? 'destruction-method-error' : undefined}
            >
              <legend>Method (NIST SP 800-88)</legend>
              <ul className="choice-list">
                {DESTRUCTION_METHODS.map((method) => (
                  <li key={method}>
                    <label>
                      <input type="radio" value={method} {...register('method')} />
                      <span className="choice-text">
                        <span>{method}</span>
                        <span className="choice-hint">{METHOD_EXPLANATION[method]}</span>
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
              {errors.method && (
                <p id="destruction-method-error" className="field-error">
                  {errors.method.message}
                </p>
              )}
            </fieldset>
            <div className="form-grid">
              <Field
                label="Technique"
                error={errors.technique?.message}
                required
                hint="e.g. Cryptographic erase"
              >
                <input type="text" {...register('technique')} />
              </Field>
              <Field
                label="Tool"
                error={errors.tool?.message}
                required
                hint="Name and version, e.g. VeraCrypt 1.26"
              >
                <input type="text" {...register('tool')} />
              </Field>
              <div className="field-wide">
                <Field
                  label="Verification"
                  error={errors.verification?.message}
                  required
                  hint="How you confirmed the data is gone, e.g. a sample read-back found no data."
                >
                  <textarea rows={2} {...register('verification')} />
                </Field>
              </div>
            </div>
            <fieldset className="fieldset-group">
              <legend>Performed by</legend>
              <div className="form-grid">
                <Field label="Name (performed by)" error={errors.performedBy?.name?.message} required>
                  <input type="text" {...register('performedBy.name')} />
                </Field>
                <Field label="Role (performed by)" error={errors.performedBy?.role?.message} required>
                  <input type="text" {...register('performedBy.role')} />
                </Field>
              </div>
            </fieldset>
            <fieldset className="fieldset-group">
              <legend>Witnessed by</legend>
              <div className="form-grid">
                <Field
                  label="Name (witnessed by)"
                  error={errors.witnessedBy?.name?.message}
                  required
                  hint="Someone other than the person who destroyed the data."
                >
                  <input type="text" {...register('witnessedBy.name')} />
                </Field>
                <Field label="Role (witnessed by)" error={errors.witnessedBy?.role?.message} required>
                  <input type="text" {...register('witnessedBy.role')} />
                </Field>
              </div>
            </fieldset>
            {failure}
            <ClosureSaveActions
              label="Save destruction details"
              saving={isSubmitting}
              saved={Boolean(savedNote)}
            />
          </StoredValuesContext.Provider>
        </form>
      )}
    </ClosureSection>
  );
}
