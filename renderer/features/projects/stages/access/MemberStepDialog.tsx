/**
 * Recording one step for several members at once: the shared fields (checked by MemberStepSchema), the
 * members ticked (those who still need it), and for a course each member's certificate reference. Saving
 * writes every row in one transaction or none; a bad row is named in the message and nothing is saved.
 */
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { addMonthsIso, isIsoDate, londonToday } from '../../../../../shared/dates';
import { MemberStepSchema, type MemberStep } from '../../../../../shared/domain';
import { useCurrentStaff, useWriteContext } from '../../../../app/current-staff';
import { DateInput } from '../../../../components/form/DateInput';
import { Field } from '../../../../components/form/Field';
import { schemaResolver } from '../../../../components/form/schema-resolver';
import { StaffSelect, useStaff } from '../../../../components/form/StaffSelect';
import { recordStepForMembers } from '../../../../db/repositories/member-steps';
import type { SettingsView } from '../../../../db/repositories/settings';
import { CalendarDialog } from '../../../calendar/CalendarDialog';
import type { MemberView } from '../../../../components/people/use-project-members';
import { stepCandidates, stepWords, type StepChoice } from './member-step-choices';
import { MemberStepRows, type RowValues } from './MemberStepRows';
import './member-steps.css';
import { faultMessage } from '../../../../db/errors';

/** The form's values: every shared field of every step (only the step's own are read) and the rows. */
export interface StepValues {
  date: string;
  expiresOn: string;
  formVersion: string;
  by: string;
  rows: Record<string, RowValues>;
}

/** The step with its shared fields, as MemberStepSchema reads it. */
function stepOf(choice: StepChoice, v: StepValues): unknown {
  if (choice.step === 'training') {
    return { step: 'training', kind: choice.kind, completedOn: v.date, expiresOn: v.expiresOn };
  }
  if (choice.step === 'access-form') {
    return { step: 'access-form', signedOn: v.date, formVersion: v.formVersion };
  }
  return { step: choice.step, on: v.date, by: v.by };
}

const FIELD_OF: Record<string, string> = { completedOn: 'date', signedOn: 'date', on: 'date' };

const DATE_LABEL = {
  training: 'Completion date',
  'access-form': 'Date signed',
  'access-granted': 'Date granted',
  'access-revoked': 'Date revoked',
} as const;

/** The dialog, open while rendered; `onSaved` gets the sentence to show once the rows are written. */
export function MemberStepDialog({
  projectId,
  choice,
  members,
  settings,
  suggestedFormVersion,
  onClose,
  onSaved,
}: {
  projectId: string;
  choice: StepChoice;
  members: readonly MemberView[];
  settings: SettingsView;
  /** The form version to fill in (the last one recorded). */
  suggestedFormVersion?: string | undefined;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const ctx = useWriteContext();
  const { staffMember } = useCurrentStaff();
  const { staff } = useStaff();
  const [failure, setFailure] = useState<string | null>(null);
  const today = londonToday();
  const candidates = stepCandidates(choice, members, today, settings);
  const dsa = choice.step === 'training' && choice.kind === 'nhs-dsa-level-1';
  const autoExpiry = (date: string) =>
    dsa && isIsoDate(date) ? addMonthsIso(date, settings.dsaValidityMonths) : '';
  const {
    register,
    handleSubmit,
    getValues,
    setValue,
    control,
    formState: { errors, isSubmitting },
  } = useForm<StepValues, unknown, MemberStep>({
    defaultValues: {
      date: today,
      expiresOn: autoExpiry(today),
      formVersion: suggestedFormVersion ?? '',
      by: staffMember.id,
      rows: Object.fromEntries(
        candidates.map((c) => [c.member.membership.id, { ticked: c.ticked, evidenceReference: '' }]),
      ),
    },
    resolver: schemaResolver(MemberStepSchema, {
      toInput: (values) => stepOf(choice, values),
      fieldOf: (path) => FIELD_OF[path] ?? path,
    }),
  });

  const [lastAuto, setLastAuto] = useState(() => autoExpiry(today));
  const rowValues = useWatch({ control, name: 'rows' });
  const ticked = candidates.filter((c) => !c.unavailable && rowValues[c.member.membership.id]?.ticked).length;

  const save = handleSubmit(async (step) => {
    setFailure(null);
    const rows = getValues('rows');
    const chosen = candidates.filter((c) => !c.unavailable && rows[c.member.membership.id]?.ticked);
    try {
      const count = await recordStepForMembers(
        ctx,
        projectId,
        step,
        chosen.map(({ member: { membership } }) => ({
          membershipId: membership.id,
          expectedRevision: membership.revision,
          evidenceReference: rows[membership.id]?.evidenceReference,
        })),
      );
      onSaved(`${stepWords(choice)} recorded for ${count} ${count === 1 ? 'member' : 'members'}.`);
    } catch (error) {
      setFailure(faultMessage(error));
    }
  });

  const revoking = choice.step === 'access-revoked';
  const title = revoking ? 'Revoke all members’ access' : `${stepWords(choice)} for several members`;
  return (
    <CalendarDialog title={title} onClose={onClose}>
      <form className="member-step-form" onSubmit={save} noValidate aria-label={title}>
        <div className="form-grid">
          <Field label={DATE_LABEL[choice.step]} error={errors.date?.message} required>
            <DateInput
              {...register('date', {
                // A filled-in expiry follows the completion date, unless the officer typed over it.
                onChange: () => {
                  const { date, expiresOn } = getValues();
                  if (!dsa || (expiresOn !== '' && expiresOn !== lastAuto)) return;
                  setLastAuto(autoExpiry(date));
                  setValue('expiresOn', autoExpiry(date));
                },
              })}
            />
          </Field>
          {choice.step === 'training' && (
            <Field
              label="Expiry date"
              error={errors.expiresOn?.message}
              hint={
                dsa
                  ? `${settings.dsaValidityMonths} months after completion (Settings).`
                  : 'Empty if it does not expire.'
              }
            >
              <DateInput {...register('expiresOn')} />
            </Field>
          )}
          {choice.step === 'access-form' && (
            <Field
              label="Form version"
              error={errors.formVersion?.message}
              required
              hint="Filled in from the last form recorded on this project; change it if the form is newer."
            >
              <input type="text" {...register('formVersion')} />
            </Field>
          )}
          {(choice.step === 'access-granted' || revoking) && staff && (
            <Field label={revoking ? 'Revoked by' : 'Granted by'} error={errors.by?.message} required>
              <StaffSelect staff={staff} {...register('by')} />
            </Field>
          )}
        </div>
        <MemberStepRows
          candidates={candidates}
          register={register}
          evidence={choice.step === 'training'}
          dsa={dsa}
        />
        {failure && (
          <p role="alert" className="form-failure">
            {failure}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className={revoking ? 'button danger' : 'button'} disabled={isSubmitting}>
            {isSubmitting
              ? 'Saving…'
              : revoking
                ? `Revoke access of ${ticked} ${ticked === 1 ? 'person' : 'people'}`
                : `Record for ${ticked} ${ticked === 1 ? 'member' : 'members'}`}
          </button>
          <button type="button" className="button secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </CalendarDialog>
  );
}
