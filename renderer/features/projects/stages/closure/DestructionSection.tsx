/**
 * The destruction of the data: when, the NIST SP 800-88 method (Clear, Purge or Destroy, each explained in
 * a line), the technique and tool, how it was verified, and who performed and who witnessed it.
 */
import { formatShortDate } from '../../../../../shared/dates';
import {
  DESTRUCTION_METHODS,
  PrintedDestructionFormSchema,
  type ClosureRecord,
  type Destruction,
  type DestructionMethod,
} from '../../../../../shared/domain';
import { useCurrentStaff } from '../../../../app/current-staff';
import { Field } from '../../../../components/form/Field';
import { schemaResolver } from '../../../../components/form/schema-resolver';
import { StoredValuesContext } from '../../../../components/form/stored-values';
import { ClosureSection } from './ClosureSection';
import { useClosurePart } from './use-closure-part';
import { DateInput } from '../../../../components/form/DateInput';

/** What each NIST SP 800-88 method means, in one line. */
export const METHOD_EXPLANATION: Record<DestructionMethod, string> = {
  Clear:
    'Overwrite the data in place with standard read/write commands, so it cannot be recovered with ordinary tools.',
  Purge:
    'Make recovery infeasible even with laboratory techniques, e.g. cryptographic erase or the drive’s sanitize command.',
  Destroy: 'Physically destroy the media (shred, disintegrate, incinerate) so it can never be used again.',
};

type Values = {
  date: string;
  method: DestructionMethod | '';
  technique: string;
  tool: string;
  verification: string;
  performedBy: { name: string; role: string };
  witnessedBy: { name: string; role: string };
  backupsOverwrittenBy: string;
};

/** The destruction section. */
export function DestructionSection({
  projectId,
  record,
  readOnly,
}: {
  projectId: string;
  record: ClosureRecord | undefined;
  readOnly: boolean;
}) {
  const { staffMember } = useCurrentStaff();
  const stored = record?.destruction;
  const valuesOf = (destruction: Destruction | undefined): Values => ({
    date: destruction?.date ?? '',
    method: destruction?.method ?? '',
    technique: destruction?.technique ?? '',
    tool: destruction?.tool ?? '',
    verification: destruction?.verification ?? '',
    performedBy: destruction?.performedBy ?? {
      name: staffMember.name,
      role: staffMember.role === 'manager' ? 'DSH manager' : 'DSH officer',
    },
    witnessedBy: destruction?.witnessedBy ?? { name: '', role: '' },
    backupsOverwrittenBy: destruction?.backupsOverwrittenBy ?? '',
  });
  const section = useClosurePart<Values, Destruction>({
    projectId,
    record,
    fields: { destruction: 'Data destruction' },
    toValues: (checklist) => valuesOf(checklist?.destruction),
    resolver: schemaResolver(PrintedDestructionFormSchema),
    toPart: (destruction) => ({ destruction }),
    errors: {
      fieldOf: (path) => (path.startsWith('destruction.') ? path.slice('destruction.'.length) : undefined),
    },
  });
  const { submit, failure, savedNote } = section;
  const {
    register,
    formState: { errors, isSubmitting },
  } = section.form;

  return (
    <ClosureSection
      id="closure-destruction"
      number={4}
      title="Data destroyed"
      intro="Record the destruction once it is done; every field is needed, as it is printed on the certificate."
      done={stored !== undefined}
    >
      {readOnly ? (
        stored ? (
          <dl className="facts">
            <dt>Date</dt>
            <dd>{formatShortDate(stored.date)}</dd>
            {stored.backupsOverwrittenBy && (
              <>
                <dt>Backups overwritten by</dt>
                <dd>{formatShortDate(stored.backupsOverwrittenBy)}</dd>
              </>
            )}
            <dt>Method</dt>
            <dd>{stored.method}</dd>
            <dt>Technique</dt>
            <dd>{stored.technique}</dd>
            <dt>Tool</dt>
            <dd>{stored.tool}</dd>
            <dt>Verification</dt>
            <dd>{stored.verification}</dd>
            <dt>Performed by</dt>
            <dd>
              {stored.performedBy.name}, {stored.performedBy.role}
            </dd>
            <dt>Witnessed by</dt>
            <dd>
              {stored.witnessedBy.name}, {stored.witnessedBy.role}
            </dd>
          </dl>
        ) : (
          <p>Not recorded.</p>
        )
      ) : (
        <form onSubmit={submit} noValidate aria-labelledby="closure-destruction-heading">
          <StoredValuesContext.Provider value={section.stored}>
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
            <div className="form-actions">
              <button type="submit" className="button" disabled={isSubmitting}>
                Save destruction details
              </button>
              <span role="status" className="saved-note">
                {savedNote ? 'Saved.' : ''}
              </span>
            </div>
          </StoredValuesContext.Provider>
        </form>
      )}
    </ClosureSection>
  );
}
