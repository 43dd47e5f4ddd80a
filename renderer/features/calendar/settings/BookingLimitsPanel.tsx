/** Settings → Booking limits: how far ahead sessions can be booked, and each project's bookings per week. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { z } from 'zod';
import { SettingsFormSchema } from '../../../../shared/domain';
import { useApp } from '../../../app/app-context';
import { useWriteContext } from '../../../app/current-staff';
import { Field } from '../../../components/form/Field';
import { schemaResolver } from '../../../components/form/schema-resolver';
import { StoredValuesContext } from '../../../components/form/stored-values';
import { useRecordForm } from '../../../components/form/use-record-form';
import { getSettings, updateSettings, type SettingsView } from '../../../db/repositories/settings';

const LimitsSchema = SettingsFormSchema.pick({
  bookingHorizonDays: true,
  weeklyBookingLimitPerProject: true,
});
type Limits = z.infer<typeof LimitsSchema>;

function LimitsForm({ settings }: { settings: SettingsView }) {
  const ctx = useWriteContext();
  const { form, submit, failure, stored, savedNote } = useRecordForm<SettingsView, Limits>({
    record: settings,
    entity: 'settings',
    recordId: 'settings',
    toValues: (view) => ({
      bookingHorizonDays: view?.bookingHorizonDays ?? 0,
      weeklyBookingLimitPerProject: view?.weeklyBookingLimitPerProject ?? 0,
    }),
    resolver: schemaResolver(LimitsSchema),
    // The other settings are saved as stored now: this form edits only the limits.
    save: (limits, { expectedRevision }) => {
      const { revision: _revision, ...form } = settings;
      return updateSettings(ctx, expectedRevision, { ...form, ...limits });
    },
    fieldLabels: {
      bookingHorizonDays: 'Booking horizon (days)',
      weeklyBookingLimitPerProject: 'Weekly bookings per project',
    },
  });
  const {
    register,
    formState: { errors, isSubmitting, isDirty },
  } = form;

  return (
    <form onSubmit={submit} aria-label="Booking limits" noValidate>
      <StoredValuesContext.Provider value={stored}>
        <div className="limits-fields">
          <Field
            label="Booking horizon (days)"
            hint="How many days ahead a session can be booked."
            error={errors.bookingHorizonDays?.message}
          >
            <input
              type="number"
              min={1}
              max={730}
              {...register('bookingHorizonDays', { valueAsNumber: true })}
            />
          </Field>
          <Field
            label="Weekly bookings per project"
            hint="The most bookings one project may hold in a Monday-to-Sunday week."
            error={errors.weeklyBookingLimitPerProject?.message}
          >
            <input
              type="number"
              min={1}
              max={500}
              {...register('weeklyBookingLimitPerProject', { valueAsNumber: true })}
            />
          </Field>
        </div>
      </StoredValuesContext.Provider>
      {failure}
      <div className="form-actions">
        <button type="submit" className="button" disabled={isSubmitting || !isDirty}>
          Save the limits
        </button>
      </div>
      <div role="status" className="status-line">
        {savedNote && <span className="verdict-ok">Booking limits saved.</span>}
      </div>
    </form>
  );
}

/** The booking limits panel. */
export function BookingLimitsPanel() {
  const { db } = useApp();
  const settings = useLiveQuery(() => getSettings(db), [db]);
  return (
    <section className="panel booking-settings" aria-labelledby="limits-heading">
      <h2 id="limits-heading">Booking limits</h2>
      {/* A save elsewhere is shown while the form is clean; typed limits are never dropped. */}
      {settings ? <LimitsForm settings={settings} /> : <p className="muted">Loading…</p>}
    </section>
  );
}
