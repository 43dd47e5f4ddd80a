/**
 * Which committed writes concern a reader: Dexie's `storagemutated` event (fired for this window's writes
 * and other windows' alike, the ground liveQuery stands on) names the parts of the database a write touched.
 */
import type Dexie from 'dexie';
import type { ObservabilitySet, Table } from 'dexie';

/** True when a committed write touched one of `tables` of `db`. */
export function touches(db: Dexie, tables: readonly Table[], parts: ObservabilitySet): boolean {
  const prefixes = tables.map((table) => `idb://${db.name}/${table.name}/`);
  return Object.keys(parts).some((part) => prefixes.some((prefix) => part.startsWith(prefix)));
}
