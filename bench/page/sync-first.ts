/**
 * First sync of a new workstation: the team database is filled straight from the loaded data set
 * (`_bulk_docs`, each document exactly as `recordToDocument` makes it), then an empty workstation database
 * pulls everything through the app's real sync engine. Its floor: the same rows written with raw IndexedDB
 * into a copy of the same stores and indexes.
 *
 * The driver calls `syncFill` on the data set's page and the rest on a page of another origin, so the new
 * workstation's IndexedDB (one LevelDB an origin in Chromium) holds only what it syncs, as on a new PC.
 */
import { INSTALLATION_ID_KEY } from '../../renderer/db/audit/append';
import { DshDatabase } from '../../renderer/db/database';
import { openDatabase } from '../../renderer/db/open-database';
import { SYNC_LIMITS, SyncEngine } from '../../renderer/db/sync/engine';
import { joinTeam, leaveTeam } from '../../renderer/db/sync/queue-all';
import { recordToDocument } from '../../shared/sync/documents';
import { pullChanges } from '../../shared/sync/pull';
import { SYNCED_TYPES, type SyncedTypeName } from '../../shared/sync/synced-types';
import type { FilledServer, FirstSyncReport, SyncFloorReport, TimedRead } from '../bench-api';
import { createLike, readStore } from './backup';
import { deleteRaw, done, openRaw } from './raw-idb';
import { createTeamDatabase, teamClient, teamTransport } from './sync-team';

const APP_DB = 'dsh-desk';
/** The new workstation's database, and the raw copy its floor writes (both removed by `dropSync`). */
const NEW_WORKSTATION_DB = 'dsh-desk-bench-new-workstation';
const FLOOR_DB = 'dsh-desk-bench-sync-floor';
/** Documents per `_bulk_docs` request when filling the server. */
const FILL_BATCH = 2_000;
/** Rows between two progress lines in the driver's log (so a long run that cannot finish still shows its rate). */
const PROGRESS_EVERY = 100_000;

/** Logs `done` rows of `what` (the driver prints `progress:` lines) each time it passes a multiple of PROGRESS_EVERY. */
function progressLogger(what: string, t0: number): (done: number) => void {
  let next = PROGRESS_EVERY;
  return (done) => {
    if (done < next) return;
    next = (Math.floor(done / PROGRESS_EVERY) + 1) * PROGRESS_EVERY;
    const seconds = (performance.now() - t0) / 1000;
    console.info(
      `progress: ${what} ${done.toLocaleString('en-GB')} in ${seconds.toFixed(0)} s (${(done / seconds).toFixed(0)}/s)`,
    );
  };
}

/**
 * Fills a new team database `teamDb` with every synced record and audit event of the loaded data set (or the
 * first `perType` of each kind).
 */
export async function syncFill(teamDb: string, perType?: number): Promise<FilledServer> {
  await createTeamDatabase(teamDb);
  const client = teamClient(teamDb);
  const source = await openRaw(APP_DB);
  try {
    // History events written raw by the bench (audit-history.ts) carry no device: they are this data set's
    // installation's, as every event would be on a workstation that wrote them.
    const installation = await done(
      source.transaction('meta', 'readonly').objectStore('meta').get(INSTALLATION_ID_KEY) as IDBRequest<
        { value: string } | undefined
      >,
    );
    const device = installation?.value ?? 'bench-data-set';
    let docs = 0;
    const kinds: [string, number][] = [];
    const t0 = performance.now();
    const progress = progressLogger('filled', t0);
    for (const [type, { table }] of Object.entries(SYNCED_TYPES) as [SyncedTypeName, { table: string }][]) {
      const before = docs;
      let left = perType ?? Number.POSITIVE_INFINITY;
      await readStore(source, table, async (all) => {
        const rows = all.slice(0, left);
        left -= rows.length;
        for (let i = 0; i < rows.length; i += FILL_BATCH) {
          const batch = (rows.slice(i, i + FILL_BATCH) as Record<string, unknown>[]).map((row) =>
            recordToDocument(type, type === 'audit' && !row.device ? { ...row, device } : row),
          );
          const refused = (await client.bulkDocs(batch)).find((result) => result.status !== 'ok');
          if (refused && 'reason' in refused)
            throw new Error(`The team server refused ${refused.id}: ${refused.reason}`);
          docs += batch.length;
          progress(docs);
        }
        return left > 0;
      });
      if (docs > before) kinds.push([type, docs - before]);
    }
    return { ms: performance.now() - t0, rows: docs, kinds };
  } finally {
    source.close();
  }
}

