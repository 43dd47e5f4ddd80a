/** The data owner's authorisation reference: their written go-ahead to destroy the data. */
import {
  PrintedAuthorisationSchema,
  type ClosureForm,
  type ClosureRecord,
} from '../../../../../shared/domain';
import { Field } from '../../../../components/form/Field';
import { schemaResolver } from '../../../../components/form/schema-resolver';
import { StoredValuesContext } from '../../../../components/form/stored-values';
import { ClosureSection } from './ClosureSection';
import { useClosurePart } from './use-closure-part';
import { ClosureSaveActions } from './ClosureSaveActions';

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
  const section = useClosurePart<Values, Authorisation>({
    projectId,
    record,
    fields: { dataOwnerAuthorisationRef: 'Authorisation reference' },
    toValues: (stored) => ({ dataOwnerAuthorisationRef: stored?.dataOwnerAuthorisationRef ?? '' }),
    resolver: schemaResolver(PrintedAuthorisationSchema),
    toPart: (part) => ({ dataOwnerAuthorisationRef: part.dataOwnerAuthorisationRef }),
  });
  const { submit, failure, savedNote } = section;
  const {
    register,
    formState: { errors, isSubmitting },
  } = section.form;

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
          <StoredValuesContext.Provider value={section.stored}>
            <Field label="Authorisation reference" error={errors.dataOwnerAuthorisationRef?.message}>
              <input type="text" {...register('dataOwnerAuthorisationRef')} />
            </Field>
          </StoredValuesContext.Provider>
          {failure}
          <ClosureSaveActions label="Save reference" saving={isSubmitting} saved={Boolean(savedNote)} />
        </form>
      )}
    </ClosureSection>
  );
}
