/** The settings of this DSH: one record under the id `settings`, with defaults until it is first saved. */
import { DEFAULT_SETTINGS, type Settings, type SettingsForm } from '../../../shared/domain';
import type { DshDatabase } from '../database';
import { StaleRecordError } from '../errors';
import type { WriteContext } from '../write/context';
import { ENTITIES } from '../write/entities';
import { createRecord, updateRecord } from '../write/records';

/** The id of the one settings record. */
export const SETTINGS_ID = 'settings';

/** The settings in force, with the revision to pass back when saving (0: never saved, the defaults). */
export type SettingsView = SettingsForm & { revision: number };

/** The stored settings, or the defaults of a new installation. */
export async function getSettings(db: DshDatabase): Promise<SettingsView> {
  const stored = await db.settings.get(SETTINGS_ID);
  if (!stored) return { ...DEFAULT_SETTINGS, revision: 0 };
  const { id: _id, createdAt: _created, updatedAt: _updated, ...view } = stored;
  return view;
}

/** Saves the settings; the first save creates the record (pass revision 0, as `getSettings` gives). */
export async function updateSettings(
  ctx: WriteContext,
  expectedRevision: number,
  form: SettingsForm,
): Promise<Settings> {
  if (expectedRevision === 0) {
    return createRecord(ctx, ENTITIES.settings, async (db) => {
      // Saved meanwhile in another window: this form was filled in over the defaults, not over that save.
      if (await db.settings.get(SETTINGS_ID)) throw new StaleRecordError();
      return form;
    });
  }
  return updateRecord(ctx, ENTITIES.settings, SETTINGS_ID, expectedRevision, () => form);
}
