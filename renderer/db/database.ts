/**
 * The DSH Desk database (Dexie over IndexedDB). Every schema version ever shipped stays here unchanged;
 * a change of schema is a new `version(n + 1)` with its upgrade and a test of that upgrade.
 */
import Dexie, { type Table } from 'dexie';

/** The IndexedDB name. Never rename it: the user's data lives under it. */
export const DATABASE_NAME = 'dsh-desk';

/** A small key/value row about the database itself (when it was created, by which app version). */
export interface MetaRow {
  key: string;
  value: string;
}

/** The typed database. Repositories receive an instance of it, so tests pass a fresh one. */
export class DshDatabase extends Dexie {
  meta!: Table<MetaRow, string>;

  constructor(name: string = DATABASE_NAME, options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}) {
    super(name, { ...options, chromeTransactionDurability: 'strict', autoOpen: false });
    this.version(1).stores({ meta: 'key' });
  }
}

/** The highest schema version this build of the app knows. */
export function appSchemaVersion(db: Dexie): number {
  return db.verno;
}
