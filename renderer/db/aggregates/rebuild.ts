/**
 * Every aggregate rebuilt from its records: filled by the schema upgrade that creates the aggregates (so an
 * upgraded database starts with true sums), and compared with the maintained rows by the test command's
 * rebuild-and-compare check.
 */
import type { Table, Transaction } from 'dexie';
import { Tally, isEmptyRow } from './tally';
import { AGGREGATES, aggregateRow } from './tables';

/** The tables of a database or of an open transaction, by name. */
type TablesOf = Pick<Transaction, 'table'>;

/** Each aggregate's rows as its records make them, by aggregate table name (in no particular order). */
export async function aggregatesFromRecords(
  source: TablesOf,
): Promise<Map<string, Record<string, unknown>[]>> {
  const result = new Map<string, Record<string, unknown>[]>();
  for (const spec of AGGREGATES) {
    const tally = new Tally(spec);
    await (source.table(spec.source) as Table<unknown>).each((record) => tally.count(record, 1));
    result.set(
      spec.table,
      [...tally.entries.values()]
        .map((entry) => aggregateRow(spec, entry.key, entry.sums))
        .filter((row) => !isEmptyRow(spec, row)),
    );
  }
  return result;
}

/** Replaces every aggregate's rows by those its records make (inside the caller's transaction). */
export async function rebuildAggregates(source: TablesOf): Promise<void> {
  const rows = await aggregatesFromRecords(source);
  for (const [table, values] of rows) {
    await source.table(table).clear();
    await source.table(table).bulkAdd(values);
  }
}
