/**
 * Save on A → shown on B: two workstation databases in this page, each in the team with its own sync engine.
 * A runs as the app's TeamSyncProvider does (a round 150 ms after a change to a synced table is committed, a
 * wait for the server's changes held open, and a round on the app's interval); B syncs as the app does, or
 * only on a short interval with no wait held open. Each edit is an `updatePerson` on
 * A; its time runs from the save's commit until B's database holds that revision (B polled every 10 ms).
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import type { Person } from '../../shared/domain';
import { DshDatabase } from '../../renderer/db/database';
import { openDatabase } from '../../renderer/db/open-database';
import { addPerson, updatePerson } from '../../renderer/db/repositories/people';
import { SyncEngine } from '../../renderer/db/sync/engine';
import { joinTeam, leaveTeam } from '../../renderer/db/sync/queue-all';
import { SYNCED_TABLES } from '../../renderer/db/sync/synced-tables';
import type { WriteContext } from '../../renderer/db/write/context';
import type { LiveReport, LiveRequest } from '../bench-api';
import { deleteRaw } from './raw-idb';
import { createTeamDatabase, teamTransport } from './sync-team';
import { AFTER_CHANGE_MS, SYNC_INTERVAL_MS, WAIT_FOR_CHANGES_MS } from '../../renderer/sync/timing';

/** The app's timing (renderer/sync/timing.ts): its interval, and the delay after a change. */
const APP_INTERVAL_MS = SYNC_INTERVAL_MS;
/** How often B is checked for the edits it should show. */
const WATCH_MS = 10;
/** How long after the last edit B may take before an edit counts as never shown. */
const GRACE_MS = 20_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A small deterministic random generator, so every run spaces its edits alike. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A workstation database of the team, with the write context of its officer. */
async function workstation(name: string): Promise<WriteContext> {
  await deleteRaw(name);
  const db = await openDatabase(new DshDatabase(name));
  await joinTeam(db);
  const actor = { staffId: crypto.randomUUID(), staffName: `Officer at ${name}`, osUser: 'bench' };
  return { db, actor };
}

/** Sends A's changes 150 ms after each committed change to a synced table, as the provider does. */
function sendSoonAfterChanges(db: DshDatabase, engine: SyncEngine): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const prefix = `idb://${db.name}/`;
  const onMutated = (parts: ObservabilitySet) => {
    const synced = Object.keys(parts).some(
      (part) => part.startsWith(prefix) && SYNCED_TABLES.has(part.slice(prefix.length).split('/')[0] ?? ''),
    );
    if (!synced) return;
    clearTimeout(timer);
    timer = setTimeout(() => void engine.syncNow(), AFTER_CHANGE_MS);
  };
  Dexie.on('storagemutated', onMutated);
  return () => {
    clearTimeout(timer);
    Dexie.on('storagemutated').unsubscribe(onMutated);
  };
}

/** Runs `request.edits` edits on A and times each until B shows it. */
export async function syncLive(request: LiveRequest): Promise<LiveReport> {
  await createTeamDatabase(request.teamDb);
  const a = await workstation('dsh-desk-bench-live-a');
  const b = await workstation('dsh-desk-bench-live-b');
  const engineA = new SyncEngine(a.db, teamTransport(request.teamDb), undefined, undefined, () => a);
  const engineB = new SyncEngine(b.db, teamTransport(request.teamDb), undefined, undefined, () => b);
  const stops: (() => void)[] = [];
  try {
    // One person per edit, on both workstations before the clock starts.
    const people: Person[] = [];
    for (let i = 0; i < request.edits; i++)
      people.push(
        await addPerson(a, {
          name: `Live Person ${i}`,
          email: `live.person.${i}@example.ac.uk`,
          organisation: 'Bench University',
        }),
      );
    await engineA.syncNow();
    await engineB.syncNow();
    if ((await b.db.people.count()) !== request.edits)
      throw new Error('B did not receive the people to edit.');

    engineA.start(APP_INTERVAL_MS, { watchMs: WAIT_FOR_CHANGES_MS });
    stops.push(() => engineA.stop(), sendSoonAfterChanges(a.db, engineA));
    engineB.start(request.remoteIntervalMs, request.remoteWatches ? { watchMs: WAIT_FOR_CHANGES_MS } : {});
    stops.push(() => engineB.stop());

    const waiting = new Map<string, { revision: number; savedAt: number }>();
    const latencies: number[] = [];
    let watching = true;
    let deadline = Number.POSITIVE_INFINITY;
    const watch = (async () => {
      while (watching || waiting.size > 0) {
        const ids = [...waiting.keys()];
        const rows = ids.length ? await b.db.people.bulkGet(ids) : [];
        const now = performance.now();
        rows.forEach((row, index) => {
          const expected = waiting.get(ids[index]!);
          if (row && expected && row.revision >= expected.revision) {
            latencies.push(now - expected.savedAt);
            waiting.delete(ids[index]!);
          }
        });
        if (!watching && waiting.size > 0 && now > deadline) break;
        await sleep(WATCH_MS);
      }
    })();

    const next = random(request.seed);
    for (const [i, person] of people.entries()) {
      // Edits 100–400 ms apart: they fall at every point of B's interval, and some within A's 150 ms.
      await sleep(100 + next() * 300);
      const { id, revision, createdAt: _created, updatedAt: _updated, ...form } = person;
      const saved = await updatePerson(a, id, revision, { ...form, phone: `+44 1632 ${960_000 + i}` });
      waiting.set(id, { revision: saved.revision, savedAt: performance.now() });
    }
    deadline = performance.now() + GRACE_MS + request.remoteIntervalMs;
    watching = false;
    await watch;
    return { latencies, missed: waiting.size };
  } finally {
    for (const stop of stops) stop();
    // Let a round under way finish before the databases close (a last round is quick: nothing is left).
    await Promise.all([engineA.syncNow(), engineB.syncNow()]);
    await leaveTeam(a.db);
    await leaveTeam(b.db);
    a.db.close();
    b.db.close();
    await deleteRaw(a.db.name);
    await deleteRaw(b.db.name);
  }
}
