/** Which local tables hold synced records, and the document type of each (shared/sync/synced-types.ts). */
import { SYNCED_TYPES, type SyncedTypeName } from '../../../shared/sync/synced-types';

/** Document type by table name (`projects` → `project`). */
export const TYPE_OF_TABLE: ReadonlyMap<string, SyncedTypeName> = new Map(
  (Object.entries(SYNCED_TYPES) as [SyncedTypeName, { table: string }][]).map(([type, spec]) => [
    spec.table,
    type,
  ]),
);

/** The tables whose writes are sent to the team server. */
export const SYNCED_TABLES: ReadonlySet<string> = new Set(TYPE_OF_TABLE.keys());