/** The stores a first sync writes records into (a peer's audit events go to `peerAuditEvents`). */
function recordStores(): string[] {
  return [
    ...Object.values(SYNCED_TYPES)
      .map((entry) => entry.table)
      .filter((table) => table !== 'auditEvents'),
    'peerAuditEvents',
  ];
}

/** An empty workstation joins the team and pulls everything through `SyncEngine`; timed to "synced". */
export async function syncFirst(teamDb: string): Promise<FirstSyncReport> {
  await deleteRaw(NEW_WORKSTATION_DB);
  const db = await openDatabase(new DshDatabase(NEW_WORKSTATION_DB));
  try {
    await joinTeam(db);
    let statuses = 0;
    const timeline: [number, number][] = [];
    const t0 = performance.now();
    const progress = progressLogger('first sync received', t0);
    const engine = new SyncEngine(db, teamTransport(teamDb), (status) => {
      statuses += 1;
      if (!status.firstSync) return;
      progress(status.firstSync.received);
      timeline.push([status.firstSync.received, performance.now() - t0]);
    });
    await engine.syncNow();
    const ms = performance.now() - t0;
    await leaveTeam(db);
    const { phase, problem, quarantined } = engine.status;
    if (phase !== 'synced')
      throw new Error(`The first sync ended "${phase}": ${problem ?? 'no reason given'}`);
    const counts = await Promise.all(recordStores().map((store) => db.table(store).count()));
    return { ms, rows: counts.reduce((a, b) => a + b, 0), quarantined, statuses, timeline };
  } finally {
    db.close();
  }
}

/** The server's share: the same pull (same batch size) with nothing applied. */
export async function syncPullOnly(teamDb: string): Promise<TimedRead> {
  const transport = teamTransport(teamDb);
  const t0 = performance.now();
  const pulled = await pullChanges(
    { changes: (query) => transport.changes(query) },
    '0',
    async () => undefined,
    { batchSize: SYNC_LIMITS.pullBatchSize, maxBatches: Number.MAX_SAFE_INTEGER },
  );
  if (pulled.status === 'failed') throw pulled.error;
  return { ms: performance.now() - t0, rows: pulled.applied };
}

/**
 * The floor: every row the first sync stored, written with raw IndexedDB (`put`, strict durability as the
 * app's database uses) into an empty copy with the same stores and indexes, `perTransaction` rows a
 * transaction, store by store in the order the first sync received them. Only the writing is timed. Whole at
 * every scale: a store's writes slow down as it grows (at full scale, the last of 500,000 bookings), so a
 * sampled floor would not be the same work.
 */
export async function syncFloor(perTransaction: number): Promise<SyncFloorReport> {
  const source = await openRaw(NEW_WORKSTATION_DB);
  await deleteRaw(FLOOR_DB);
  const copy = await createLike(source, FLOOR_DB);
  let rows = 0;
  let writing = 0;
  const stores: [string, number, number][] = [];
  try {
    for (const store of recordStores()) {
      const [rowsBefore, writingBefore] = [rows, writing];
      await readStore(source, store, async (all) => {
        for (let i = 0; i < all.length; i += perTransaction) {
          const chunk = all.slice(i, i + perTransaction);
          const started = performance.now();
          const tx = copy.transaction(store, 'readwrite', { durability: 'strict' });
          const target = tx.objectStore(store);
          for (const row of chunk) target.put(row);
          await new Promise<void>((resolve, reject) => {
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          });
          writing += performance.now() - started;
          rows += chunk.length;
        }
      });
      if (rows > rowsBefore) stores.push([store, rows - rowsBefore, writing - writingBefore]);
    }
    return { ms: writing, rows, stores };
  } finally {
    source.close();
    copy.close();
    await deleteRaw(FLOOR_DB);
  }
}

/** Removes the new workstation's database (and the floor's copy). */
export async function dropFirstSync(): Promise<void> {
  await deleteRaw(NEW_WORKSTATION_DB);
  await deleteRaw(FLOOR_DB);
}
