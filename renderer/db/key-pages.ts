/**
 * Reading a table a page at a time in primary-key order, each page starting after the last key of the one
 * before (keyset paging: no offset to step over, so a page costs only its own rows). Used by the streamed
 * backup, joining a team, the peer chains' check and the forecast's whole-table reads.
 */
import type { Collection, IndexableType, Table } from 'dexie';

/** The rows of `table` after primary key `after`, in key order; every row when `after` is undefined. */
export function rowsAfterKey<T, K>(table: Table<T, K>, after: unknown): Collection<T, K> {
  return after === undefined ? table.toCollection() : table.where(':id').above(after as IndexableType);
}
