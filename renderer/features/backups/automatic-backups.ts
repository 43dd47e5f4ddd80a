/**
 * Automatic backups in the desktop app: at start when the newest backup is over a day old, every few hours
 * (the setting) while the app runs, and before a schema upgrade. They are made by DSH Desk itself, so the
 * audit log names DSH Desk, with the computer's user, as their actor. A failed automatic backup is logged
 * and kept for the Backups panel to show; it never stops the officer working.
 */
import { isFutureDated, type WriteBackupResult } from '../../../shared/contract/backup-payloads';
import { recordAuditEvent } from '../../db/audit/append';
import { faultMessage } from '../../db/errors';
import { backUpBeforeUpgrade, streamBackup } from '../../db/backup';
import type { DshDatabase } from '../../db/database';
import { openDatabase } from '../../db/open-database';
import type { Actor } from '../../db/write/context';
import type { Host } from '../../host';
import { backUp, onBackupsChanged, type BackupContext } from './backup-service';

/** The actor of everything DSH Desk does by itself (the nil UUID is never a staff member's id). */
export function automaticActor(osUser: string): Actor {
  return { staffId: '00000000-0000-0000-0000-000000000000', staffName: 'DSH Desk (automatic)', osUser };
}

const HOUR_MS = 60 * 60 * 1000;
/** How often the app asks whether a periodic backup is due. */
export const CHECK_EVERY_MS = 10 * 60 * 1000;

let lastProblem: string | null = null;
/** Why the last automatic backup failed, or null when it did not. */
export function lastAutomaticBackupProblem(): string | null {
  return lastProblem;
}

/**
 * Backs up when one is due: at `start`, when the newest backup is over a day old; `periodic`, when it is older
 * than the setting's hours. Only in the desktop app, and never for a database nothing was ever written to.
 * A backup dated in the future (made while the clock was wrong) is never the newest: it must not stop them.
 */
export async function backUpIfDue(
  context: BackupContext,
  reason: 'start' | 'periodic',
  now: Date = new Date(),
): Promise<WriteBackupResult | null> {
  if (context.host.kind !== 'electron') return null;
  // Every write is audited, so a database without events holds nothing worth a backup yet.
  if ((await context.ctx.db.auditEvents.count()) === 0) return null;
  const { backups, settings } = await context.host.listBackups();
  const maxAgeMs = reason === 'start' ? 24 * HOUR_MS : settings.everyHours * HOUR_MS;
  const newest = backups.find((backup) => !isFutureDated(backup.createdAt, now));
  if (newest && now.getTime() - Date.parse(newest.createdAt) < maxAgeMs) return null;
  return backUp(context, reason);
}

async function attempt(context: BackupContext, reason: 'start' | 'periodic'): Promise<void> {
  try {
    await backUpIfDue(context, reason);
    lastProblem = null;
  } catch (error) {
    lastProblem = faultMessage(error, 'back up again');
    console.error(`DSH Desk: the automatic ${reason} backup failed`, error);
  }
}

/** Starts the automatic backups of a running app (the one at start at once); returns how to stop them. */
export function startAutomaticBackups(context: BackupContext, checkEveryMs = CHECK_EVERY_MS): () => void {
  void attempt(context, 'start');
  const timer = setInterval(() => void attempt(context, 'periodic'), checkEveryMs);
  const stopListening = onBackupsChanged(() => (lastProblem = null));
  return () => {
    clearInterval(timer);
    stopListening();
  };
}

/**
 * Opens the app's database at start. When its stored schema is older than the app's, the desktop app backs
 * it up first, exactly as stored; if that backup cannot be kept, start-up stops and nothing is upgraded.
 */
export async function openDatabaseWithBackup(
  db: DshDatabase,
  host: Host,
  info: { version: string; osUserName: string },
  access = { indexedDB, IDBKeyRange },
): Promise<DshDatabase> {
  const kept: { result?: WriteBackupResult } = {};
  if (host.kind === 'electron') {
    try {
      await backUpBeforeUpgrade(db, access, async (stored) => {
        const sent = await streamBackup(stored, host, { reason: 'before-upgrade', appVersion: info.version });
        if (sent?.result.status !== 'kept') throw new Error('The backup did not reach the backups folder.');
        kept.result = sent.result;
      });
    } catch (error) {
      const why = faultMessage(error, 'start DSH Desk again');
      throw new Error(
        `This version of DSH Desk must back up your data before upgrading it, and the backup could not be saved: ${why}`,
        { cause: error },
      );
    }
  }
  await openDatabase(db, access.indexedDB);
  const upgraded = kept.result;
  if (upgraded) {
    await recordAuditEvent(
      { db, actor: automaticActor(info.osUserName) },
      {
        entity: 'database',
        entityId: upgraded.backup.fileName,
        action: 'backup',
        changes: {
          reason: { after: 'before-upgrade' },
          schemaVersion: { before: upgraded.backup.contents?.schemaVersion ?? null, after: db.verno },
        },
      },
    );
  }
  return db;
}
