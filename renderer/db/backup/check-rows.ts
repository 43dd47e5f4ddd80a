/**
 * Reading every row of a backup without storing any: dexie-export-import's importInto streams the file into
 * a stand-in database whose tables only check and count. Each row must be plain data that passes its
 * table's schema, keys must rise strictly (no row twice), no two rows may share a value that must be unique
 * (unique-values.ts), and the audit log must be an intact hash chain
 * that ends where the backup's `auditHead` says it does.
 */
import { cmp } from 'dexie';
import { ChainVerifier, GENESIS_HASH } from '../../../shared/audit/chain';
import type { AuditCheckpoint } from '../../../shared/audit/head';
import type { AuditEvent } from '../../../shared/domain';
import { AUDIT_HEAD_KEY } from '../audit/append';
import type { DshDatabase, EvidenceFileRow } from '../database';
import type { BackupProgress } from './create';
import { exportImportLibrary } from './export-import-library';
import { BackupRefusedError } from './refusal';
import { checkedRow, rowSchemasOf, type RowSchema } from './row-checks';
import { UniqueValues } from './unique-values';

/** Where a backup's audit log ends: seq 0 and the genesis hash when it has no events. */
export interface AuditTail {
  seq: number;
  hash: string;
  at: string | undefined;
}

/** What reading every row found; `auditTail` then checks the audit log (a refusal says where it breaks). */
export interface RowCensus {
  counts: Record<string, number>;
  auditTail: () => AuditTail;
  /** The first checkpoint of this installation that the backup's log disagrees with, if any. */
  disagreement: () => AuditCheckpoint | undefined;
  /** The backup's evidence-file rows (a small table): which files its records name, and as what. */
  evidence: EvidenceFileRow[];
}

/** Read in slices of this size: large enough to be quick, small enough to keep memory flat. */
export const READ_CHUNK_BYTES = 1024 * 1024;

class RowInspector {
  readonly counts = new Map<string, number>();
  readonly evidence: EvidenceFileRow[] = [];
  private readonly lastKey = new Map<string, unknown>();
  private readonly chain = new ChainVerifier();
  private lastEvent: AuditEvent | undefined;
  private recordedHead: string | undefined;
  /** The first checkpoint whose event the backup holds with another hash. */
  disagreement: AuditCheckpoint | undefined;
  private readonly unique: UniqueValues;

  constructor(
    private readonly db: DshDatabase,
    private readonly schemas: ReadonlyMap<string, RowSchema>,
    private readonly checkpoints: ReadonlyMap<number, AuditCheckpoint[]> = new Map(),
  ) {
    this.unique = new UniqueValues(db);
  }

  inspect(table: string, value: unknown): void {
    const schema = this.schemas.get(table);
    if (!schema)
      throw new BackupRefusedError(`The backup holds a table DSH Desk does not know ("${table}").`);
    const number = (this.counts.get(table) ?? 0) + 1;
    const checked = checkedRow(schema, value);
    if (!checked.ok) {
      throw new BackupRefusedError(
        `Row ${number} of the ${table} table cannot be restored: ${checked.problem}.`,
      );
    }
    const key = checked.row[this.db.table(table).schema.primKey.keyPath as string];
    if (this.lastKey.has(table) && cmp(this.lastKey.get(table), key) >= 0) {
      throw new BackupRefusedError(
        `The ${table} table in this backup holds row ${number} twice or out of order.`,
      );
    }
    this.lastKey.set(table, key);
    this.unique.check(table, checked.row, number);
    this.counts.set(table, number);
    if (table === this.db.auditEvents.name) {
      this.lastEvent = checked.row as unknown as AuditEvent;
      this.chain.feed([this.lastEvent]);
      // Before a restore, the log may have held other events at the same seq: any one recorded there agrees.
      const recorded = this.checkpoints.get(this.lastEvent.seq) ?? [];
      const hash = this.lastEvent.hash;
      if (recorded.length > 0 && !recorded.some((checkpoint) => checkpoint.head.hash === hash)) {
        this.disagreement ??= recorded[0];
      }
    }
    if (table === this.db.evidenceFiles.name) this.evidence.push(checked.row as unknown as EvidenceFileRow);
    if (table === this.db.meta.name && checked.row.key === AUDIT_HEAD_KEY) {
      this.recordedHead = checked.row.value as string;
    }
  }

  /** The audit log's verdict: its tail, or a refusal that says where it breaks. */
  auditTail(): AuditTail {
    const verdict = this.chain.verdict();
    if (!verdict.intact) {
      throw new BackupRefusedError(
        `The audit log in this backup has been tampered with: ${verdict.problem}.`,
      );
    }
    const tail = { seq: this.lastEvent?.seq ?? 0, hash: this.lastEvent?.hash ?? GENESIS_HASH };
    const head = recordedHead(this.recordedHead);
    const endsWhereRecorded =
      head === undefined ? tail.seq === 0 : head.seq === tail.seq && head.hash === tail.hash;
    if (!endsWhereRecorded) {
      throw new BackupRefusedError(
        'The audit log in this backup does not end where it was last written: events are missing.',
      );
    }
    return { ...tail, at: this.lastEvent?.at };
  }
}

function recordedHead(value: string | undefined): { seq?: unknown; hash?: unknown } | undefined {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value) as { seq?: unknown; hash?: unknown };
  } catch {
    return {};
  }
}

/** Streams every row of `blob` through the checks, storing nothing; returns the rows found per table. */
export async function censusOfRows(
  db: DshDatabase,
  blob: Blob,
  onProgress?: BackupProgress,
  checkpoints: readonly AuditCheckpoint[] = [],
): Promise<RowCensus> {
  const bySeq = new Map<number, AuditCheckpoint[]>();
  for (const checkpoint of checkpoints) {
    bySeq.set(checkpoint.head.seq, [...(bySeq.get(checkpoint.head.seq) ?? []), checkpoint]);
  }
  const inspector = new RowInspector(db, rowSchemasOf(db), bySeq);
  // Just what importInto touches of a database when it runs without a transaction (see its source).
  const sink = {
    name: db.name,
    verno: db.verno,
    tables: [],
    table: (name: string) => {
      if (!db.tables.some((table) => table.name === name)) return undefined;
      return {
        schema: db.table(name).schema,
        bulkAdd: async (values: unknown[], keys?: unknown[]) => {
          if (keys !== undefined) {
            throw new BackupRefusedError(
              `The ${name} table in this backup is not in the form DSH Desk writes.`,
            );
          }
          for (const value of values) inspector.inspect(name, value);
        },
      };
    },
  };
  const { importInto } = await exportImportLibrary();
  await importInto(sink as unknown as DshDatabase, blob, {
    noTransaction: true,
    acceptNameDiff: true,
    acceptVersionDiff: true,
    chunkSizeBytes: READ_CHUNK_BYTES,
    progressCallback: ({ completedRows, totalRows }) => {
      onProgress?.(completedRows, totalRows ?? completedRows);
      return true;
    },
  });
  return {
    counts: Object.fromEntries(inspector.counts),
    auditTail: () => inspector.auditTail(),
    disagreement: () => inspector.disagreement,
    evidence: inspector.evidence,
  };
}
