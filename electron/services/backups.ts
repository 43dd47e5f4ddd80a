/**
 * The backups folder: main keeps each streamed backup (backups-session.ts seals it) under a name it chooses
 * and rotates the folder after every one; it lists backups (marking damaged ones), opens them, or a file the
 * officer picks, for reading a slice at a time (saying whether it can vouch for each), puts a restored
 * backup's evidence files back, and saves the rotation settings. Writes are taken one at a time, so two
 * backups in the same millisecond cannot share a name and rotation never runs alongside a write.
 * No electron import: the dialog comes in as a dependency.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  backupFileName,
  isFutureDated,
  type BackupEntry,
  type BackupList,
  type BackupSettings,
  type WriteBackupResult,
} from '../../shared/contract/backup-payloads';
import type {
  CommitBackupResult,
  OpenBackupReaderRequest,
  OpenBackupReaderResult,
  RestoreEvidenceRequest,
  RestoreEvidenceResult,
} from '../../shared/contract/backup-stream';
import { explain, renameIntoPlace, writeFileAtomically } from './atomic-write';
import { describeBackup, listBackupFiles, namedBackupsIn } from './backups-files';
import { createBackupIntegrity } from './backups-integrity';
import { createBackupReaders } from './backups-readers';
import { restoreCarriedEvidence } from './evidence-restore';
import { checkReadableBackup } from './backups-reading';
import { backupsToRemove } from './backups-rotation';
import { BACKUP_SETTINGS_FILE, backupSettingsBytes, readBackupSettings } from './backups-settings';
import type { SessionTarget } from './backups-session';
import type { InstallationKey } from './installation-key';
import { temporaryPathFor } from './temp-files';
import { UserFacingError } from './user-facing-error';

/** What the list remembers of the backups it has checked (backups-integrity.ts), in the data folder. */
export const CHECKED_BACKUPS_FILE = 'checked-backups.json';

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
  /** This installation's key: seals what main writes, and vouches for what it reads. */
  installationKey: InstallationKey;
  /** Where the list keeps what it has checked between runs; kept in memory only when absent. */
  checkedBackupsFile?: string;
  /** The evidence folder, into which a restore puts back the files its backup carries. */
  evidenceFolder?: string;
}

/** The backups folder's operations, one per contract operation. */
export interface BackupFolder {
  list(): Promise<BackupList>;
  saveSettings(settings: BackupSettings): Promise<BackupSettings>;
  /** Where a streamed backup session writes: a temporary file in the folder, kept under a free name. */
  sessionTarget(): Promise<SessionTarget>;
  /** Opens a backup in the folder, or a file the officer picks, for reading a slice at a time. */
  openReader(request: OpenBackupReaderRequest): Promise<OpenBackupReaderResult>;
  readSlice(readerId: string, offset: number): Promise<Uint8Array<ArrayBuffer>>;
  closeReader(readerId: string): Promise<void>;
  /** Puts back the evidence files a restore's rows name, from the backup the reader opened. */
  restoreEvidence(request: RestoreEvidenceRequest): Promise<RestoreEvidenceResult>;
}

/** The backups folder described by `deps`. */
export function createBackupFolder(deps: BackupFolderDeps): BackupFolder {
  const { folder } = deps;
  const writeFile = deps.writeFile ?? writeFileAtomically;
  const now = deps.now ?? (() => new Date());
  const key = deps.installationKey;
  const checkedFile = deps.checkedBackupsFile;
  const integrity = createBackupIntegrity(
    key,
    checkedFile
      ? {
          load: async () => JSON.parse(await fs.readFile(checkedFile, 'utf8')),
          save: (verdicts) => writeFile(checkedFile, new TextEncoder().encode(JSON.stringify(verdicts))),
        }
      : undefined,
  );
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
    const removable = backupsToRemove(await namedBackupsIn(folder), settings, now()).filter(
      (n) => n !== written,
    );
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

  /** Rotates the folder after `name` was written, and describes `name` (just checked: no need to read it). */
  async function described(name: string): Promise<WriteBackupResult> {
    const removed = await rotate(name);
    // Just checked and sealed: the list need not read it again unless it changes on disk.
    const backup = await describeBackup(folder, name, async (onDisk) => {
      integrity.remember(onDisk, null);
      return null;
    });
    if (!backup) throw new Error(`The backup ${name} vanished as soon as it was written.`);
    const present = (await namedBackupsIn(folder)).map((named) => named.fileName);
    await integrity.persist(present);
    return { backup, removed };
  }

  const readers = createBackupReaders(key);

  /** Opens `file` for a restore, refusing a link in the folder and what is not a file. */
  async function openReaderOn(file: string, fileName: string, inFolder: boolean) {
    await checkReadableBackup(file, fileName, inFolder);
    const opened = await readers.open(file);
    return { status: 'opened' as const, fileName, ...opened };
  }

  return {
    list: async () => {
      const backups = await listBackupFiles(folder, integrity.judge);
      await oneAtATime(() => integrity.persist(backups.map((b) => b.fileName)));
      const at = now();
      const futureDated = backups.filter((b) => isFutureDated(b.createdAt, at)).map((b) => b.fileName);
      return {
        folder,
        settings: (await readBackupSettings(folder)).settings,
        backups,
        clock: { now: at.toISOString(), futureDated },
      };
    },

    saveSettings: (settings) =>
      oneAtATime(async () => {
        await ensureFolder();
        await writeFile(path.join(folder, BACKUP_SETTINGS_FILE), backupSettingsBytes(settings));
        return settings;
      }),

    sessionTarget: async () => {
      await ensureFolder();
      return {
        // Named like the atomic writer's temporary files, so the clean-up at start removes a crash's leftover.
        temporary: temporaryPathFor(path.join(folder, 'dsh-desk-backup.json')),
        keep: (temporary, manifest): Promise<CommitBackupResult> =>
          oneAtATime(async () => {
            if (manifest.reason === 'export') throw new Error('An export reached the backups folder.');
            const name = await freeName(manifest.reason);
            await renameIntoPlace(temporary, path.join(folder, name));
            return { status: 'kept', ...(await described(name)) };
          }),
      };
    },

    openReader: async (request) => {
      if (request.from === 'folder') {
        try {
          return await openReaderOn(path.join(folder, request.fileName), request.fileName, true);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
          throw new UserFacingError(`The backup ${request.fileName} is no longer in the backups folder.`, {
            cause: error,
          });
        }
      }
      const chosen = await deps.chooseBackupFile();
      if (chosen === null) return { status: 'cancelled' };
      if (!path.isAbsolute(chosen)) {
        throw new UserFacingError(`"${chosen}" is not a full path. Choose the backup file again.`);
      }
      const fileName = path.basename(chosen);
      try {
        return await openReaderOn(path.normalize(chosen), fileName, false);
      } catch (error) {
        if (error instanceof UserFacingError) throw error;
        throw new UserFacingError(`Could not read ${fileName}: ${explain(error)}`, { cause: error });
      }
    },

    readSlice: (readerId, offset) => readers.read(readerId, offset),
    closeReader: (readerId) => readers.close(readerId),

    restoreEvidence: async ({ readerId, sha256s }) => {
      if (deps.evidenceFolder === undefined) {
        return { restored: 0, alreadyHere: 0, missing: [...new Set(sha256s)].sort(), damaged: [] };
      }
      return restoreCarriedEvidence(readers.sourceOf(readerId), deps.evidenceFolder, sha256s, writeFile);
    },
  };
}
