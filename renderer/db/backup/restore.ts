/**
 * Restoring a checked backup: the whole database is replaced in ONE transaction, so it ends either exactly
 * as the backup (plus the event recording the restore) or exactly as it was.
 *
 * dexie-export-import's importInto opens that transaction itself, after it has read the file's header (a file
 * read inside an open transaction would commit it early). The first row it hands to `filter` arrives inside
 * the transaction, before anything is added; at that moment every table is cleared — the audit log through
 * the one exception the append-only guard grants a restore — and the event recording the restore, which
 * continues the backup's hash chain, is added with this computer's own meta rows. Every row is checked
 * again as it is stored (`transform`), so nothing unchecked is ever written. Any failure aborts the whole
 * transaction. The maintained aggregates are the one thing a backup holds but a restore does not take: they
 * are summed again from the restored records (renderer/db/aggregates).
 */
import Dexie from 'dexie';
import type { AuditEvent } from '../../../shared/domain';
import {
  auditHeadRow,
  deviceOf,
  headOf,
  nextAuditEvent,
  AUDIT_HEAD_KEY,
  type AuditEntry,
} from '../audit/append';
import { replaceKnownHead } from '../audit/anchors';
import { permitAuditLogReplacement } from '../audit/append-only';
import { DERIVED_TABLES } from '../aggregates/tables';
import type { WriteContext } from '../write/context';
import type { CheckedBackup } from './check';
import { READ_CHUNK_BYTES } from './check-rows';
import type { BackupProgress } from './create';
import { exportImportLibrary } from './export-import-library';
import { BackupRefusedError } from './refusal';
import { checkedRow, rowSchemasOf } from './row-checks';

/** Meta rows about this computer rather than the data (which staff member is using it…): a restore keeps ours. */
export const THIS_COMPUTER_META_KEYS: readonly string[] = ['installationId', 'createdAt', 'currentStaffId'];

/** What the restore records: `restore` or `undo-restore`, naming the backup. */
export type RestoreEntry = Omit<AuditEntry, 'entity'> & { action: 'restore' | 'undo-restore' };

function refusalFor(error: unknown): unknown {
  if (error instanceof Dexie.BulkError || (error as { name?: string } | null)?.name === 'ConstraintError') {
    return new BackupRefusedError(
      'This backup holds two records that must be unique (for example two people with the same e-mail address).',
    );
  }
  return error;
}

/** Replaces the database with the backup `blob`, which `checkBackup` has passed; returns the restore's event. */
export async function restoreBackup(
  ctx: WriteContext,
  blob: Blob,
  checked: CheckedBackup,
  entry: RestoreEntry,
  onProgress?: BackupProgress,
): Promise<AuditEvent> {
  const { db } = ctx;
  const { importInto } = await exportImportLibrary();
  const schemas = rowSchemasOf(db);
  const ours = await db.meta
    .where('key')
    .anyOf([...THIS_COMPUTER_META_KEYS])
    .toArray();
  const tail = checked.auditTail;
  const event = nextAuditEvent(
    tail.seq > 0 && tail.at !== undefined ? { seq: tail.seq, hash: tail.hash, at: tail.at } : undefined,
    ctx,
    { ...entry, entity: 'database' },
    await deviceOf(db),
  );
  const notRestored = new Set([...THIS_COMPUTER_META_KEYS, AUDIT_HEAD_KEY]);
  let replacing: Promise<void> | undefined;
  let failure: unknown;

  /** Runs inside importInto's transaction, before its first row is added. */
  function beginReplacement(): Promise<void> {
    const transaction = Dexie.currentTransaction;
    const coversAll = db.tables.every((table) => transaction?.storeNames.includes(table.name));
    if (!transaction || transaction.mode !== 'readwrite' || !coversAll) {
      throw new Error('A restore must run in one read-write transaction over every table.');
    }
    permitAuditLogReplacement(transaction);
    return Promise.all([
      ...db.tables.map((table) => table.clear()),
      db.auditEvents.add(event),
      db.meta.bulkPut([...ours, auditHeadRow(event)]),
    ]).then(
      () => undefined,
      (error: unknown) => {
        failure = error;
        transaction.abort();
      },
    );
  }

  try {
    await importInto(db, blob, {
      acceptNameDiff: true,
      acceptVersionDiff: true,
      chunkSizeBytes: READ_CHUNK_BYTES,
      filter: (table, value: { key?: unknown }) => {
        replacing ??= beginReplacement();
        // The aggregates are not taken from the file: the middleware sums the restored records as they
        // are added, so they match the records restored even when the file's own sums do not.
        if (DERIVED_TABLES.has(table)) return false;
        return !(table === db.meta.name && notRestored.has(String(value.key)));
      },
      transform: (table, value) => {
        const schema = schemas.get(table);
        const checkedValue = schema
          ? checkedRow(schema, value)
          : { ok: false as const, problem: 'unknown table' };
        if (!checkedValue.ok) throw new BackupRefusedError(`A row of the ${table} table cannot be restored.`);
        return { value: checkedValue.row };
      },
      progressCallback: ({ completedRows, totalRows }) => {
        onProgress?.(completedRows, totalRows ?? completedRows);
        return true;
      },
    });
  } catch (error) {
    throw refusalFor(failure ?? error);
  }
  if (!replacing) throw new Error('The backup held no rows, so nothing was restored.');
  await replacing;
  if (failure) throw failure;
  // The restored log is the truth now, even when it is shorter than the one it replaced.
  replaceKnownHead(db, headOf(event));
  return event;
}
