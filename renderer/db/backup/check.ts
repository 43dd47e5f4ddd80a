/**
 * Checking a backup before anything is written, in the order a reader would: is it a DSH Desk backup, from
 * a schema this app knows, undamaged (its checksum), with the tables and primary keys of this database, and
 * does every row pass — counted, table by table, against both counts the file declares. Any failure throws
 * a BackupRefusedError that says why; the database is never touched.
 */
import type { peakImportFile } from 'dexie-export-import';
import {
  BACKUP_FORMAT_VERSION,
  parseManifestLine,
  type BackupManifest,
} from '../../../shared/contract/backup-payloads';
import { applicableCheckpoints, recordedDay, type AuditCheckpoint } from '../../../shared/audit/head';
import { anchorStoreOf } from '../audit/anchors';
import type { DshDatabase, EvidenceFileRow } from '../database';
import { firstLineOf, forbiddenKeyIn, sha256OfBlob, TOO_LONG } from './blob-bytes';
import { censusOfRows, type AuditTail } from './check-rows';
import { exportImportLibrary } from './export-import-library';
import type { BackupProgress } from './create';
import { BackupRefusedError } from './refusal';
import { plainDataProblem } from './row-checks';

/** A backup that passed every check: what it says, what it holds and where its audit log ends. */
export interface CheckedBackup {
  manifest: BackupManifest;
  counts: Record<string, number>;
  records: number;
  auditTail: AuditTail;
  /**
   * Why this installation cannot vouch for the backup's audit log, when it disagrees with a checkpoint this
   * installation recorded (the log was rewritten, or the backup comes from another installation).
   */
  auditWarning: string | null;
  /** The evidence-file rows the backup holds: the files a restore puts back, and how the officer knows them. */
  evidence: EvidenceFileRow[];
}

async function checkedManifest(db: DshDatabase, blob: Blob): Promise<BackupManifest> {
  if (blob.size === 0) throw new BackupRefusedError('The file is empty.');
  const first = await firstLineOf(blob);
  const found = first ? parseManifestLine(first.line) : { ok: false as const, problem: '' };
  if (!first || !found.ok) throw new BackupRefusedError('This file is not a DSH Desk backup.');
  const { manifest } = found;
  if (manifest.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupRefusedError(
      `This backup was made by a newer version of DSH Desk (${manifest.appVersion}), in a format this version cannot read. Install the latest DSH Desk to restore it.`,
    );
  }
  if (manifest.schemaVersion > db.verno) {
    throw new BackupRefusedError(
      `This backup was made by a newer version of DSH Desk (${manifest.appVersion}, schema version ${manifest.schemaVersion}; this version knows up to ${db.verno}). Install the latest DSH Desk to restore it.`,
    );
  }
  if ((await sha256OfBlob(blob, first.bodyStart)) !== manifest.sha256) {
    throw new BackupRefusedError(
      'This backup is damaged or incomplete: its contents do not match the checksum written when it was made.',
    );
  }
  const forbidden = await forbiddenKeyIn(blob);
  if (forbidden !== null) throw new BackupRefusedError(`This backup cannot be restored: ${forbidden}.`);
  return manifest;
}

async function checkHeader(db: DshDatabase, blob: Blob, manifest: BackupManifest): Promise<void> {
  // Loaded before the try: a library that could not be fetched is not a damaged backup.
  const library = await exportImportLibrary();
  let header: Awaited<ReturnType<typeof peakImportFile>>;
  try {
    header = await library.peakImportFile(blob);
  } catch (error) {
    throw new BackupRefusedError(
      `This backup is damaged: ${error instanceof Error ? error.message : error}.`,
    );
  }
  const problem = plainDataProblem(header);
  if (problem !== null) throw new BackupRefusedError(`This backup cannot be restored: ${problem}.`);
  const data = header.data;
  if (header.formatName !== 'dexie' || !data || data.databaseVersion !== manifest.schemaVersion) {
    throw new BackupRefusedError('This backup is damaged: its contents do not match its description.');
  }
  const declared = Object.keys(manifest.counts).sort();
  const names = data.tables.map((table) => table.name).sort();
  const appTables = db.tables.map((table) => table.name).sort();
  const sameTables = manifest.schemaVersion === db.verno ? names.join() === appTables.join() : true;
  if (!sameTables || names.join() !== declared.join()) {
    throw new BackupRefusedError('This backup does not hold the tables of a DSH Desk database.');
  }
  for (const table of data.tables) {
    const ours = db.tables.find((candidate) => candidate.name === table.name);
    if (!ours || table.schema.split(',')[0] !== ours.schema.primKey.src) {
      throw new BackupRefusedError(`The ${table.name} table in this backup is not one DSH Desk can restore.`);
    }
    if (table.rowCount !== manifest.counts[table.name]) {
      throw new BackupRefusedError(
        `This backup is damaged: it says both ${manifest.counts[table.name]} and ${table.rowCount} rows for the ${table.name} table.`,
      );
    }
  }
}

/** Checks `blob` as a backup to restore into `db`; `onProgress` follows the rows. */
export async function checkBackup(
  db: DshDatabase,
  blob: Blob,
  onProgress?: BackupProgress,
): Promise<CheckedBackup> {
  const manifest = await checkedManifest(db, blob);
  await checkHeader(db, blob, manifest);
  let census: Awaited<ReturnType<typeof censusOfRows>>;
  try {
    census = await censusOfRows(db, blob, onProgress, await checkpointsOf(db, manifest.createdAt));
  } catch (error) {
    if (error instanceof BackupRefusedError) throw error;
    // The streaming reader's own words for a text over 10 MB (one full of escaped quotes gets this far).
    if (error instanceof Error && /Max buffer length exceeded/.test(error.message)) {
      throw new BackupRefusedError(`This backup cannot be restored: ${TOO_LONG}.`);
    }
    throw new BackupRefusedError(
      `This backup is damaged: it could not be read to the end (${error instanceof Error ? error.message : error}).`,
    );
  }
  for (const [table, declared] of Object.entries(manifest.counts)) {
    const found = census.counts[table] ?? 0;
    if (found !== declared) {
      throw new BackupRefusedError(
        `This backup is damaged or incomplete: it says the ${table} table has ${declared} rows, but ${found} were found.`,
      );
    }
  }
  const auditTail = census.auditTail();
  const records = Object.values(census.counts).reduce((sum, count) => sum + count, 0);
  if (records === 0) throw new BackupRefusedError('This backup holds nothing at all.');
  const disagreement = census.disagreement();
  const auditWarning = disagreement
    ? `Its audit log is not the one this installation recorded on ${recordedDay(disagreement)} (event ${disagreement.head.seq} differs): either it was rewritten, or it comes from another installation of DSH Desk.`
    : null;
  return { manifest, counts: census.counts, records, auditTail, auditWarning, evidence: census.evidence };
}

/**
 * The checkpoints this installation had recorded when the backup was made, that its log had to agree with
 * then (none when there is no readable anchor). Later checkpoints may belong to a log a restore replaced.
 */
async function checkpointsOf(db: DshDatabase, madeAt: string): Promise<AuditCheckpoint[]> {
  const anchors = await anchorStoreOf(db)
    ?.readAuditAnchors()
    .catch(() => null);
  return anchors ? applicableCheckpoints(anchors, madeAt) : [];
}
