/**
 * Every aggregate rebuilt from its records: filled by the schema upgrade that creates the aggregates (so an
 * upgraded database starts with true sums and rows), and compared with the maintained rows by the test
 * command's rebuild-and-compare check.
 */
import type { Table } from 'dexie';
import { tablesReader, type TablesOf } from './readers';
import { Tally, isEmptyRow } from './tally';
import { AGGREGATES, DERIVED_ROWS, aggregateRow } from './tables';

/** Each aggregate of sums as its records make it, by table name (in no particular order). */
async function sumsFromRecords(source: TablesOf): Promise<Map<string, Record<string, unknown>[]>> {
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

/** Each aggregate of rows as its records make it, by table name. */
async function rowsFromRecords(source: TablesOf): Promise<Map<string, Record<string, unknown>[]>> {
  const result = new Map<string, Record<string, unknown>[]>();
  for (const spec of DERIVED_ROWS) {
    result.set(spec.table, (await spec.allRows(tablesReader(source))) as Record<string, unknown>[]);
  }
  return result;
}

/** Every aggregate's rows (sums and rows) as the records make them, by table name. */
export async function aggregatesFromRecords(
  source: TablesOf,
): Promise<Map<string, Record<string, unknown>[]>> {
  return new Map([...(await sumsFromRecords(source)), ...(await rowsFromRecords(source))]);
}

async function replaceAll(source: TablesOf, rows: Map<string, Record<string, unknown>[]>): Promise<void> {
  for (const [table, values] of rows) {
    await source.table(table).clear();
    await source.table(table).bulkAdd(values);
  }
}

/** Replaces every aggregate of sums by what its records make (schema version 5; the caller's transaction). */
export async function rebuildAggregates(source: TablesOf): Promise<void> {
  await replaceAll(source, await sumsFromRecords(source));
}

/** Replaces every aggregate of rows by what the records make (schema version 6; the caller's transaction). */
export async function rebuildDerivedRows(source: TablesOf): Promise<void> {
  await replaceAll(source, await rowsFromRecords(source));
}
