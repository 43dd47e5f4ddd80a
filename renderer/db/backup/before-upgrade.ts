/**
 * The backup before a schema upgrade. Dexie upgrades a database the moment the app's DshDatabase opens it,
 * so the old data must be exported first: when the stored schema is older than the app's, the database is
 * opened WITHOUT a version (Dexie then opens it as it is, upgrading nothing), exported, closed, and only
 * then opened as the app's. If the backup cannot be kept, the upgrade does not happen.
 */
import Dexie from 'dexie';
import type { DshDatabase } from '../database';
import { installedIdbVersion } from '../open-database';

/** Dexie stores schema version n as IndexedDB version n × 10. */
const IDB_VERSION_FACTOR = 10;

/** Where the IndexedDB databases are (the browser's, or fake-indexeddb's in tests). */
export interface IndexedDbAccess {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

/** The stored schema version of `db`'s database when it is older than the app's, else null. */
export async function olderStoredSchema(db: DshDatabase, access: IndexedDbAccess): Promise<number | null> {
  const installed = await installedIdbVersion(access.indexedDB, db.name);
  if (installed === undefined || installed >= db.verno * IDB_VERSION_FACTOR) return null;
  return installed / IDB_VERSION_FACTOR;
}

/**
 * When an upgrade is due, opens `db`'s database as it is stored and hands it to `backUp` (which must throw
 * if the backup cannot be kept). Returns whether a backup was made.
 */
export async function backUpBeforeUpgrade(
  db: DshDatabase,
  access: IndexedDbAccess,
  backUp: (stored: Dexie) => Promise<void>,
): Promise<boolean> {
  if ((await olderStoredSchema(db, access)) === null) return false;
  const stored = new Dexie(db.name, { ...access, autoOpen: false });
  await stored.open();
  try {
    await backUp(stored);
    return true;
  } finally {
    stored.close();
  }
}
