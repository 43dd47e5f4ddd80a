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
import type { CommitBackupResult } from '../../../shared/contract/backup-stream';
import type { SaveFileResult } from '../../../shared/contract/payloads';
import { londonToday } from '../../../shared/dates';
import type { AuditEvent } from '../../../shared/domain';
import { recordAuditEvent } from '../../db/audit/append';
import { recordCheckpoint } from '../../db/audit/anchors';
import { faultMessage } from '../../db/errors';
import {
  checkBackup,
  openBackupReader,
  restoreBackup,
  restoreEvidenceOf,
  streamBackup,
  type BackupProgress,
  type CheckedBackup,
  type EvidenceRestored,
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
  /** The reader main read it through (it puts the backup's evidence files back by it). */
  readerId: string;
  blob: Blob;
  checked: CheckedBackup;
  trust: RestoreTrust;
}

/** A finished restore: its audit event, and the backup made just before it (the undo reads it back). */
export interface RestoreOutcome {
  event: AuditEvent;
  safetyBackup: BackupEntry;
  undo: { undoOf: string };
  /** What became of the evidence files the restored records name. */
  evidence: EvidenceRestored;
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

/** Streams the database into the backups folder through main (a download, in a browser). */
async function keepInFolder(
  { ctx, host, appVersion }: BackupContext,
  reason: FolderBackupReason,
  onProgress?: BackupProgress,
): Promise<WriteBackupResult & { records: number; evidence: CommitBackupResult['evidence'] }> {
  const sent = await streamBackup(ctx.db, host, {
    reason,
    appVersion,
    ...(onProgress ? { onProgress } : {}),
  });
  if (sent?.result.status !== 'kept')
    throw new Error('The backup went somewhere other than the backups folder.');
  const { backup, removed, evidence } = sent.result;
  return { backup, removed, records: sent.records, evidence };
}

/**
 * What a backup's or an export's event says of the evidence files its rows name: how many it carries, and
 * how many it could not (not on this computer); nothing when its rows name none.
 */
function evidenceChanges(evidence: CommitBackupResult['evidence']): Record<string, { after: number }> {
  if (!evidence) return {};
  return {
    evidenceFilesCarried: { after: evidence.carried },
    ...(evidence.notHeld > 0 ? { evidenceFilesNotHeld: { after: evidence.notHeld } } : {}),
  };
}

/** What a restore's event says of the evidence files: how many were put back, and which were not and why. */
function evidenceRestoredChanges(evidence: EvidenceRestored): Record<string, { after: number | string[] }> {
  const { restored, alreadyHere, missing, damaged, problems } = evidence;
  const fault = missing.length === 0 && damaged.length === 0 ? problems : [];
  return {
    evidenceFilesPutBack: { after: restored },
    evidenceFilesAlreadyHere: { after: alreadyHere },
    ...(missing.length > 0 ? { evidenceFilesMissing: { after: missing } } : {}),
    ...(damaged.length > 0 ? { evidenceFilesDamaged: { after: damaged } } : {}),
    ...(fault.length > 0 ? { evidenceFilesNotPutBack: { after: fault } } : {}),
  };
}

/** Backs the database up into the backups folder (downloads it, in a browser) and records that it did. */
export function backUp(
  context: BackupContext,
  reason: Exclude<FolderBackupReason, 'before-restore'>,
  onProgress?: BackupProgress,
): Promise<WriteBackupResult> {
  return oneAtATime(async () => {
    const { records, evidence, ...result } = await keepInFolder(context, reason, onProgress);
    await recordCheckpoint(context.ctx.db, 'backup');
    await recordAuditEvent(context.ctx, {
      entity: 'database',
      entityId: result.backup.fileName,
      action: 'backup',
      changes: { reason: { after: reason }, records: { after: records }, ...evidenceChanges(evidence) },
    });
    announceChange();
    return result;
  });
}

/** Saves a backup wherever the officer chooses ("Export…"), asked before anything is read, and records where. */
export function exportBackup(
  { ctx, host, appVersion }: BackupContext,
  onProgress?: BackupProgress,
): Promise<SaveFileResult> {
  return oneAtATime(async () => {
    const suggestedName = `DSH Desk backup ${londonToday()}.json`;
    // Main seals the export with this installation's key as it writes it.
    const sent = await streamBackup(ctx.db, host, {
      reason: 'export',
      appVersion,
      suggestedName,
      ...(onProgress ? { onProgress } : {}),
    });
    if (sent === null) return { status: 'cancelled' };
    if (sent.result.status !== 'saved') throw new Error('The export went into the backups folder.');
    const { path } = sent.result;
    await recordAuditEvent(ctx, {
      entity: 'database',
      entityId: suggestedName,
      action: 'export',
      changes: {
        savedTo: { after: path },
        records: { after: sent.records },
        ...evidenceChanges(sent.result.evidence),
      },
    });
    return { status: 'saved', path };
  });
}

/**
 * Reads a backup from the folder, a file the officer picks, or (the undo) the backup made before a restore,
 * and checks it; null if they cancel. The file is pulled from main a slice at a time.
 */
export async function openBackup(
  { ctx, host }: BackupContext,
  source: { fileName: string } | { pick: true } | { undoOf: string },
  onProgress?: BackupProgress,
): Promise<BackupToRestore | null> {
  const pulled = await openBackupReader(
    host,
    'pick' in source
      ? { from: 'pick' }
      : { from: 'folder', fileName: 'undoOf' in source ? source.undoOf : source.fileName },
  );
  if (pulled === null) return null;
  const { fileName: name, blob, readerId } = pulled;
  // The undo reads the backup this window made moments ago; where main cannot check seals at all (a
  // browser keeps that backup in the tab), it never left this window.
  const trust: RestoreTrust =
    'undoOf' in source && pulled.trust.kind === 'cannot-check'
      ? { kind: 'this-window', installationId: null }
      : pulled.trust;
  const checked = await checkBackup(ctx.db, blob, onProgress);
  return { name, readerId, blob, checked, trust };
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
    let written: WriteBackupResult;
    try {
      written = await keepInFolder({ ctx, host, appVersion }, 'before-restore', progress.safety);
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
    // Main copies the files out of the backup, checking each against the SHA-256 the backup's row holds.
    const evidence = await restoreEvidenceOf(backup.checked.evidence, host, backup.readerId);
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
          ...(backup.checked.evidence.length > 0 ? evidenceRestoredChanges(evidence) : {}),
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
      undo: { undoOf: written.backup.fileName },
      evidence,
    };
  });
}
