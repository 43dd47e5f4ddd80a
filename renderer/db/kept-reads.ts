/**
 * Reads that the search and sort of a register keep in memory: a whole table's folded words or sort keys,
 * read once and kept until a committed write touches the tables they come from (in this window or another:
 * Dexie's `storagemutated` event), then read again on the next use. The schema has no word index (a word
 * inside a name or a title cannot be found through one), so filtering short kept strings is the fast way.
 */
import Dexie, { type ObservabilitySet, type Table } from 'dexie';
import type { DshDatabase } from './database';
import { touches } from './storage-mutations';

interface Kept<T> {
  /** A cheap check that the kept read still holds (e.g. a table's count and latest change). */
  stamp: string;
  value: Promise<T>;
}

/** How one kept read is made: its name, the tables it comes from, its stamp and the read itself. */
export interface KeptRead<T> {
  name: string;
  tables: (db: DshDatabase) => Table[];
  /** Index look-ups only; they also catch a write whose event has not reached this window yet. */
  stamp: (db: DshDatabase) => Promise<string>;
  read: (db: DshDatabase) => Promise<T>;
}

const kept = new WeakMap<DshDatabase, Map<string, Kept<unknown>>>();
const watching = new WeakMap<DshDatabase, Set<string>>();

/** The read's value for `db`, read once until one of its tables changes. */
export async function keptRead<T>(db: DshDatabase, spec: KeptRead<T>): Promise<T> {
  const reads = kept.get(db) ?? new Map<string, Kept<unknown>>();
  kept.set(db, reads);
  const watched = watching.get(db) ?? new Set<string>();
  watching.set(db, watched);
  if (!watched.has(spec.name)) {
    watched.add(spec.name);
    Dexie.on('storagemutated', (parts: ObservabilitySet) => {
      if (touches(db, spec.tables(db), parts)) reads.delete(spec.name);
    });
  }
  const stamp = await spec.stamp(db);
  const known = reads.get(spec.name) as Kept<T> | undefined;
  if (known && known.stamp === stamp) return known.value;
  // Outside the caller's transaction: the value outlives the query that asked for it first.
  const value = Dexie.ignoreTransaction(() => spec.read(db));
  reads.set(spec.name, { stamp, value });
  // A failed read is not kept: the next use tries again.
  value.catch(() => reads.delete(spec.name));
  return value;
}

/** A stamp of one table: its count and its latest `updatedAt`. */
export async function tableStamp(table: Table): Promise<string> {
  const [count, latest] = await Promise.all([table.count(), table.orderBy('updatedAt').lastKey()]);
  return `${count}|${String(latest)}`;
}
