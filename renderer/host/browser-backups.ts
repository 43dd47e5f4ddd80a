/**
 * Backups in a plain browser tab, kept honest: there is no backups folder, so automatic backups do not run
 * (the Backups panel says they need the desktop app). "Back up now" and the backup made before a restore are
 * downloaded, and a restore reads a file the officer picks. Nothing pretends to be kept when it is not, and
 * nothing is vouched for: only the desktop app's main process holds the key that seals backups, so every
 * backup restored here comes with the warning that DSH Desk cannot vouch for it.
 */
import { DEFAULT_BACKUP_SETTINGS } from '../../shared/contract/backup-payloads';
import type { Host } from './host';

type BrowserBackups = Pick<Host, 'listBackups' | 'setBackupSettings'>;

/** Said of every backup in a browser: there is no key here to check a seal with. */
export const CANNOT_VOUCH = { kind: 'cannot-check', installationId: null } as const;
/** About's words on sealing, in a browser. */
export const BROWSER_SEAL_WORDS =
  'In a browser DSH Desk cannot seal backups or vouch for any backup: only the desktop app holds the key that does.';

/** Said wherever the desktop app's backups folder would be. */
export const NO_BACKUPS_FOLDER =
  'Automatic backups need the DSH Desk desktop app. In a browser, “Back up now” downloads a backup file: keep it somewhere safe.';

/** Asks the officer for a backup file; null when they cancel the picker. */
export function pickBackupFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

/** The backups folder operations of the browser host (there is none; backups stream to downloads). */
export function createBrowserBackups(): BrowserBackups {
  return {
    listBackups: async () => ({
      folder: NO_BACKUPS_FOLDER,
      settings: DEFAULT_BACKUP_SETTINGS,
      backups: [],
      clock: { now: new Date().toISOString(), futureDated: [] },
    }),
    setBackupSettings: async () => {
      throw new Error('Backup settings apply to the desktop app’s backups folder only.');
    },
  };
}
