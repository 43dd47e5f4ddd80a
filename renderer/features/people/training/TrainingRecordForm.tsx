/**
 * Adding or correcting a training record of one person: the course, when it was completed, when it expires
 * (for NHS DSA, filled in from the validity in Settings) and the certificate or evidence reference.
 */
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { addMonthsIso, isIsoDate, londonToday } from '../../../../shared/dates';
import {
  TRAINING_KINDS,
  TrainingFormSchema,
  trainingLabel,
  type TrainingForm,
  type TrainingKind,
  type TrainingRecord,
} from '../../../../shared/domain';
import { useWriteContext } from '../../../app/current-staff';
import { Field } from '../../../components/form/Field';
import { InlineForm } from '../../../components/form/InlineForm';
import { schemaResolver } from '../../../components/form/schema-resolver';
import { useRecordForm } from '../../../components/form/use-record-form';
import { addTrainingRecord, updateTrainingRecord } from '../../../db/repositories/training';
import { DateInput } from '../../../components/form/DateInput';

interface Values {
  kind: TrainingKind | '';
  completedOn: string;
  expiresOn: string;
  evidenceReference: string;
}

interface TrainingRecordFormProps {
  personId: string;
  /** The person's name, for the heading. */
  personName: string;
  /** The record to correct, as stored now; absent to add one. */
  record?: TrainingRecord;
  /** The course to start with when adding. */
  kind?: TrainingKind;
  /** The NHS DSA validity of the settings. */
  dsaValidityMonths: number;
  onDone: (saved?: TrainingRecord) => void;
}

/** What the officer calls each field of a training record. */
export const TRAINING_FIELDS = {
  kind: 'Training',
  completedOn: 'Completion date',
  expiresOn: 'Expiry date',
  evidenceReference: 'Certificate or evidence reference',
};

/** The form, shown in place. */
export function TrainingRecordForm({
  personId,
  personName,
  record,
  kind,
  dsaValidityMonths,
  onDone,
}: TrainingRecordFormProps) {
  const ctx = useWriteContext();
  const expiryFor = (course: string, completedOn: string) =>
    course === 'nhs-dsa-level-1' && isIsoDate(completedOn)
      ? addMonthsIso(completedOn, dsaValidityMonths)
      : '';
  const initialCompleted = record?.completedOn ?? londonToday();
  const initialKind = record?.kind ?? kind ?? '';
  // The expiry this form last filled in itself: replaced when the completion date changes, unless typed over.
  const [autoExpiry, setAutoExpiry] = useState(() =>
    record ? expiryFor(record.kind, record.completedOn) : expiryFor(initialKind, initialCompleted),
  );
  const { form, inlineForm } = useRecordForm<TrainingRecord, Values, TrainingForm>({
    record,
    entity: 'training-record',
    toValues: (stored) =>
      stored
        ? {
            kind: stored.kind,
            completedOn: stored.completedOn,
            expiresOn: stored.expiresOn ?? '',
            evidenceReference: stored.evidenceReference ?? '',
          }
        : {
            kind: initialKind,
            completedOn: initialCompleted,
            expiresOn: expiryFor(initialKind, initialCompleted),
            evidenceReference: '',
          },
    resolver: schemaResolver(TrainingFormSchema, { toInput: (values) => ({ personId, ...values }) }),
    save: ({ personId: _person, ...values }, { expectedRevision }) =>
      record
        ? updateTrainingRecord(ctx, record.id, expectedRevision, values)
        : addTrainingRecord(ctx, { personId, ...values }),
    onSaved: onDone,
    fieldLabels: TRAINING_FIELDS,
  });
  const {
    register,
    control,
    getValues,
    setValue,
    formState: { errors },
  } = form;
  const course = useWatch({ control, name: 'kind' });

  /** Keeps a filled-in NHS DSA expiry in step with the course and completion date. */
  function refreshExpiry() {
    const { kind: chosen, completedOn, expiresOn } = getValues();
    if (expiresOn !== '' && expiresOn !== autoExpiry) return;
    const next = expiryFor(chosen, completedOn);
    setAutoExpiry(next);
    setValue('expiresOn', next);
  }

  const dsa = course === 'nhs-dsa-level-1';
  return (
    <InlineForm
      {...inlineForm}
      title={
        record ? `Correct ${trainingLabel(record.kind)} of ${personName}` : `Add training for ${personName}`
      }
      submitLabel={record ? 'Save changes' : 'Add training'}
      onCancel={() => onDone()}
      level={4}
    >
      <div className="form-grid">
        {record ? (
          <p className="field">
            <span className="field-label-text">Training</span>
            {trainingLabel(record.kind)}
          </p>
        ) : (
          <Field label="Training" error={errors.kind?.message} required>
            <select {...register('kind', { onChange: refreshExpiry })}>
              <option value="">Choose the training</option>
              {TRAINING_KINDS.map((choice) => (
                <option key={choice} value={choice}>
                  {trainingLabel(choice)}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field label="Completion date" error={errors.completedOn?.message} required>
          <DateInput {...register('completedOn', { onChange: refreshExpiry })} />
        </Field>
        <Field
          label="Expiry date"
          error={errors.expiresOn?.message}
          hint={
            dsa
              ? `Filled in ${dsaValidityMonths} months after completion (the NHS DSA validity in Settings). Change it if the certificate says otherwise.`
              : 'Leave empty if this training does not expire.'
          }
        >
          <DateInput {...register('expiresOn')} />
        </Field>
        <Field
          label="Certificate or evidence reference"
          error={errors.evidenceReference?.message}
          required={dsa}
          hint={dsa ? 'The reference printed on the NHS DSA certificate.' : undefined}
        >
          <input type="text" {...register('evidenceReference')} />
        </Field>
      </div>
    </InlineForm>
  );
}
