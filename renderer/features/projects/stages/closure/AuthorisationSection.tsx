/** The data owner's authorisation reference: their written go-ahead to destroy the data. */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ClosureFormSchema, type ClosureForm, type ClosureRecord } from '../../../../../shared/domain';
import { useWriteContext } from '../../../../app/current-staff';
import { useDirtyForm } from '../../../../components/form/DirtyForms';
import { Field } from '../../../../components/form/Field';
import { reportSaveError } from '../../../../components/form/save-errors';
import { schemaResolver } from '../../../../components/form/schema-resolver';
import { ClosureSection } from './ClosureSection';
import { saveClosurePart } from './save-closure';

const AuthorisationSchema = ClosureFormSchema.pick({ dataOwnerAuthorisationRef: true });
type Authorisation = Pick<ClosureForm, 'dataOwnerAuthorisationRef'>;
type Values = { dataOwnerAuthorisationRef: string };

/** The authorisation section. */
export function AuthorisationSection({
  projectId,
  record,
  readOnly,
}: {
  projectId: string;
  record: ClosureRecord | undefined;
  readOnly: boolean;
}) {
  const ctx = useWriteContext();
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isDirty, isSubmitting },
  } = useForm<Values, unknown, Authorisation>({
    resolver: schemaResolver(AuthorisationSchema),
    defaultValues: { dataOwnerAuthorisationRef: record?.dataOwnerAuthorisationRef ?? '' },
  });
  useDirtyForm(isDirty);

  const submit = handleSubmit(async (part) => {
    setFailure(null);
    setSaved(false);
    try {
      const stored = await saveClosurePart(ctx, projectId, record, {
        dataOwnerAuthorisationRef: part.dataOwnerAuthorisationRef,
      });
      reset({ dataOwnerAuthorisationRef: stored.dataOwnerAuthorisationRef ?? '' });
      setSaved(true);
    } catch (error) {
      setFailure(reportSaveError(error, setError));
    }
  });

  const stored = record?.dataOwnerAuthorisationRef;
  return (
    <ClosureSection
      id="closure-authorisation"
      number={5}
      title="Data owner’s authorisation"
      intro="The reference of the data owner’s written authorisation to destroy the data (e.g. from NHS England)."
      done={stored !== undefined}
    >
      {readOnly ? (
        <p>{stored ?? 'Not recorded.'}</p>
      ) : (
        <form
          onSubmit={submit}
          noValidate
          aria-labelledby="closure-authorisation-heading"
          className="inline-row-form"
        >
          <Field label="Authorisation reference" error={errors.dataOwnerAuthorisationRef?.message}>
            <input type="text" {...register('dataOwnerAuthorisationRef')} />
          </Field>
          {failure && (
            <p role="alert" className="form-failure">
              {failure}
            </p>
          )}
          <div className="form-actions">
            <button type="submit" className="button" disabled={isSubmitting}>
              Save reference
            </button>
            <span role="status" className="saved-note">
              {saved && !isDirty ? 'Saved.' : ''}
            </span>
          </div>
        </form>
      )}
    </ClosureSection>
  );
}
