/**
 * The maintained aggregates next to the same aggregates rebuilt from the records, for the tests that check
 * they agree whichever way the records were written.
 */
import { aggregatesFromRecords } from '../../../../renderer/db/aggregates/rebuild';
import { AGGREGATES, DERIVED_ROWS } from '../../../../renderer/db/aggregates/tables';
import type { DshDatabase } from '../../../../renderer/db/database';

/** Each aggregate's rows, in key order, maintained and rebuilt from the records. */
export async function bothWays(db: DshDatabase) {
  const rebuilt = await aggregatesFromRecords(db);
  const byKey = (rows: Record<string, unknown>[], fields: readonly string[]) =>
    [...rows].sort((a, b) => {
      const x = JSON.stringify(fields.map((f) => a[f]));
      const y = JSON.stringify(fields.map((f) => b[f]));
      return x < y ? -1 : x > y ? 1 : 0;
    });
  const maintained: Record<string, unknown[]> = {};
  const expected: Record<string, unknown[]> = {};
  const keyed = [...AGGREGATES, ...DERIVED_ROWS.map((spec) => ({ table: spec.table, keyFields: ['id'] }))];
  for (const spec of keyed) {
    maintained[spec.table] = byKey(await db.table(spec.table).toArray(), spec.keyFields);
    expected[spec.table] = byKey(rebuilt.get(spec.table) ?? [], spec.keyFields);
  }
  return { maintained, expected };
}
