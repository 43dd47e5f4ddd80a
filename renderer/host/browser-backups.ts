/**
 * Backups in a plain browser tab, kept honest: there is no backups folder, so automatic backups do not run
 * (the Backups panel says they need the desktop app). "Back up now" and the backup made before a restore are
 * downloaded, and a restore reads a file the officer picks. Nothing pretends to be kept when it is not, and
 * nothing is vouched for: only the desktop app's main process holds the key that seals backups, so every
 * backup restored here comes with the warning that DSH Desk cannot vouch for it.
 */
import {
  BACKUP_FILE_NAME,
  DEFAULT_BACKUP_SETTINGS,
  MAX_MANIFEST_LINE_BYTES,
  backupFileName,
  parseManifestLine,
} from '../../shared/contract/backup-payloads';
import { MAX_FILE_BYTES } from '../../shared/contract/payloads';
import type { Host } from './host';

type BrowserBackups = Pick<
  Host,
  'listBackups' | 'writeBackup' | 'readBackup' | 'openBackupFile' | 'setBackupSettings' | 'exportBackup'
>;

/** Said of every backup in a browser: there is no key here to check a seal with. */
export const CANNOT_VOUCH = { kind: 'cannot-check', installationId: null } as const;
/** About's words on sealing, in a browser. */
export const BROWSER_SEAL_WORDS =
  'In a browser DSH Desk cannot seal backups or vouch for any backup: only the desktop app holds the key that does.';

/** Said wherever the desktop app's backups folder would be. */
export const NO_BACKUPS_FOLDER =
  'Automatic backups need the DSH Desk desktop app. In a browser, “Back up now” downloads a backup file: keep it somewhere safe.';

function firstLine(bytes: Uint8Array): string {
  const head = bytes.subarray(0, MAX_MANIFEST_LINE_BYTES);
  const end = head.indexOf(0x0a);
  return new TextDecoder().decode(end === -1 ? head : head.subarray(0, end));
}

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

/** The backup operations of the browser host; `download` saves bytes to the Downloads folder. */
export function createBrowserBackups(
  download: (name: string, bytes: Uint8Array, type: string) => void,
): BrowserBackups {
  return {
    listBackups: async () => ({
      folder: NO_BACKUPS_FOLDER,
      settings: DEFAULT_BACKUP_SETTINGS,
      backups: [],
      clock: { now: new Date().toISOString(), futureDated: [] },
    }),
    writeBackup: async ({ bytes }) => {
      const found = parseManifestLine(firstLine(bytes));
      if (!found.ok) throw new Error(`The backup was not kept: ${found.problem}`);
      const { reason, appVersion, schemaVersion, counts } = found.manifest;
      if (reason === 'export') throw new Error('An export is saved with "Export…", not as a backup.');
      const createdAt = new Date();
      const fileName = backupFileName(createdAt, reason);
      if (!BACKUP_FILE_NAME.test(fileName)) throw new Error('The backup could not be named.');
      download(fileName, bytes, 'application/json');
      const contents = { appVersion, schemaVersion, counts };
      const backup = { fileName, createdAt: createdAt.toISOString(), reason, sizeBytes: bytes.byteLength };
      return { backup: { ...backup, contents, problem: null }, removed: [] };
    },
    readBackup: async () => {
      throw new Error('Only the DSH Desk desktop app keeps a backups folder. Restore from a file instead.');
    },
    openBackupFile: async () => {
      const file = await pickBackupFile();
      if (!file) return { status: 'cancelled' };
      if (file.size > MAX_FILE_BYTES) throw new Error(`${file.name} is too large to be a backup.`);
      const bytes = new Uint8Array(await file.arrayBuffer());
      return { status: 'opened', fileName: file.name, bytes, trust: CANNOT_VOUCH };
    },
    exportBackup: async ({ suggestedName, bytes }) => {
      // Unsealed: a browser has no key. The name is the officer's to keep; the manifest says "export".
      const name = suggestedName.toLowerCase().endsWith('.json') ? suggestedName : `${suggestedName}.json`;
      download(name, bytes, 'application/json');
      return { status: 'saved', path: `your Downloads folder (${name})` };
    },
    setBackupSettings: async () => {
      throw new Error('Backup settings apply to the desktop app’s backups folder only.');
    },
  };
}
