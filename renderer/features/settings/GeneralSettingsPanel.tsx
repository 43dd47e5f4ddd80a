/**
 * Settings → Organisation and training: the organisation's name, address and contact (printed on
 * certificates) and how long NHS
 * DSA Level 1 training stays valid. The booking settings are kept as they are.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { PrintedSettingsFormSchema, type SettingsForm } from '../../../shared/domain';
import { useApp } from '../../app/app-context';
import { useWriteContext } from '../../app/current-staff';
import { Field } from '../../components/form/Field';
import { schemaResolver } from '../../components/form/schema-resolver';
import { StoredValuesContext } from '../../components/form/stored-values';
import { useRecordForm } from '../../components/form/use-record-form';
import { getSettings, updateSettings, type SettingsView } from '../../db/repositories/settings';
import { SettingsSection } from './SettingsSection';

type Values = {
  organisationName: string;
  organisationAddress: string;
  organisationContact: string;
  dsaValidityMonths: string;
};

const SETTINGS_FIELDS = {
  organisationName: 'Organisation name',
  organisationAddress: 'Address',
  organisationContact: 'Contact',
  dsaValidityMonths: 'NHS DSA Level 1 validity (months)',
};

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
  const { revision: _revision, ...inForce } = settings;
  const { form, submit, failure, stored } = useRecordForm<SettingsView, Values, SettingsForm>({
    record: settings,
    entity: 'settings',
    recordId: 'settings',
    fieldLabels: SETTINGS_FIELDS,
    toValues: (view) => ({
      organisationName: view?.organisationName ?? '',
      organisationAddress: view?.organisationAddress ?? '',
      organisationContact: view?.organisationContact ?? '',
      dsaValidityMonths: view ? String(view.dsaValidityMonths) : '',
    }),
    resolver: schemaResolver(PrintedSettingsFormSchema, {
      toInput: (values) => ({ ...inForce, ...values, dsaValidityMonths: numberOf(values.dsaValidityMonths) }),
    }),
    save: (values, { expectedRevision }) => {
      onSaved(false);
      return updateSettings(ctx, expectedRevision, values);
    },
    onSaved: () => onSaved(true),
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby="settings-general-heading"
      className="settings-general"
    >
      <StoredValuesContext.Provider value={stored}>
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
            label="Address"
            error={errors.organisationAddress?.message}
            hint="Printed under the name on certificates of deletion."
          >
            <input type="text" autoComplete="street-address" {...register('organisationAddress')} />
          </Field>
          <Field
            label="Contact"
            error={errors.organisationContact?.message}
            hint="An e-mail address or telephone number, printed under the address."
          >
            <input type="text" {...register('organisationContact')} />
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
      </StoredValuesContext.Provider>
      {failure}
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
      {/* A new revision saved elsewhere is shown while the form is clean; typed values are never dropped. */}
      {settings && <GeneralSettingsForm settings={settings} onSaved={setSaved} />}
      <p role="status" className="saved-note">
        {saved ? 'Settings saved.' : ''}
      </p>
    </SettingsSection>
  );
}
