/**
 * Making a backup without ever holding the database: inside ONE read transaction (a consistent snapshot, as
 * dexie-export-import's exportDB takes), every table is counted, the header goes to main, then each table's
 * rows go in primary-key order, MAX_CHUNK_ROWS at a time (paged by key, never by offset). Each send is awaited
 * through Dexie.waitFor, which keeps the transaction alive while main writes. Main writes the file, hashes and
 * seals it; if anything fails here, main is told to abort and no file is left. Works on the app's database
 * and on an older one opened without a version, before it is upgraded.
 */
import Dexie, { type Table } from 'dexie';
import type { BackupReason } from '../../../shared/contract/backup-payloads';
import {
  MAX_CHUNK_ROWS,
  type BackupChunkRequest,
  type CommitBackupResult,
} from '../../../shared/contract/backup-stream';
import type { DshBridge } from '../../../shared/contract/bridge';
import { rowsAfterKey } from '../key-pages';
import type { BackupProgress } from './create';

/** The host operations a streamed backup uses. */
export type BackupSessionHost = Pick<
  DshBridge,
  'beginBackup' | 'writeBackupChunk' | 'commitBackup' | 'abortBackup'
>;

/** A backup sent and kept (or saved): what main says, and how many rows it holds. */
export interface StreamedBackup {
  result: CommitBackupResult;
  counts: Record<string, number>;
  records: number;
}

/** What a streamed backup records about the app that made it. */
export interface StreamOptions {
  reason: BackupReason;
  appVersion: string;
  /** Only for an export: the name proposed in the save dialog. */
  suggestedName?: string;
  onProgress?: BackupProgress;
  /** Rows a chunk carries (tests use fewer to make many chunks). */
  chunkRows?: number;
}

/** The table's schema as dexie-export-import writes it in a file's header. */
function schemaOf(table: Table): string {
  return [table.schema.primKey, ...table.schema.indexes].map((index) => index.src).join(',');
}

/** Reads `db` in one snapshot and sends it, table by table, a chunk at a time; returns the counts. */
async function sendAll(
  db: Dexie,
  send: (part: BackupChunkRequest['part']) => Promise<unknown>,
  chunkRows: number,
  onProgress?: BackupProgress,
): Promise<Record<string, number>> {
  const report = (done: number, total: number) =>
    onProgress && Dexie.ignoreTransaction(() => onProgress(done, total));
  return db.transaction('r', db.tables, async () => {
    const counts = await Promise.all(db.tables.map((table) => table.count()));
    const total = counts.reduce((sum, count) => sum + count, 0);
    const tables = db.tables.map((table, i) => ({
      name: table.name,
      schema: schemaOf(table),
      rowCount: counts[i]!,
    }));
    await Dexie.waitFor(send({ kind: 'header', databaseName: db.name, databaseVersion: db.verno, tables }));
    let done = 0;
    report(done, total);
    for (const table of db.tables) {
      const keyPath = table.schema.primKey.keyPath;
      if (!keyPath)
        throw new Error(`The ${table.name} table has no key in its rows, so it cannot be backed up.`);
      let lastKey: unknown;
      for (;;) {
        const rows = (await rowsAfterKey(table, lastKey).limit(chunkRows).toArray()) as Record<
          string,
          unknown
        >[];
        if (rows.length === 0) break;
        await Dexie.waitFor(send({ kind: 'rows', table: table.name, rows }));
        done += rows.length;
        report(done, total);
        if (rows.length < chunkRows) break;
        lastKey = Dexie.getByKeyPath(rows[rows.length - 1]!, keyPath);
      }
    }
    return Object.fromEntries(tables.map((table) => [table.name, table.rowCount]));
  });
}

/**
 * Backs `db` up through a session in main: into the backups folder, or (reason `export`) where the officer
 * chooses, asked before anything is read. Null when the officer cancelled the save dialog.
 */
export async function streamBackup(
  db: Dexie,
  host: BackupSessionHost,
  options: StreamOptions,
): Promise<StreamedBackup | null> {
  const { reason, appVersion, suggestedName } = options;
  const begun = await host.beginBackup({ reason, appVersion, ...(suggestedName ? { suggestedName } : {}) });
  if (begun.status === 'cancelled') return null;
  const { sessionId } = begun;
  try {
    const counts = await sendAll(
      db,
      (part) => host.writeBackupChunk({ sessionId, part }),
      options.chunkRows ?? MAX_CHUNK_ROWS,
      options.onProgress,
    );
    const result = await host.commitBackup({ sessionId });
    const records = Object.values(counts).reduce((sum, count) => sum + count, 0);
    return { result, counts, records };
  } catch (error) {
    // Main removes what it had written; a failure to reach it leaves the clean-up to its idle timer.
    await host.abortBackup({ sessionId }).catch(() => undefined);
    throw error;
  }
}
