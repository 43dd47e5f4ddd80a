/**
 * Backups streamed across the bridge in bounded pieces, so that neither process ever holds a whole database
 * or a whole file: the renderer opens a backup session in main, sends the header (tables and row counts, read
 * in the same snapshot as the rows) and then each table's rows in key order, a chunk at a time; main appends
 * them to a temporary file, hashing as it goes, and on commit seals the manifest, flushes and renames the file
 * into place (abort removes it). A restore pulls a backup file from main through a reader, a slice at a time.
 */
import { z } from 'zod';
import { BACKUP_REASONS, BackupEntrySchema, ExportNameSchema, type BackupManifest } from './backup-payloads';
import { BackupTrustSchema } from './backup-trust';

/** The most rows one chunk may carry (dexie-export-import reads 2,000 a step too). */
export const MAX_CHUNK_ROWS = 2000;
/** The most bytes one chunk's rows may take as JSON text: main refuses a larger one. */
export const MAX_CHUNK_JSON_BYTES = 32 * 1024 * 1024;
/** The most bytes main hands back for one read of a backup file. */
export const READ_SLICE_BYTES = 1024 * 1024;

const id = z.string().regex(/^[0-9a-f]{32}$/, 'This is not a backup session of this window.');
const tableName = z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/, 'A table name is not valid.');
const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const BeginBackupRequestSchema = z.strictObject({
  reason: z.enum(BACKUP_REASONS),
  appVersion: z.string().min(1).max(50),
  /** Only for an export: the name proposed in the save dialog (asked before anything is read). */
  suggestedName: ExportNameSchema.optional(),
});
/** Opens a backup session: into the backups folder, or (reason `export`) where the officer chooses. */
export type BeginBackupRequest = z.infer<typeof BeginBackupRequestSchema>;

export const BeginBackupResultSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('started'), sessionId: id }),
  z.strictObject({ status: z.literal('cancelled') }),
]);
/** The session to send the backup through, or that the officer cancelled the save dialog. */
export type BeginBackupResult = z.infer<typeof BeginBackupResultSchema>;

/** One table as the header of a dexie-export-import file describes it. */
export const BackupTableSchema = z.strictObject({
  name: tableName,
  schema: z.string().min(1).max(2000),
  rowCount: count,
});

const HeaderPartSchema = z.strictObject({
  kind: z.literal('header'),
  databaseName: z.string().min(1).max(200),
  databaseVersion: z.number().int().min(1).max(100_000),
  tables: z.array(BackupTableSchema).min(1).max(100),
});
const RowsPartSchema = z.strictObject({
  kind: z.literal('rows'),
  table: tableName,
  rows: z.array(z.record(z.string(), z.unknown())).min(1).max(MAX_CHUNK_ROWS),
});

export const BackupChunkRequestSchema = z.strictObject({
  sessionId: id,
  part: z.discriminatedUnion('kind', [HeaderPartSchema, RowsPartSchema]),
});
/** The header first, then each table's rows in the header's order, in key order. */
export type BackupChunkRequest = z.infer<typeof BackupChunkRequestSchema>;
/** The header of a streamed backup. */
export type BackupHeaderPart = z.infer<typeof HeaderPartSchema>;

export const BackupChunkResultSchema = z.strictObject({ rowsWritten: count });

export const BackupSessionRequestSchema = z.strictObject({ sessionId: id });
/** Which session to commit or abort. */
export type BackupSessionRequest = z.infer<typeof BackupSessionRequestSchema>;

/** How many of the evidence files its rows name a backup carries, and how many this computer did not hold. */
const EvidenceCarriedSchema = z.strictObject({ carried: count, notHeld: count }).optional();

export const CommitBackupResultSchema = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('kept'),
    backup: BackupEntrySchema,
    removed: z.array(z.string()),
    evidence: EvidenceCarriedSchema,
  }),
  z.strictObject({ status: z.literal('saved'), path: z.string(), evidence: EvidenceCarriedSchema }),
]);
/**
 * A folder backup kept (and what rotation removed), or an export saved where the officer chose; with the
 * evidence files it carries when its rows name any.
 */
export type CommitBackupResult = z.infer<typeof CommitBackupResultSchema>;

export const OpenBackupReaderRequestSchema = z.discriminatedUnion('from', [
  z.strictObject({ from: z.literal('folder'), fileName: BackupEntrySchema.shape.fileName }),
  z.strictObject({ from: z.literal('pick') }),
]);
/** A backup in the folder, or a file the officer picks. */
export type OpenBackupReaderRequest = z.infer<typeof OpenBackupReaderRequestSchema>;

export const OpenBackupReaderResultSchema = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('opened'),
    readerId: id,
    fileName: z.string().min(1).max(255),
    sizeBytes: count,
    trust: BackupTrustSchema,
  }),
  z.strictObject({ status: z.literal('cancelled') }),
]);
/** The reader of the chosen file (its name, size and whether main can vouch for it), or a cancel. */
export type OpenBackupReaderResult = z.infer<typeof OpenBackupReaderResultSchema>;

export const ReadBackupSliceRequestSchema = z.strictObject({ readerId: id, offset: count });
/** The next slice of the reader's file, from `offset`. */
export type ReadBackupSliceRequest = z.infer<typeof ReadBackupSliceRequestSchema>;

export const ReadBackupSliceResultSchema = z.strictObject({
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= READ_SLICE_BYTES, 'The slice is too large.'),
});

export const CloseBackupReaderRequestSchema = z.strictObject({ readerId: id });

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'An evidence file is named by its SHA-256.');

export const RestoreEvidenceRequestSchema = z.strictObject({
  readerId: id,
  /** The SHA-256 of every evidence file the restored rows name. */
  sha256s: z.array(sha256).max(1_000_000),
});
/** Puts back the evidence files the restored rows name, from the backup a reader opened. */
export type RestoreEvidenceRequest = z.infer<typeof RestoreEvidenceRequestSchema>;

export const RestoreEvidenceResultSchema = z.strictObject({
  /** Put back from the backup, each checked against its SHA-256. */
  restored: count,
  /** Already on this computer, intact. */
  alreadyHere: count,
  /** Neither in the backup nor on this computer. */
  missing: z.array(sha256),
  /** In the backup, but its bytes do not match the SHA-256 its row holds: not put back. */
  damaged: z.array(sha256),
});
/** What became of each evidence file a restore needed. */
export type RestoreEvidenceResult = z.infer<typeof RestoreEvidenceResultSchema>;

/** Manifest fields the seal does not change, known when a session opens. */
export type SessionManifest = Omit<BackupManifest, 'sha256' | 'seal' | 'counts' | 'schemaVersion'>;
