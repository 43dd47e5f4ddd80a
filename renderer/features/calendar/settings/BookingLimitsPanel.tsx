/** Settings → Booking limits: how far ahead sessions can be booked, and each project's bookings per week. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { SettingsFormSchema } from '../../../../shared/domain';
import { useApp } from '../../../app/app-context';
import { useWriteContext } from '../../../app/current-staff';
import { useDirtyForm } from '../../../components/form/DirtyForms';
import { Field } from '../../../components/form/Field';
import { getSettings, updateSettings, type SettingsView } from '../../../db/repositories/settings';

const LimitsSchema = SettingsFormSchema.pick({
  bookingHorizonDays: true,
  weeklyBookingLimitPerProject: true,
});
type Limits = z.infer<typeof LimitsSchema>;

function LimitsForm({ settings }: { settings: SettingsView }) {
  const ctx = useWriteContext();
  const [outcome, setOutcome] = useState<{ text: string; failed?: boolean } | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<Limits>({
    resolver: zodResolver(LimitsSchema),
    defaultValues: {
      bookingHorizonDays: settings.bookingHorizonDays,
      weeklyBookingLimitPerProject: settings.weeklyBookingLimitPerProject,
    },
  });
  useDirtyForm(isDirty);

  const submit = handleSubmit(async (limits) => {
    setOutcome(null);
    try {
      const { revision, ...form } = settings;
      await updateSettings(ctx, revision, { ...form, ...limits });
      reset(limits);
      setOutcome({ text: 'Booking limits saved.' });
    } catch (error) {
      setOutcome({ text: error instanceof Error ? error.message : String(error), failed: true });
    }
  });

  return (
    <form onSubmit={submit} aria-label="Booking limits" noValidate>
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
      <div className="form-actions">
        <button type="submit" className="button" disabled={isSubmitting || !isDirty}>
          Save the limits
        </button>
      </div>
      <div role="status" className="status-line">
        {outcome && <span className={outcome.failed ? 'form-failure' : 'verdict-ok'}>{outcome.text}</span>}
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
      {/* Keyed by revision: a save elsewhere starts the form again from what is stored. */}
      {settings ? (
        <LimitsForm key={settings.revision} settings={settings} />
      ) : (
        <p className="muted">Loading…</p>
      )}
    </section>
  );
}
