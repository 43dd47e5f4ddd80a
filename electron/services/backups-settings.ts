/**
 * The backup settings of this computer (how many backups rotation keeps, how often to back up), kept in a
 * small file beside the backups rather than in the database: restoring a backup must not change how this
 * computer keeps its backups. A damaged file is reported, and rotation then removes nothing.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  BackupSettingsSchema,
  DEFAULT_BACKUP_SETTINGS,
  type BackupSettings,
} from '../../shared/contract/backup-payloads';

/** The settings file, in the backups folder (whose listing only ever picks up backup names). */
export const BACKUP_SETTINGS_FILE = 'backup-settings.json';

/** The settings in force, and whether they could be read (`trusted`: rotation may remove files). */
export interface StoredBackupSettings {
  settings: BackupSettings;
  trusted: boolean;
}

/** Reads the settings; the defaults when none were ever saved. */
export async function readBackupSettings(folder: string): Promise<StoredBackupSettings> {
  let text: string;
  try {
    text = await fs.readFile(path.join(folder, BACKUP_SETTINGS_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { settings: DEFAULT_BACKUP_SETTINGS, trusted: true };
    }
    throw error;
  }
  try {
    const parsed = BackupSettingsSchema.safeParse(JSON.parse(text));
    if (parsed.success) return { settings: parsed.data, trusted: true };
  } catch {
    // Not JSON: treated like any other damaged settings file below.
  }
  console.error(
    `DSH Desk: ${BACKUP_SETTINGS_FILE} is damaged; no backup will be removed until it is saved again.`,
  );
  return { settings: DEFAULT_BACKUP_SETTINGS, trusted: false };
}

/** The bytes of the settings file for `settings`. */
export function backupSettingsBytes(settings: BackupSettings): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(settings, null, 2)}\n`);
}
