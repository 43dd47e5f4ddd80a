/**
 * Settings → Organisation and training: the organisation's name (printed on certificates) and how long NHS
 * DSA Level 1 training stays valid. The booking settings are kept as they are.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { SettingsFormSchema, type SettingsForm } from '../../../shared/domain';
import { useApp } from '../../app/app-context';
import { useWriteContext } from '../../app/current-staff';
import { useDirtyForm } from '../../components/form/DirtyForms';
import { Field } from '../../components/form/Field';
import { reportSaveError } from '../../components/form/save-errors';
import { schemaResolver } from '../../components/form/schema-resolver';
import { getSettings, updateSettings, type SettingsView } from '../../db/repositories/settings';
import { SettingsSection } from './SettingsSection';

type Values = { organisationName: string; dsaValidityMonths: string };

/** A whole number as typed, or what the schema reads as missing / wrong. */
function numberOf(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text);
}

/** The form over the settings in force (`settings.revision` 0: never saved, the defaults). */
function GeneralSettingsForm({
  settings,
  onSaved,
}: {
  settings: SettingsView;
  onSaved: (saved: boolean) => void;
}) {
  const ctx = useWriteContext();
  const [failure, setFailure] = useState<string | null>(null);
  const { revision, ...stored } = settings;
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isDirty, isSubmitting },
  } = useForm<Values, unknown, SettingsForm>({
    resolver: schemaResolver(SettingsFormSchema, {
      toInput: (values) => ({ ...stored, ...values, dsaValidityMonths: numberOf(values.dsaValidityMonths) }),
    }),
    defaultValues: {
      organisationName: stored.organisationName,
      dsaValidityMonths: String(stored.dsaValidityMonths),
    },
  });
  useDirtyForm(isDirty);

  const submit = handleSubmit(async (form) => {
    setFailure(null);
    onSaved(false);
    try {
      const next = await updateSettings(ctx, revision, form);
      reset({ organisationName: next.organisationName, dsaValidityMonths: String(next.dsaValidityMonths) });
      onSaved(true);
    } catch (error) {
      setFailure(reportSaveError(error, setError));
    }
  });

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby="settings-general-heading"
      className="settings-general"
    >
      <div className="form-grid">
        <Field
          label="Organisation name"
          error={errors.organisationName?.message}
          required
          hint="As printed on certificates of deletion."
        >
          <input type="text" {...register('organisationName')} />
        </Field>
        <Field
          label="NHS DSA Level 1 validity (months)"
          error={errors.dsaValidityMonths?.message}
          required
          hint="Used when a record gives no expiry date, and to fill in the expiry of new records."
        >
          <input
            type="number"
            min={1}
            max={60}
            step={1}
            inputMode="numeric"
            {...register('dsaValidityMonths')}
          />
        </Field>
      </div>
      {failure && (
        <p role="alert" className="form-failure">
          {failure}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={isSubmitting}>
          Save settings
        </button>
      </div>
    </form>
  );
}

/** The organisation and training panel. */
export function GeneralSettingsPanel() {
  const { db } = useApp();
  const settings = useLiveQuery(() => getSettings(db), [db]);
  const [saved, setSaved] = useState(false);
  return (
    <SettingsSection id="settings-general" title="Organisation and training">
      {/* A new revision (saved here or elsewhere) starts the form again from what is stored. */}
      {settings && <GeneralSettingsForm key={settings.revision} settings={settings} onSaved={setSaved} />}
      <p role="status" className="saved-note">
        {saved ? 'Settings saved.' : ''}
      </p>
    </SettingsSection>
  );
}
