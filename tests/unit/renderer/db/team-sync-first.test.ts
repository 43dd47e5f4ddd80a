/**
 * The first sync of a new workstation (pouchdb-server started here, or COUCHDB_URL): the team's records arrive
 * in batches of several pages, and their counts (the pipeline, the seats taken, the deadlines) are summed once
 * when the pull stops instead of row by row. Whenever it stops they are true: at its end, when the officer
 * pauses it part way, and when the workstation leaves the team part way.
 */
jest.setTimeout(60_000);

import { useTestCouch } from '../../../helpers/use-test-couch';
import { clientOf, transportOf } from '../../../helpers/sync-fixtures';
import { aggregatesStale } from '../../../../renderer/db/aggregates/deferred';
import { loadDataSet } from '../../../../renderer/db/data-set-loader';
import { createBooking } from '../../../../renderer/db/repositories/bookings';
import { pipelineCounts } from '../../../../renderer/db/repositories/dashboard-queries';
import { applyPullBatch } from '../../../../renderer/db/sync/apply';
import { SYNC_LIMITS, SyncEngine } from '../../../../renderer/db/sync/engine';
import { leaveTeam } from '../../../../renderer/db/sync/queue-all';
import { generateDemoData } from '../../../../shared/demo';
import { pullChanges } from '../../../../shared/sync/pull';
import { bothWays } from './aggregate-check';
import { type TeamWorkstation, useTwoWorkstations } from './team-fixtures';

const couch = useTestCouch();
const limits = { ...SYNC_LIMITS };

let team: string;
let a: TeamWorkstation;
let b: TeamWorkstation;
useTwoWorkstations(couch, (pair) => ({ team, a, b } = pair), {
  // A records the demo data and sends it before B joins: B's first sync pulls it.
  afterA: async (first) => {
    await loadDataSet(
      first.ctx,
      generateDemoData({ today: '2026-11-25', seed: 7, projects: 12, people: 40 }),
    );
    await first.engine.syncNow();
    expect(first.engine.status).toMatchObject({ phase: 'synced', pending: 0 });
  },
  timeout: 60_000,
});
// Small pages, three to a batch: the demo data takes several batches.
beforeEach(() => Object.assign(SYNC_LIMITS, { pullBatchSize: 50, firstSyncPages: 3 }));
afterEach(() => Object.assign(SYNC_LIMITS, limits));

/** B's sync engine, paused by the officer as soon as the first batch of its first sync is stored. */
function pausedAfterFirstBatch(): { engine: SyncEngine; receivedWhenPaused: () => number } {
  let received = 0;
  const engine: SyncEngine = new SyncEngine(
    b.db,
    transportOf(clientOf(couch, team)),
    (status) => {
      if (received > 0 || !status.firstSync?.received) return;
      received = status.firstSync.received;
      engine.setPaused(true);
    },
    undefined,
    () => b.ctx,
  );
  return { engine, receivedWhenPaused: () => received };
}

it('brings every record with the counts A shows, and later changes are counted as they arrive', async () => {
  await b.engine.syncNow();
  expect(b.engine.status).toMatchObject({ phase: 'synced', pending: 0 });
  expect(await b.db.bookings.count()).toBe(await a.db.bookings.count());
  expect(await pipelineCounts(b.db)).toEqual(await pipelineCounts(a.db));
  const both = await bothWays(b.db);
  expect(both.maintained.seatCounts!.length).toBeGreaterThan(0);
  expect(both.maintained.deadlines!.length).toBeGreaterThan(0);
  expect(both.maintained).toEqual(both.expected);
  expect(await aggregatesStale(b.db)).toBe(false);

  // After the first sync, what arrives is counted row by row: a booking made on A fills a seat on B.
  const booking = (await a.db.bookings.toArray()).find((row) => row.status === 'booked')!;
  const taken = async () => (await b.db.seatCounts.get(['2026-12-08', booking.sessionId]))?.booked ?? 0;
  const before = await taken();
  await createBooking(
    a.ctx,
    {
      projectId: booking.projectId,
      personId: booking.personId,
      date: '2026-12-08',
      sessionId: booking.sessionId,
    },
    async () => [],
  );
  await a.engine.syncNow();
  await b.engine.syncNow();
  expect(await taken()).toBe(before + 1);
  expect(await aggregatesStale(b.db)).toBe(false);
});

it('paused part way, what has arrived is counted truly; resumed, it finishes with every count true', async () => {
  const { engine, receivedWhenPaused } = pausedAfterFirstBatch();
  await engine.syncNow();
  expect(engine.status.firstSync).toMatchObject({ paused: true });
  // Part of the team's records is here: one batch of three pages of 50 changes.
  expect(receivedWhenPaused()).toBeGreaterThan(100);
  expect(receivedWhenPaused()).toBeLessThanOrEqual(150);
  const partWay = await bothWays(b.db);
  expect(partWay.expected.projectCounts!.length).toBeGreaterThan(0);
  expect(partWay.maintained).toEqual(partWay.expected);
  expect(await aggregatesStale(b.db)).toBe(true);

  engine.setPaused(false);
  await engine.syncNow();
  expect(engine.status).toMatchObject({ phase: 'synced', pending: 0 });
  expect(await pipelineCounts(b.db)).toEqual(await pipelineCounts(a.db));
  const done = await bothWays(b.db);
  expect(done.maintained).toEqual(done.expected);
  expect(await aggregatesStale(b.db)).toBe(false);
});

it('a first sync cut off part way (the window closed) has its counts summed when the workstation leaves the team', async () => {
  // One batch applied as a first sync applies it, then nothing more: no pause, no end of the pull.
  await pullChanges(
    clientOf(couch, team),
    '0',
    async (batch) => {
      await applyPullBatch(b.db, batch, b.ctx, { deferAggregates: true });
    },
    { batchSize: 200, maxBatches: 1 },
  );
  expect(await b.db.projects.count()).toBeGreaterThan(0);
  const cutOff = await bothWays(b.db);
  expect(cutOff.maintained).not.toEqual(cutOff.expected);
  expect(await aggregatesStale(b.db)).toBe(true);

  await leaveTeam(b.db);
  const left = await bothWays(b.db);
  expect(left.maintained).toEqual(left.expected);
  expect(await aggregatesStale(b.db)).toBe(false);
});
