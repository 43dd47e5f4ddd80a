/**
 * Changes arrive as they happen: a workstation holds a wait for changes open between rounds (change-watch.ts),
 * so what another workstation saves is pulled as soon as the server has it, not on the next interval. Against
 * pouchdb-server on 127.0.0.1 (or COUCHDB_URL); and with a stand-in server for the ways a watch must not spin.
 */
import { useTestCouch } from '../../../helpers/use-test-couch';
import { clientOf, transportOf } from '../../../helpers/sync-fixtures';
import { freshDb, personForm } from './db-fixtures';
import { type TeamWorkstation, useTwoWorkstations } from './team-fixtures';
import { addPerson, getPerson } from '../../../../renderer/db/repositories/people';
import { SyncEngine } from '../../../../renderer/db/sync/engine';
import { CHECKPOINT_KEY } from '../../../../renderer/db/sync/apply';
import { watchChanges } from '../../../../renderer/db/sync/change-watch';
import { SyncError } from '../../../../shared/sync/errors';

const couch = useTestCouch();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` every 50 ms until it answers true, at most `ms`; answers how long it took, or null. */
async function within(ms: number, check: () => Promise<boolean>): Promise<number | null> {
  const started = performance.now();
  for (let tries = 0; tries < ms / 50 && performance.now() - started < ms; tries += 1) {
    if (await check()) return performance.now() - started;
    await sleep(50);
  }
  return null;
}

describe('a workstation watching the team server', () => {
  let a: TeamWorkstation;
  let b: TeamWorkstation;
  let team: string;
  useTwoWorkstations(couch, (pair) => ({ team, a, b } = pair), {
    beforeLeaving: (pair) => {
      pair.a.engine.stop();
      pair.b.engine.stop();
    },
  });

  it('shows a person saved on A within seconds, though its own rounds are a minute apart', async () => {
    b.engine.start(60_000, { watchMs: 20_000 });
    expect(
      await within(10_000, async () => (await b.db.meta.get(CHECKPOINT_KEY)) !== undefined),
    ).not.toBeNull();
    await sleep(300); // the watch is now held open from B's checkpoint

    const person = await addPerson(a.ctx, personForm({ name: 'Ada Nowak', email: 'ada@example.org' }));
    await a.engine.syncNow();
    // B's own next round is a minute away: the person can only arrive within these seconds through the watch.
    const shownAfter = await within(10_000, async () => (await getPerson(b.db, person.id)) !== undefined);
    expect(shownAfter).not.toBeNull();
    expect(await getPerson(b.db, person.id)).toEqual(person);
    // The round the watch started ends a moment after it wrote the person.
    expect(await within(5_000, async () => b.engine.status.phase === 'synced')).not.toBeNull();
  }, 40_000);

  it('applies the person the wait brought with its document, without asking the server for changes again', async () => {
    const plain = transportOf(clientOf(couch, team));
    let pulls = 0;
    const watcher = new SyncEngine(
      b.db,
      { ...plain, changes: (query) => ((pulls += 1), plain.changes(query)) },
      undefined,
      undefined,
      () => b.ctx,
    );
    try {
      watcher.start(60_000, { watchMs: 20_000 });
      expect(
        await within(10_000, async () => (await b.db.meta.get(CHECKPOINT_KEY)) !== undefined),
      ).not.toBeNull();
      await watcher.idle();
      await sleep(300); // the wait is now held open from B's checkpoint
      const pullsBefore = pulls;

      const person = await addPerson(a.ctx, personForm({ name: 'Ada Nowak', email: 'ada@example.org' }));
      await a.engine.syncNow();
      expect(
        await within(10_000, async () => (await getPerson(b.db, person.id)) !== undefined),
      ).not.toBeNull();
      expect(await getPerson(b.db, person.id)).toEqual(person);
      await watcher.idle();
      // Shown from the wait's answer alone: no page of changes was fetched for it.
      expect(pulls).toBe(pullsBefore);
      expect(watcher.status).toMatchObject({ phase: 'synced', pending: 0 });
    } finally {
      watcher.stop();
      await watcher.idle();
    }
  }, 40_000);

  it('without a watch the same change waits for the next round', async () => {
    b.engine.start(60_000);
    expect(
      await within(10_000, async () => (await b.db.meta.get(CHECKPOINT_KEY)) !== undefined),
    ).not.toBeNull();
    const person = await addPerson(a.ctx, personForm({ name: 'Ada Nowak', email: 'ada@example.org' }));
    await a.engine.syncNow();
    expect(await within(3_000, async () => (await getPerson(b.db, person.id)) !== undefined)).toBeNull();
  }, 40_000);
});

describe('the watch never spins', () => {
  it('rests between tries while the server cannot be reached, and stops when told', async () => {
    const { db } = await freshDb();
    await db.meta.put({ key: CHECKPOINT_KEY, value: '7' });
    let waits = 0;
    const stop = watchChanges({
      db,
      transport: {
        waitForChanges: async () => {
          waits += 1;
          throw new SyncError('unreachable', 'The team server did not answer.');
        },
      },
      onChange: async () => undefined,
      paused: () => false,
      waitMs: 20_000,
      limit: 500,
      restMs: 200,
    });
    await sleep(1_000);
    stop();
    const atStop = waits;
    expect(atStop).toBeGreaterThanOrEqual(1);
    expect(atStop).toBeLessThanOrEqual(7);
    await sleep(500);
    expect(waits).toBe(atStop);
  });

  it('rests when a round could not move the checkpoint, instead of waking again at once', async () => {
    const { db } = await freshDb();
    await db.meta.put({ key: CHECKPOINT_KEY, value: '7' });
    let rounds = 0;
    const stop = watchChanges({
      db,
      transport: {
        waitForChanges: async ({ since }) => ({ changed: true, results: [], lastSeq: `${since}9` }),
      },
      onChange: async () => void (rounds += 1), // a round that fails: the checkpoint stays at 7
      paused: () => false,
      waitMs: 20_000,
      limit: 500,
      restMs: 200,
    });
    await sleep(1_000);
    stop();
    expect(rounds).toBeGreaterThanOrEqual(1);
    expect(rounds).toBeLessThanOrEqual(7);
  });
});
