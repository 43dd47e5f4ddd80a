/**
 * What the Backups panel and start-up do with backups, each step audited: back up into the backups folder,
 * export to a file (sealed by main), open and check a backup (with main's word on whether it can vouch for
 * it), restore it (after backing up what is there now, so the restore can be undone; a backup DSH Desk
 * cannot vouch for only once the officer has confirmed the warning), and undo. Backups and restores in this
 * window run one at a time.
 */
import type {
  BackupEntry,
  FolderBackupReason,
  WriteBackupResult,
} from '../../../shared/contract/backup-payloads';
import type { SaveFileResult } from '../../../shared/contract/payloads';
import { londonToday } from '../../../shared/dates';
import type { AuditEvent } from '../../../shared/domain';
import { recordAuditEvent } from '../../db/audit/append';
import { recordCheckpoint } from '../../db/audit/anchors';
import { faultMessage } from '../../db/errors';
import {
  checkBackup,
  createBackup,
  restoreBackup,
  type BackupProgress,
  type CheckedBackup,
} from '../../db/backup';
import type { WriteContext } from '../../db/write/context';
import type { Host } from '../../host';
import { restoreWarning, trustLabel, type RestoreTrust } from './trust-words';

/** What every backup operation needs: who writes to which database, the host, and the app's version. */
export interface BackupContext {
  ctx: WriteContext;
  host: Host;
  appVersion: string;
}

/** A backup read and checked, ready to restore: where it came from, its bytes, what the check found, and trust. */
export interface BackupToRestore {
  name: string;
  blob: Blob;
  checked: CheckedBackup;
  trust: RestoreTrust;
}

/** A finished restore: its audit event, the backup made just before it, and that backup's bytes (the undo). */
export interface RestoreOutcome {
  event: AuditEvent;
  safetyBackup: BackupEntry;
  undo: { name: string; blob: Blob };
}

let queue: Promise<unknown> = Promise.resolve();
/** Runs `work` once every backup or restore already started in this window has finished. */
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

const listeners = new Set<() => void>();
/** Calls `listener` whenever a backup is written or a restore is done; returns how to stop. */
export function onBackupsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
function announceChange(): void {
  for (const listener of listeners) listener();
}

/** Backs the database up into the backups folder (downloads it, in a browser) and records that it did. */
export function backUp(
  { ctx, host, appVersion }: BackupContext,
  reason: Exclude<FolderBackupReason, 'before-restore'>,
  onProgress?: BackupProgress,
): Promise<WriteBackupResult> {
  return oneAtATime(async () => {
    const made = await createBackup(ctx.db, { reason, appVersion, onProgress });
    const result = await host.writeBackup({ bytes: await made.bytes() });
    await recordCheckpoint(ctx.db, 'backup');
    await recordAuditEvent(ctx, {
      entity: 'database',
      entityId: result.backup.fileName,
      action: 'backup',
      changes: { reason: { after: reason }, records: { after: made.records } },
    });
    announceChange();
    return result;
  });
}

/** Saves a backup wherever the officer chooses ("Export…"), and records where. */
export function exportBackup(
  { ctx, host, appVersion }: BackupContext,
  onProgress?: BackupProgress,
): Promise<SaveFileResult> {
  return oneAtATime(async () => {
    const made = await createBackup(ctx.db, { reason: 'export', appVersion, onProgress });
    const suggestedName = `DSH Desk backup ${londonToday()}.json`;
    // Main seals the export with this installation's key before it saves it.
    const result = await host.exportBackup({ suggestedName, bytes: await made.bytes() });
    if (result.status === 'saved') {
      await recordAuditEvent(ctx, {
        entity: 'database',
        entityId: suggestedName,
        action: 'export',
        changes: { savedTo: { after: result.path }, records: { after: made.records } },
      });
    }
    return result;
  });
}

/** Reads a backup from the folder, a file the officer picks, or memory, and checks it; null if they cancel. */
export async function openBackup(
  { ctx, host }: BackupContext,
  source: { fileName: string } | { pick: true } | { name: string; blob: Blob },
  onProgress?: BackupProgress,
): Promise<BackupToRestore | null> {
  let name: string;
  let blob: Blob;
  let trust: RestoreTrust;
  if ('blob' in source) {
    // Bytes this window made itself moments ago (the undo): they never left it.
    ({ name, blob } = source);
    trust = { kind: 'this-window', installationId: null };
  } else if ('fileName' in source) {
    const file = await host.readBackup({ fileName: source.fileName });
    ({ fileName: name, trust } = file);
    blob = new Blob([file.bytes as BlobPart]);
  } else {
    const picked = await host.openBackupFile();
    if (picked.status === 'cancelled') return null;
    ({ fileName: name, trust } = picked);
    blob = new Blob([picked.bytes as BlobPart]);
  }
  const checked = await checkBackup(ctx.db, blob, onProgress);
  return { name, blob, checked, trust };
}

/** Restoring a backup DSH Desk cannot vouch for without the officer's confirmation. */
export class UnvouchedRestoreError extends Error {
  constructor() {
    super(
      'DSH Desk cannot vouch for this backup, and restoring it was not confirmed. Nothing has been changed.',
    );
    this.name = 'UnvouchedRestoreError';
  }
}

/**
 * Restores a checked backup: first backs up the data as it is now (if that fails, nothing is restored), then
 * replaces the database in one transaction. `undo-restore` is a restore of the backup made before one. A
 * backup DSH Desk cannot vouch for is restored only with `confirmedUnvouched` (the officer read the warning).
 */
export function restore(
  { ctx, host, appVersion }: BackupContext,
  backup: BackupToRestore,
  action: 'restore' | 'undo-restore',
  progress: { safety?: BackupProgress; restore?: BackupProgress } = {},
  confirmedUnvouched = false,
): Promise<RestoreOutcome> {
  if (restoreWarning(backup) && !confirmedUnvouched) return Promise.reject(new UnvouchedRestoreError());
  return oneAtATime(async () => {
    const safety = await createBackup(ctx.db, {
      reason: 'before-restore',
      appVersion,
      onProgress: progress.safety,
    });
    let written: WriteBackupResult;
    try {
      written = await host.writeBackup({ bytes: await safety.bytes() });
    } catch (error) {
      const why = faultMessage(error, 'try again');
      throw new Error(
        `Nothing was restored, because the data as it is now could not be backed up first: ${why}`,
        {
          cause: error,
        },
      );
    }
    const { manifest, records } = backup.checked;
    const event = await restoreBackup(
      ctx,
      backup.blob,
      backup.checked,
      {
        action,
        entityId: backup.name.slice(0, 100),
        changes: {
          backup: { after: backup.name },
          backupMadeAt: { after: manifest.createdAt },
          records: { after: records },
          vouchedFor: { after: trustLabel(backup.trust) },
          backupOfDataReplaced: { after: written.backup.fileName },
        },
      },
      progress.restore,
    );
    // Checkpoints made before this restore, beyond what the backup held, belong to the replaced log.
    await recordCheckpoint(ctx.db, 'restore', backup.checked.auditTail.seq);
    announceChange();
    return {
      event,
      safetyBackup: written.backup,
      undo: { name: written.backup.fileName, blob: safety.blob },
    };
  });
}
