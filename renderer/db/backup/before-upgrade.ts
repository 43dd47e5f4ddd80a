/**
 * The backup before a schema upgrade. Dexie upgrades a database the moment the app's DshDatabase opens it,
 * so the old data must be exported first: when the stored schema is older than the app's, the database is
 * opened WITHOUT a version (Dexie then opens it as it is, upgrading nothing), exported, closed, and only
 * then opened as the app's. If the backup cannot be kept, the upgrade does not happen.
 */
import Dexie from 'dexie';
import type { DshDatabase } from '../database';
import { installedIdbVersion } from '../open-database';
import { createBackup, type MadeBackup } from './create';

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
 * Backs up `db`'s database as it is stored when an upgrade is due, and hands the backup to `keep` (which
 * must throw if it cannot keep it). Returns the backup, or null when no upgrade is due.
 */
export async function backUpBeforeUpgrade(
  db: DshDatabase,
  access: IndexedDbAccess,
  appVersion: string,
  keep: (backup: MadeBackup) => Promise<void>,
): Promise<MadeBackup | null> {
  if ((await olderStoredSchema(db, access)) === null) return null;
  const stored = new Dexie(db.name, { ...access, autoOpen: false });
  await stored.open();
  try {
    const backup = await createBackup(stored, { reason: 'before-upgrade', appVersion });
    await keep(backup);
    return backup;
  } finally {
    stored.close();
  }
}
