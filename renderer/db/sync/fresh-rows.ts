/**
 * The quick path of applying a pulled batch: records this workstation holds no row of at all (most of a first
 * sync) are found with a few batched queries, then stored with one bulk write per table instead of a handful
 * of single queries and writes each. Anything else goes through `applyIncoming` one by one, as before.
 */
import type { IndexableType } from 'dexie';
import type { IncomingRecord } from '../../../shared/sync/documents';
import type { SyncedTypeName } from '../../../shared/sync/synced-types';
import type { DshDatabase } from '../database';
import { type LocalRecord, primaryKeyOf, rowKey, tableOf } from './local-rows';
import type { SyncRevision } from './rows';

/** The index a pair-keyed type is unique by here, and the fields of its key (as local-rows.ts matches them). */
const PAIR_INDEX: Partial<Record<SyncedTypeName, [string, string[]]>> = {
  membership: ['[projectId+personId]', ['projectId', 'personId']],
  'setup-task': ['[projectId+kind]', ['projectId', 'kind']],
  'closure-record': ['projectId', ['projectId']],
};

function pairValue(type: SyncedTypeName, record: LocalRecord): IndexableType | undefined {
  const pair = PAIR_INDEX[type];
  if (!pair) return undefined;
  const values = pair[1].map((field) => record[field]);
  return (values.length === 1 ? values[0] : values) as IndexableType;
}

/** The docIds of `records` (audit events aside) with no local row: no revision, no row by id or by pair. */
export async function freshDocIds(db: DshDatabase, records: readonly IncomingRecord[]): Promise<Set<string>> {
  const candidates = records.filter((incoming) => incoming.type !== 'audit');
  if (candidates.length === 0) return new Set();
  const known = new Set(
    (await db.syncRevs
      .where('docId')
      .anyOf(candidates.map((incoming) => incoming.docId))
      .keys()) as string[],
  );
  const taken = new Set<string>();
  const byType = new Map<SyncedTypeName, IncomingRecord[]>();
  for (const incoming of candidates) {
    const group = byType.get(incoming.type);
    if (group) group.push(incoming);
    else byType.set(incoming.type, [incoming]);
  }
  for (const [type, group] of byType) {
    const table = tableOf(db, type);
    const ids = group
      .map((incoming) => primaryKeyOf(table, incoming.record))
      .filter((id) => id !== undefined);
    for (const id of await table.where(':id').anyOf(ids).primaryKeys()) taken.add(`${type} ${String(id)}`);
    const pair = PAIR_INDEX[type];
    if (!pair) continue;
    const values = group.map((incoming) => pairValue(type, incoming.record)!);
    for (const value of await table.where(pair[0]).anyOf(values).keys())
      taken.add(`${type} ${JSON.stringify(value)}`);
  }
  const fresh = new Set<string>();
  for (const incoming of candidates) {
    const { type, record } = incoming;
    const pk = primaryKeyOf(tableOf(db, type), record);
    if (known.has(incoming.docId) || pk === undefined) continue;
    if (taken.has(`${type} ${pk}`)) continue;
    const pair = pairValue(type, record);
    if (pair !== undefined && taken.has(`${type} ${JSON.stringify(pair)}`)) continue;
    fresh.add(incoming.docId);
  }
  return fresh;
}

/** Fresh records and peer audit events gathered for bulk writes, written by `flush` (before any slow step). */
export class BulkWrites {
  private readonly rows = new Map<string, LocalRecord[]>();
  private revisions: SyncRevision[] = [];
  private peerEvents: LocalRecord[] = [];
  /** Row keys gathered, so a second document for the same row takes the slow path after a flush. */
  private readonly keys = new Set<string>();

  constructor(private readonly db: DshDatabase) {}

  /** Whether the row of `incoming` is already gathered. */
  holds(incoming: IncomingRecord): boolean {
    const table = tableOf(this.db, incoming.type);
    return this.keys.has(rowKey(table.name, primaryKeyOf(table, incoming.record)));
  }

  /** Gathers a record with no local row: stored as the server's, with its revision (the row is its base). */
  addRecord(incoming: IncomingRecord): void {
    const rowTable = tableOf(this.db, incoming.type);
    const table = rowTable.name;
    const key = rowKey(table, primaryKeyOf(rowTable, incoming.record));
    this.keys.add(key);
    const rows = this.rows.get(table);
    if (rows) rows.push(incoming.record);
    else this.rows.set(table, [incoming.record]);
    this.revisions.push({ key, docId: incoming.docId, rev: incoming.rev });
  }

  /** Gathers another workstation's audit event. */
  addPeerEvent(event: LocalRecord): void {
    this.peerEvents.push(event);
  }

  /** Writes what is gathered (inside the caller's transaction) and starts afresh. */
  async flush(): Promise<void> {
    for (const [table, rows] of this.rows) await this.db.table(table).bulkPut(rows);
    if (this.revisions.length) await this.db.syncRevs.bulkPut(this.revisions);
    if (this.peerEvents.length) await this.db.peerAuditEvents.bulkPut(this.peerEvents as never[]);
    this.rows.clear();
    this.keys.clear();
    this.revisions = [];
    this.peerEvents = [];
  }
}
