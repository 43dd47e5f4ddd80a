/**
 * A backup made whole in memory: the database exported by dexie-export-import in one read transaction, behind
 * a first line that describes it (see shared/contract/backup-payloads.ts). This is the format every earlier
 * DSH Desk wrote; the app now streams its backups to main instead (stream-export.ts, the same layout), and
 * this stays as the reference of that older format (tests build older backups with it).
 */
import type Dexie from 'dexie';
import {
  BACKUP_APP,
  BACKUP_FORMAT,
  DATABASE_ONLY_FORMAT_VERSION,
  manifestLine,
  type BackupManifest,
  type BackupReason,
} from '../../../shared/contract/backup-payloads';
import { nowInstant } from '../../../shared/dates';
import { readBlobBytes, sha256OfBlob } from './blob-bytes';
import { exportImportLibrary } from './export-import-library';

/** How far a long operation has got: `done` of `total` rows. */
export type BackupProgress = (done: number, total: number) => void;

/** A backup file's contents and what its first line says. */
export interface MadeBackup {
  blob: Blob;
  bytes: () => Promise<Uint8Array<ArrayBuffer>>;
  manifest: BackupManifest;
  /** Every row, all tables together. */
  records: number;
}

/** What a backup records about the app that made it. */
export interface BackupOptions {
  reason: BackupReason;
  appVersion: string;
  onProgress?: BackupProgress;
  /** The clock; the real one unless a test needs another. */
  now?: () => Date;
}

/** Exports `db` into a DSH Desk backup file. */
export async function createBackup(db: Dexie, options: BackupOptions): Promise<MadeBackup> {
  const { exportDB, peakImportFile } = await exportImportLibrary();
  const exported = await exportDB(db, {
    progressCallback: ({ completedRows, totalRows }) => {
      options.onProgress?.(completedRows, totalRows ?? completedRows);
      return true;
    },
  });
  const header = await peakImportFile(exported);
  const counts = Object.fromEntries(header.data.tables.map((table) => [table.name, table.rowCount]));
  // The export is `{"formatName":…}`; the backup is our first line (which opens the object) + the rest.
  const body = exported.slice(1);
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: DATABASE_ONLY_FORMAT_VERSION,
    app: BACKUP_APP,
    appVersion: options.appVersion,
    schemaVersion: db.verno,
    createdAt: nowInstant(options.now?.() ?? new Date()),
    reason: options.reason,
    counts,
    sha256: await sha256OfBlob(body),
  };
  const blob = new Blob([manifestLine(manifest), body], { type: 'application/json' });
  const records = Object.values(counts).reduce((sum, count) => sum + count, 0);
  return { blob, bytes: () => readBlobBytes(blob), manifest, records };
}
