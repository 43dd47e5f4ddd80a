/**
 * Raw IndexedDB, no Dexie: the floor every screen's read is compared with. Index names are Dexie's
 * (`[status+stage]` for a compound index, `enquiry.receivedOn` for a nested one).
 */

/** The result of a request, as a promise. */
export function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Opens a database at whatever version it has. */
export function openRaw(name: string): Promise<IDBDatabase> {
  return done(indexedDB.open(name));
}

/** Deletes a database (resolves when it is gone, even if it never existed). */
export function deleteRaw(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => console.warn(`Deleting ${name} waits for another connection to close.`);
  });
}

/** A read-only view of some stores in one transaction. */
export class RawReader {
  private readonly tx: IDBTransaction;

  constructor(db: IDBDatabase, stores: string[]) {
    this.tx = db.transaction(stores, 'readonly', { durability: 'relaxed' });
  }

  private source(store: string, index?: string): IDBObjectStore | IDBIndex {
    const objectStore = this.tx.objectStore(store);
    return index ? objectStore.index(index) : objectStore;
  }

  count(store: string, index?: string, range?: IDBKeyRange | IDBValidKey): Promise<number> {
    return done(this.source(store, index).count(range));
  }

  get<T>(store: string, key: IDBValidKey): Promise<T | undefined> {
    return done(this.tx.objectStore(store).get(key) as IDBRequest<T | undefined>);
  }

  /** Rows by primary key, in the order asked (undefined where missing). */
  getMany<T>(store: string, keys: readonly IDBValidKey[]): Promise<(T | undefined)[]> {
    return Promise.all(keys.map((key) => this.get<T>(store, key)));
  }

  all<T>(
    store: string,
    index?: string,
    range?: IDBKeyRange | IDBValidKey | null,
    limit?: number,
  ): Promise<T[]> {
    return done(this.source(store, index).getAll(range, limit) as IDBRequest<T[]>);
  }

  /** Primary keys in the index's order. */
  primaryKeys(store: string, index?: string, range?: IDBKeyRange | null): Promise<IDBValidKey[]> {
    return done(this.source(store, index).getAllKeys(range));
  }

  /** Rows in the index's order, newest (highest key) first, at most `limit`. */
  last<T>(store: string, index: string | undefined, range: IDBKeyRange | null, limit: number): Promise<T[]> {
    return new Promise((resolve, reject) => {
      const rows: T[] = [];
      const request = this.source(store, index).openCursor(range, 'prev');
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const cursor = request.result;
        if (!cursor || rows.length >= limit) return resolve(rows);
        rows.push(cursor.value as T);
        cursor.continue();
      };
    });
  }

  /** The primary keys of the first `limit` entries of an index in `direction` (a key cursor: no values). */
  firstKeys(
    store: string,
    index: string,
    direction: IDBCursorDirection,
    limit: number,
  ): Promise<IDBValidKey[]> {
    return new Promise((resolve, reject) => {
      const keys: IDBValidKey[] = [];
      const request = this.source(store, index).openKeyCursor(null, direction);
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const cursor = request.result;
        if (!cursor || keys.length >= limit) return resolve(keys);
        keys.push(cursor.primaryKey);
        cursor.continue();
      };
    });
  }

  /** Calls `visit` for every row of a store (a cursor: the rows are never all held). */
  each<T>(store: string, visit: (row: T) => void): Promise<void> {
    return new Promise((resolve, reject) => {
      const request = this.tx.objectStore(store).openCursor();
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const cursor = request.result;
        if (!cursor) return resolve();
        visit(cursor.value as T);
        cursor.continue();
      };
    });
  }
}

/** Key ranges the floors use. */
export const range = {
  only: (key: IDBValidKey) => IDBKeyRange.only(key),
  between: (low: IDBValidKey, high: IDBValidKey) => IDBKeyRange.bound(low, high),
  /** Every key of a compound index starting with `prefix`. */
  prefix: (...prefix: IDBValidKey[]) => IDBKeyRange.bound(prefix, [...prefix, []]),
};
