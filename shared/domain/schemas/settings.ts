/** The settings of this DSH: one record. */
import { z } from 'zod';
import { MAX, instantField, optionalText, requiredText, strictForm, wholeNumberField } from './fields';
import { NormalWeekSchema } from './sessions';

const settingsFields = {
  organisationName: requiredText('Organisation name', MAX.organisation),
  /** The DSH's postal address and its contact (e-mail or telephone), printed on certificates' letterhead. */
  organisationAddress: optionalText('Address', MAX.reason),
  organisationContact: optionalText('Contact', MAX.title),
  /** How long NHS DSA Level 1 training stays valid when its record gives no expiry date. */
  dsaValidityMonths: wholeNumberField('NHS DSA validity (months)', 1, 60),
  /** How far ahead the core connection can be booked. */
  bookingHorizonDays: wholeNumberField('Booking horizon (days)', 1, 730),
  /** Most bookings one project may hold in one Monday-to-Sunday week. */
  weeklyBookingLimitPerProject: wholeNumberField('Weekly bookings per project', 1, 500),
  /** How many automatic backups are kept before the oldest is removed. */
  backupRetentionCount: wholeNumberField('Backups kept', 1, 365),
  /** The team's normal week of sessions, saved to be applied again (none until first saved). */
  normalWeek: NormalWeekSchema.optional(),
};

/** Editing the settings. */
export const SettingsFormSchema = strictForm(settingsFields);
/** What the settings form holds. */
export type SettingsForm = z.infer<typeof SettingsFormSchema>;

/** The one settings record, stored under the id `settings`. */
export const SettingsSchema = strictForm({
  id: z.literal('settings'),
  revision: wholeNumberField('Revision', 1, Number.MAX_SAFE_INTEGER),
  createdAt: instantField('Created at'),
  updatedAt: instantField('Updated at'),
  ...settingsFields,
});
/** The settings of this DSH. */
export type Settings = z.infer<typeof SettingsSchema>;

/** The settings a new installation starts with. */
export const DEFAULT_SETTINGS: SettingsForm = {
  organisationName: 'Data Safe Haven',
  dsaValidityMonths: 12,
  bookingHorizonDays: 90,
  weeklyBookingLimitPerProject: 10,
  backupRetentionCount: 14,
};
