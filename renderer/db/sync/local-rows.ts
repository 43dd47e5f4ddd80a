/**
 * Where a synced document lives in this workstation's database: which table, which row. A document id is
 * `<type>:<key>`; for most types the key is the record's id, but a membership's or set-up task's key is the
 * pair Dexie keeps them by, so "the same" row made on two workstations (with two ids) meets as one document.
 */
import type { IndexableType, Table } from 'dexie';
import { SYNCED_TYPES, type SyncedTypeName } from '../../../shared/sync/synced-types';
import type { DshDatabase } from '../database';
import type { SyncRevision } from './rows';

/** A synced record as stored (keyed by `id`, except acknowledgements keyed by `itemId` and audit events). */
export type LocalRecord = Record<string, unknown>;

/** The primary key of `record` in `table` (`id` for most synced tables, `itemId` for acknowledgements). */
export function primaryKeyOf(table: Table<LocalRecord, unknown>, record: LocalRecord): string | undefined {
  const keyPath = table.schema.primKey.keyPath;
  const key = typeof keyPath === 'string' ? record[keyPath] : undefined;
  return typeof key === 'string' ? key : undefined;
}

/** The outbox / revision key of a row: `<table>/<primary key>`. */
export function rowKey(table: string, pk: unknown): string {
  return `${table}/${String(pk)}`;
}

/** The table a synced type is stored in. */
export function tableOf(db: DshDatabase, type: SyncedTypeName): Table<LocalRecord, unknown> {
  return db.table(SYNCED_TYPES[type].table);
}

/** The index each pair-keyed type is unique by here. */
const PAIR_INDEX: Partial<Record<SyncedTypeName, [string, string, string]>> = {
  membership: ['[projectId+personId]', 'projectId', 'personId'],
  'setup-task': ['[projectId+kind]', 'projectId', 'kind'],
  'closure-record': ['projectId', 'projectId', ''],
};

/** The local row holding the document `docId` of `type` (matching `incoming` by its key), if any. */
export async function localRowOf(
  db: DshDatabase,
  type: SyncedTypeName,
  docId: string,
  incoming: LocalRecord | null,
): Promise<{ record: LocalRecord; revision: SyncRevision | undefined } | undefined> {
  const table = tableOf(db, type);
  const revision = await db.syncRevs.where('docId').equals(docId).first();
  if (revision) {
    const pk = revision.key.slice(table.name.length + 1);
    const record = await table.get(pk);
    if (record) return { record, revision };
  }
  if (!incoming) return undefined;
  const pair = PAIR_INDEX[type];
  if (pair) {
    const [index, first, second] = pair;
    const value = second ? [incoming[first], incoming[second]] : incoming[first];
    const record = await table
      .where(index)
      .equals(value as IndexableType)
      .first();
    if (record) return { record, revision: undefined };
  }
  const pk = primaryKeyOf(table, incoming);
  const record = pk === undefined ? undefined : await table.get(pk);
  return record ? { record, revision: undefined } : undefined;
}
