/**
 * The backups folder: main writes each backup atomically under a name it chooses, rotates the folder after
 * every write, lists and reads backups, opens a backup file the officer picks, and saves the rotation
 * settings. Writes are taken one at a time, so two backups in the same millisecond cannot share a name and
 * rotation never runs alongside a write. No electron import: the dialog comes in as a dependency.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  backupFileName,
  type BackupEntry,
  type BackupFile,
  type BackupList,
  type BackupSettings,
  type OpenBackupFileResult,
  type WriteBackupResult,
} from '../../shared/contract/backup-payloads';
import { MAX_FILE_BYTES } from '../../shared/contract/payloads';
import { explain, writeFileAtomically } from './atomic-write';
import { describeBackup, listBackupFiles, manifestOf, namedBackupsIn } from './backups-files';
import { backupsToRemove } from './backups-rotation';
import { BACKUP_SETTINGS_FILE, backupSettingsBytes, readBackupSettings } from './backups-settings';
import { UserFacingError } from './user-facing-error';

/** What the backups folder needs from the outside world. */
export interface BackupFolderDeps {
  /** The backups folder (created when the first backup is written). */
  folder: string;
  /** Asks the officer for a backup file to restore from; null when they cancel. */
  chooseBackupFile(): Promise<string | null>;
  /** Writes a file; the atomic writer unless a test needs another. */
  writeFile?: (target: string, bytes: Uint8Array) => Promise<void>;
  /** The clock that names backups; the real one unless a test needs another. */
  now?: () => Date;
}

/** The backups folder's operations, one per contract operation. */
export interface BackupFolder {
  list(): Promise<BackupList>;
  write(bytes: Uint8Array): Promise<WriteBackupResult>;
  read(fileName: string): Promise<BackupFile>;
  open(): Promise<OpenBackupFileResult>;
  saveSettings(settings: BackupSettings): Promise<BackupSettings>;
}

/** The backups folder described by `deps`. */
export function createBackupFolder(deps: BackupFolderDeps): BackupFolder {
  const { folder } = deps;
  const writeFile = deps.writeFile ?? writeFileAtomically;
  const now = deps.now ?? (() => new Date());
  let queue: Promise<unknown> = Promise.resolve();
  /** Runs `work` after every write already asked for has finished. */
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  async function ensureFolder(): Promise<void> {
    try {
      await fs.mkdir(folder, { recursive: true });
    } catch (error) {
      throw new UserFacingError(`Could not create the backups folder ${folder}: ${explain(error)}`, {
        cause: error,
      });
    }
  }

  /** A name no backup in the folder has yet. */
  async function freeName(reason: BackupEntry['reason']): Promise<string> {
    for (let at = now().getTime(); ; at += 1) {
      const name = backupFileName(new Date(at), reason);
      const taken = await fs.stat(path.join(folder, name)).then(
        () => true,
        () => false,
      );
      if (!taken) return name;
    }
  }

  /** Removes what the rotation rule no longer keeps; never `written`. A failed removal is logged and kept. */
  async function rotate(written: string): Promise<string[]> {
    const { settings, trusted } = await readBackupSettings(folder);
    if (!trusted) return [];
    const removable = backupsToRemove(await namedBackupsIn(folder), settings).filter((n) => n !== written);
    const removed: string[] = [];
    for (const name of removable) {
      try {
        await fs.rm(path.join(folder, name));
        removed.push(name);
      } catch (error) {
        console.error(`DSH Desk: rotation could not remove the backup ${name}`, error);
      }
    }
    return removed;
  }

  async function readWhole(file: string, shownName: string): Promise<Uint8Array<ArrayBuffer>> {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new UserFacingError(`${shownName} is not a file. Choose a backup file.`);
    if (stat.size > MAX_FILE_BYTES) throw new UserFacingError(`${shownName} is too large to be a backup.`);
    const buffer = await fs.readFile(file);
    // A plain Uint8Array view of the Buffer (fs never hands back shared memory).
    return new Uint8Array(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.byteLength);
  }

  return {
    list: async () => ({
      folder,
      settings: (await readBackupSettings(folder)).settings,
      backups: await listBackupFiles(folder),
    }),

    write: (bytes) =>
      oneAtATime(async () => {
        const found = manifestOf(bytes);
        if (!found.ok) throw new UserFacingError(`The backup was not kept: ${found.problem}`);
        const { reason } = found.manifest;
        if (reason === 'export') {
          throw new UserFacingError('An export is saved where you choose, not into the backups folder.');
        }
        await ensureFolder();
        const name = await freeName(reason);
        await writeFile(path.join(folder, name), bytes);
        const removed = await rotate(name);
        const backup = await describeBackup(folder, name);
        if (!backup) throw new Error(`The backup ${name} vanished as soon as it was written.`);
        return { backup, removed };
      }),

    read: async (fileName) => {
      try {
        return { fileName, bytes: await readWhole(path.join(folder, fileName), fileName) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        throw new UserFacingError(`The backup ${fileName} is no longer in the backups folder.`, {
          cause: error,
        });
      }
    },

    open: async () => {
      const chosen = await deps.chooseBackupFile();
      if (chosen === null) return { status: 'cancelled' };
      if (!path.isAbsolute(chosen)) {
        throw new UserFacingError(`"${chosen}" is not a full path. Choose the backup file again.`);
      }
      const fileName = path.basename(chosen);
      try {
        return { status: 'opened', fileName, bytes: await readWhole(path.normalize(chosen), fileName) };
      } catch (error) {
        if (error instanceof UserFacingError) throw error;
        throw new UserFacingError(`Could not read ${fileName}: ${explain(error)}`, { cause: error });
      }
    },

    saveSettings: (settings) =>
      oneAtATime(async () => {
        await ensureFolder();
        await writeFile(path.join(folder, BACKUP_SETTINGS_FILE), backupSettingsBytes(settings));
        return settings;
      }),
  };
}
