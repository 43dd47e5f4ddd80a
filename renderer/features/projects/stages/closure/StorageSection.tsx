/**
 * Every place the project's data was kept (primary storage, backups, removable media…), each checked by a
 * member of the team, with the date, once it holds nothing.
 */
import { useFieldArray } from 'react-hook-form';
import { formatShortDate, londonToday } from '../../../../../shared/dates';
import { storageKindLabel } from '../../../../../shared/documents/labels';
import {
  PrintedStorageSchema,
  STORAGE_KINDS,
  type ClosureForm,
  type ClosureRecord,
} from '../../../../../shared/domain';
import { useCurrentStaff } from '../../../../app/current-staff';
import { Field } from '../../../../components/form/Field';
import { schemaResolver } from '../../../../components/form/schema-resolver';
import { StoredValuesContext } from '../../../../components/form/stored-values';
import { StaffSelect, useStaff } from '../../../../components/form/StaffSelect';
import { ClosureSection } from './ClosureSection';
import { useClosurePart } from './use-closure-part';
import { DateInput } from '../../../../components/form/DateInput';
import { StorageMediaFields, type StorageValues } from './StorageMediaFields';
import { ClosureSaveActions } from './ClosureSaveActions';

type Storage = Pick<ClosureForm, 'storageLocations'>;
type Values = StorageValues;

function valuesOf(record: ClosureRecord | undefined): Values {
  return {
    storageLocations: (record?.storageLocations ?? []).map((location) => ({
      location: location.location,
      kind: location.kind,
      checkedBy: location.checkedBy ?? '',
      checkedOn: location.checkedOn ?? '',
      mediaType: location.mediaType ?? '',
      identifier: location.identifier ?? '',
      method: location.method ?? '',
      technique: location.technique ?? '',
      verification: location.verification ?? '',
      afterwards: location.afterwards ?? '',
    })),
  };
}

/** The storage locations section. */
export function StorageSection({
  projectId,
  record,
  readOnly,
}: {
  projectId: string;
  record: ClosureRecord | undefined;
  readOnly: boolean;
}) {
  const { staffMember } = useCurrentStaff();
  const { staff, nameOf } = useStaff();
  const section = useClosurePart<Values, Storage>({
    projectId,
    record,
    fields: { storageLocations: 'Storage locations' },
    toValues: valuesOf,
    resolver: schemaResolver(PrintedStorageSchema),
    toPart: (part) => part,
  });
  const { submit, failure, savedNote } = section;
  const {
    register,
    control,
    setValue,
    formState: { errors, isSubmitting },
  } = section.form;
  const { fields, append, remove } = useFieldArray({ control, name: 'storageLocations' });

  const locations = record?.storageLocations ?? [];
  const allChecked =
    locations.length > 0 && locations.every((location) => location.checkedBy && location.checkedOn);
  return (
    <ClosureSection
      id="closure-storage"
      number={3}
      title="Storage locations checked"
      intro="List every place the data was kept — including backups and removable media — and record who checked each one holds nothing any more, and when."
      done={allChecked}
    >
      {readOnly || !staff ? (
        locations.length === 0 ? (
          <p>No storage locations recorded.</p>
        ) : (
          <ul>
            {locations.map((location, i) => (
              <li key={i}>
                {location.location} ({storageKindLabel(location.kind).toLowerCase()}
                {location.mediaType ? `, ${location.mediaType}` : ''}
                {location.identifier ? `, ${location.identifier}` : ''}):{' '}
                {location.checkedBy && location.checkedOn
                  ? `checked ${formatShortDate(location.checkedOn)} by ${nameOf(location.checkedBy)}`
                  : 'not checked'}
              </li>
            ))}
          </ul>
        )
      ) : (
        <form onSubmit={submit} noValidate aria-labelledby="closure-storage-heading">
          <StoredValuesContext.Provider value={section.stored}>
            {fields.length === 0 && <p className="muted">No storage locations recorded.</p>}
            {fields.map((field, i) => {
              const rowErrors = errors.storageLocations?.[i];
              return (
                <fieldset key={field.id} className="fieldset-group">
                  <legend>Location {i + 1}</legend>
                  <div className="storage-row">
                    <Field
                      label="Location"
                      error={rowErrors?.location?.message}
                      required
                      hint="A path, a backup set, a device…"
                    >
                      <input type="text" {...register(`storageLocations.${i}.location`)} />
                    </Field>
                    <Field label="Kind" error={rowErrors?.kind?.message} required>
                      <select {...register(`storageLocations.${i}.kind`)}>
                        <option value="">Choose</option>
                        {STORAGE_KINDS.map((kind) => (
                          <option key={kind} value={kind}>
                            {storageKindLabel(kind)}
                          </option>
                        ))}
                      </select>
                    </Field>
                    <Field label="Checked by" error={rowErrors?.checkedBy?.message}>
                      <StaffSelect
                        staff={staff}
                        keep={record?.storageLocations[i]?.checkedBy}
                        placeholder="Not checked yet"
                        {...register(`storageLocations.${i}.checkedBy`)}
                      />
                    </Field>
                    <Field label="Date checked" error={rowErrors?.checkedOn?.message}>
                      <DateInput {...register(`storageLocations.${i}.checkedOn`)} />
                    </Field>
                  </div>
                  <StorageMediaFields i={i} register={register} errors={rowErrors} />
                  <div className="storage-row-actions">
                    <button
                      type="button"
                      className="button-link"
                      onClick={() => {
                        const dirty = { shouldDirty: true, shouldValidate: false };
                        setValue(`storageLocations.${i}.checkedBy`, staffMember.id, dirty);
                        setValue(`storageLocations.${i}.checkedOn`, londonToday(), dirty);
                      }}
                    >
                      Checked by me today<span className="visually-hidden"> (location {i + 1})</span>
                    </button>
                    <button type="button" className="button-link" onClick={() => remove(i)}>
                      Remove location {i + 1}
                    </button>
                  </div>
                </fieldset>
              );
            })}
            <p>
              <button
                type="button"
                className="button secondary small"
                onClick={() =>
                  append({
                    location: '',
                    kind: fields.length === 0 ? 'primary' : '',
                    checkedBy: '',
                    checkedOn: '',
                    mediaType: '',
                    identifier: '',
                    method: '',
                    technique: '',
                    verification: '',
                    afterwards: '',
                  })
                }
              >
                Add a location
              </button>
            </p>
          </StoredValuesContext.Provider>
          {failure}
          <ClosureSaveActions
            label="Save storage locations"
            saving={isSubmitting}
            saved={Boolean(savedNote)}
          />
        </form>
      )}
    </ClosureSection>
  );
}
