/**
 * Backup figures. Until the app's backup feature lands, the backup is dexie-export-import over the app's
 * own Dexie (what DESIGN.md says the renderer uses): export the whole database to a Blob, import it into a
 * scratch database of the same schema (the app's database is never touched). Their floors: every row of every
 * store read with raw IndexedDB, and every row written into a raw scratch copy with the same indexes.
 */
import { exportDB, importInto } from 'dexie-export-import';
import { DERIVED_TABLES } from '../../renderer/db/aggregates/tables';
import { DshDatabase } from '../../renderer/db/database';
import { openDatabase } from '../../renderer/db/open-database';
import type { TimedRead } from '../bench-api';
import { deleteRaw, done, openRaw } from './raw-idb';

const APP_DB = 'dsh-desk';
const SCRATCH_DEXIE = 'dsh-desk-bench-import';
const SCRATCH_RAW = 'dsh-desk-bench-raw-copy';
/** Rows per read or write request of the raw floors. */
const CHUNK = 10_000;

let lastExport: Blob | undefined;

/** Exports the whole database with dexie-export-import; keeps the Blob for the import. */
export async function backupExport(): Promise<TimedRead & { bytes: number; progressCalls: number }> {
  lastExport = undefined;
  const db = await openDatabase(new DshDatabase());
  try {
    let progressCalls = 0;
    let rows = 0;
    const t0 = performance.now();
    const blob = await exportDB(db, {
      progressCallback: (progress) => {
        progressCalls += 1;
        rows = progress.completedRows;
        return true;
      },
    });
    const ms = performance.now() - t0;
    lastExport = blob;
    return { ms, rows, bytes: blob.size, progressCalls };
  } finally {
    db.close();
  }
}

/** Imports the last export into an empty scratch database of the app's schema. */
export async function backupImport(): Promise<TimedRead & { progressCalls: number }> {
  if (!lastExport) throw new Error('Export first: the import reads the last export.');
  await deleteRaw(SCRATCH_DEXIE);
  const db = await openDatabase(new DshDatabase(SCRATCH_DEXIE));
  try {
    await db.meta.clear(); // openDatabase wrote its own meta rows; the backup brings its own
    let progressCalls = 0;
    let rows = 0;
    const t0 = performance.now();
    await importInto(db, lastExport, {
      acceptNameDiff: true,
      // The derived tables are summed again by the app's middleware as the records arrive (as a restore does).
      filter: (table) => !DERIVED_TABLES.has(table),
      progressCallback: (progress) => {
        progressCalls += 1;
        rows = progress.completedRows;
        return true;
      },
    });
    return { ms: performance.now() - t0, rows, progressCalls };
  } finally {
    db.close();
    await deleteRaw(SCRATCH_DEXIE);
  }
}

/** Reads every row of a store in key order, CHUNK rows per request; calls `take` with each chunk. */
export async function readStore(
  db: IDBDatabase,
  store: string,
  take: (rows: unknown[]) => Promise<boolean | void> | boolean | void,
) {
  let lower: IDBValidKey | undefined;
  for (;;) {
    const tx = db.transaction(store, 'readonly', { durability: 'relaxed' });
    const keyRange = lower === undefined ? null : IDBKeyRange.lowerBound(lower, true);
    const source = tx.objectStore(store);
    const [keys, rows] = await Promise.all([
      done(source.getAllKeys(keyRange, CHUNK)),
      done(source.getAll(keyRange, CHUNK)),
    ]);
    if (rows.length === 0) return;
    if ((await take(rows)) === false || rows.length < CHUNK) return;
    lower = keys.at(-1);
  }
}

/** The floor of the export: every row of every store, read with raw IndexedDB. */
export async function rawReadAll(): Promise<TimedRead> {
  const db = await openRaw(APP_DB);
  try {
    let rows = 0;
    const t0 = performance.now();
    for (const store of [...db.objectStoreNames]) {
      await readStore(db, store, (chunk) => {
        rows += chunk.length;
      });
    }
    return { ms: performance.now() - t0, rows };
  } finally {
    db.close();
  }
}

/**
 * The floor of the import: rows written with raw IndexedDB into a copy with the same stores and indexes.
 * With `fraction` < 1, only that share of each store is written and the time is scaled up to every row
 * (writing a million rows twice more would double the full-scale run).
 */
export async function rawWriteAll(fraction = 1): Promise<TimedRead & { sampled: number }> {
  const source = await openRaw(APP_DB);
  await deleteRaw(SCRATCH_RAW);
  const copy = await createLike(source, SCRATCH_RAW);
  try {
    let rows = 0;
    let writing = 0;
    let sampled = 0;
    for (const store of [...source.objectStoreNames]) {
      const total = await done(source.transaction(store, 'readonly').objectStore(store).count());
      let left = Math.ceil(total * fraction);
      rows += total;
      await readStore(source, store, async (all) => {
        if (left <= 0) return false;
        const chunk = all.slice(0, left);
        left -= chunk.length;
        const started = performance.now();
        const tx = copy.transaction(store, 'readwrite', { durability: 'strict' });
        const target = tx.objectStore(store);
        for (const row of chunk) target.add(row);
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        writing += performance.now() - started;
        sampled += chunk.length;
      });
    }
    // Only the writing is timed: an import parses its rows from a file, not from the app's database.
    return { ms: sampled > 0 ? (writing * rows) / sampled : 0, rows, sampled };
  } finally {
    source.close();
    copy.close();
    await deleteRaw(SCRATCH_RAW);
  }
}

/** An empty database with `source`'s stores and indexes. */
export function createLike(source: IDBDatabase, name: string): Promise<IDBDatabase> {
  const shape = [...source.objectStoreNames].map((store) => {
    const objectStore = source.transaction(store, 'readonly').objectStore(store);
    return {
      store,
      keyPath: objectStore.keyPath,
      autoIncrement: objectStore.autoIncrement,
      indexes: [...objectStore.indexNames].map((index) => {
        const i = objectStore.index(index);
        return { index, keyPath: i.keyPath, unique: i.unique, multiEntry: i.multiEntry };
      }),
    };
  });
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      for (const { store, keyPath, autoIncrement, indexes } of shape) {
        const created = request.result.createObjectStore(store, { keyPath, autoIncrement });
        for (const { index, keyPath: path, unique, multiEntry } of indexes)
          created.createIndex(index, path, { unique, multiEntry });
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Removes every scratch database. */
export async function dropScratch(): Promise<void> {
  lastExport = undefined;
  await deleteRaw(SCRATCH_DEXIE);
  await deleteRaw(SCRATCH_RAW);
}
