/**
 * Aggregates rebuilt once instead of kept row by row, for the first sync of a workstation: its batches bring
 * every record of the team, and keeping the sums and the deadlines true for each batch (reading what each
 * write replaces, then the aggregate rows) costs more than summing the records once at the end.
 *
 * A transaction marked with `deferAggregates` writes records without touching their aggregates, and notes in
 * `meta`, in that same transaction, that the aggregates are stale. So whatever stops the sync (a pause, a
 * failure, the window closed), the note holds until `rebuildStaleAggregates` has summed every record again;
 * the rebuild and the removal of the note commit together.
 */
import type { Transaction } from 'dexie';
import type { DshDatabase } from '../database';
import { rebuildAggregates, rebuildDerivedRows } from './rebuild';
import { AGGREGATES, DERIVED_ROWS } from './tables';

/** Set in `meta` while some records written are not summed in their aggregates (local only). */
export const AGGREGATES_STALE_KEY = 'aggregates:stale';

/** Transactions whose writes leave the aggregates alone (held weakly: they end, and are forgotten). */
const deferring = new WeakSet<object>();

/**
 * Marks `transaction` (over `meta`) as leaving the aggregates of what it writes to a later rebuild, and notes
 * them stale in it.
 */
export async function deferAggregates(db: DshDatabase, transaction: Transaction): Promise<void> {
  deferring.add(transaction.idbtrans);
  if (!(await aggregatesStale(db)))
    await db.meta.put({ key: AGGREGATES_STALE_KEY, value: new Date().toISOString() });
}

/** Whether the writes of the (DBCore) transaction `trans` leave the aggregates alone. */
export function isDeferring(trans: object): boolean {
  return deferring.has(trans);
}

/** Whether some records are not summed in their aggregates yet. */
export async function aggregatesStale(db: DshDatabase): Promise<boolean> {
  return (await db.meta.get(AGGREGATES_STALE_KEY)) !== undefined;
}

/** Every table a rebuild reads or writes, and `meta`. */
function rebuildTables(db: DshDatabase) {
  const names = new Set<string>(['meta']);
  for (const spec of AGGREGATES) for (const name of [spec.table, spec.source]) names.add(name);
  for (const spec of DERIVED_ROWS)
    for (const name of [spec.table, ...spec.sources, ...spec.reads]) names.add(name);
  return [...names].map((name) => db.table(name));
}

/**
 * When the aggregates are stale, sums every record again, in one transaction; the stale note goes with it
 * unless `keepStale` (more deferred writes are to come: the rebuild only makes the counts true meanwhile).
 * True when it rebuilt.
 */
export async function rebuildStaleAggregates(
  db: DshDatabase,
  options: { keepStale?: boolean } = {},
): Promise<boolean> {
  return db.transaction('rw', rebuildTables(db), async (transaction) => {
    if (!(await aggregatesStale(db))) return false;
    await rebuildAggregates(transaction);
    await rebuildDerivedRows(transaction);
    if (!options.keepStale) await db.meta.delete(AGGREGATES_STALE_KEY);
    return true;
  });
}
