/**
 * The bench page: served on the app's origin (so it sees the app's IndexedDB), never part of the app's
 * bundle. It exposes `window.__dshBench` for the driver: load the data set through the app's data layer,
 * time raw-IndexedDB floors, backups and the certificate PDF, and read the heap.
 */
import { countAuditEvents, pageAuditEvents } from '../../renderer/db/audit/queries';
import { DshDatabase } from '../../renderer/db/database';
import { openDatabase } from '../../renderer/db/open-database';
import type { AuditedEntity } from '../../shared/domain';
import type { BenchApi, DataSetInfo, ReadRequest, TimedRead } from '../bench-api';
import { appBackupExport, appBackupImport, dropAppBackups } from './app-backup';
import { backupExport, backupImport, dropScratch, rawReadAll, rawWriteAll } from './backup';
import { FLOORS } from './floors';
import { dropImport, importBench } from './import';
import { BENCH_META_KEY, loadBenchmarkData } from './load';
import { certificatePdf } from './pdf';
import { dropFirstSync, syncFill, syncFirst, syncFloor, syncPullOnly } from './sync-first';
import { syncLive } from './sync-live';
import { deleteRaw, done, openRaw } from './raw-idb';

type DexieRead = (db: DshDatabase, params: Record<string, string>) => Promise<number>;

/** The same reads through the app's own repositories (Dexie, no React), where the repository is settled. */
const DEXIE_READS: Record<string, DexieRead> = {
  async 'audit-first'(db) {
    await countAuditEvents(db, {});
    return (await pageAuditEvents(db, { limit: 50 })).events.length;
  },
  async 'audit-filtered'(db, { entity }) {
    const filter = { entity: entity as AuditedEntity };
    await countAuditEvents(db, filter);
    return (await pageAuditEvents(db, { ...filter, limit: 50 })).events.length;
  },
};

async function timed(work: () => Promise<number>): Promise<TimedRead> {
  const t0 = performance.now();
  const rows = await work();
  return { ms: performance.now() - t0, rows };
}

let raw: IDBDatabase | undefined;
let dexie: DshDatabase | undefined;

/** Closes this page's connections (a reset or a load needs the database to itself). */
function closeAll(): void {
  raw?.close();
  dexie?.close();
  raw = undefined;
  dexie = undefined;
}

const api: BenchApi = {
  async reset() {
    closeAll();
    await dropScratch();
    dropAppBackups();
    await deleteRaw('dsh-desk');
  },
  async load(scale) {
    closeAll();
    return loadBenchmarkData(scale);
  },
  async describe() {
    const known = await indexedDB.databases();
    if (!known.some((info) => info.name === 'dsh-desk')) {
      throw new Error(
        'This origin holds no DSH Desk database to reuse: run without --reuse (or on the port it was loaded on).',
      );
    }
    const db = await openRaw('dsh-desk');
    try {
      const stores = [...db.objectStoreNames];
      const tx = db.transaction(stores, 'readonly');
      const counts = Object.fromEntries(
        await Promise.all(
          stores.map(async (store) => [store, await done(tx.objectStore(store).count())] as const),
        ),
      );
      const meta = await done(
        tx.objectStore('meta').get(BENCH_META_KEY) as IDBRequest<{ value: string } | undefined>,
      );
      if (!meta) throw new Error('The database holds no benchmark data set: run without --reuse.');
      return { counts, ...(JSON.parse(meta.value) as Omit<DataSetInfo, 'counts'>) };
    } finally {
      db.close();
    }
  },
  async floor({ read, params = {} }: ReadRequest) {
    const floor = FLOORS[read];
    if (!floor) throw new Error(`No raw-IndexedDB floor is written for "${read}".`);
    raw ??= await openRaw('dsh-desk');
    const db = raw;
    return timed(() => floor(db, params));
  },
  async dexie({ read, params = {} }: ReadRequest) {
    const reader = DEXIE_READS[read];
    if (!reader) return undefined;
    dexie ??= await openDatabase(new DshDatabase());
    const db = dexie;
    return timed(() => reader(db, params));
  },
  async coldOpen() {
    // What start-up reads before the first screen: the database opened, the current staff member, settings.
    const t0 = performance.now();
    const db = await openRaw('dsh-desk');
    const tx = db.transaction(['meta', 'staffMembers', 'settings'], 'readonly');
    const staff = await done(
      tx.objectStore('meta').get('currentStaffId') as IDBRequest<{ value: string } | undefined>,
    );
    const rows = [staff, staff ? await done(tx.objectStore('staffMembers').get(staff.value)) : undefined];
    rows.push(await done(tx.objectStore('settings').get('settings')));
    db.close();
    return { ms: performance.now() - t0, rows: rows.filter(Boolean).length };
  },
  certificatePdf,
  backupExport,
  backupImport,
  appBackupExport,
  appBackupImport,
  rawReadAll,
  rawWriteAll,
  dropScratch,
  heap() {
    window.gc?.();
    return performance.memory?.usedJSHeapSize ?? Number.NaN;
  },
  syncFill,
  syncFirst,
  syncPullOnly,
  syncFloor,
  syncLive,
  dropSync: dropFirstSync,
  importBench,
  dropImport,
};

window.__dshBench = api;
document.documentElement.dataset.benchState = 'ready';
