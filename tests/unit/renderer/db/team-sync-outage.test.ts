/**
 * The team server goes away in the middle of a push of many records and comes back: killed outright (its
 * data on disk, as a real server's is), or the line to it dropped while it goes on storing what it had
 * received. Either way nothing is lost and nothing is doubled: the workstation says offline, then synced;
 * every record is on the server once and arrives on the other workstation once; no conflict is invented.
 * pouchdb-server on 127.0.0.1 (a real CouchDB from COUCHDB_URL cannot be killed: only the dropped line runs).
 */
import { useTestCouch } from '../../../helpers/use-test-couch';
import { type TcpProxy, startTcpProxy } from '../../../helpers/tcp-proxy';
import { clientOf, newTeamDatabase, transportOf } from '../../../helpers/sync-fixtures';
import { type TestDb, freshDb, personForm } from './db-fixtures';
import { addPerson } from '../../../../renderer/db/repositories/people';
import { joinTeam, leaveTeam } from '../../../../renderer/db/sync/queue-all';
import { SyncEngine } from '../../../../renderer/db/sync/engine';
import { TYPE_OF_TABLE } from '../../../../renderer/db/sync/synced-tables';
import { recordToDocument } from '../../../../shared/sync/documents';
import type { SyncedTypeName } from '../../../../shared/sync/synced-types';
import type { SyncStatus } from '../../../../renderer/sync/types';

/** People recorded on A while the server is up; each is a record and an audit event: 2 documents. */
const PEOPLE = 300;

/** The server goes away once it holds this many of them (the push sends 200 a request). */
const AWAY_AFTER = 250;

const couch = useTestCouch({ onDisk: true });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits (every 10 ms, at most 60 s) until the team database holds more than `count` documents. */
async function untilServerHolds(team: string, count: number): Promise<void> {
  const admin = `Basic ${Buffer.from(`${couch.admin.name}:${couch.admin.password}`).toString('base64')}`;
  const deadline = Date.now() + 60_000;
  for (let tries = 0; tries < 6_000 && Date.now() < deadline; tries += 1) {
    const answer = await fetch(new URL(team, couch.url), { headers: { authorization: admin } });
    const info = (await answer.json()) as { doc_count?: number };
    if ((info.doc_count ?? 0) > count) return;
    await sleep(10);
  }
  throw new Error(`The team server never held ${count} documents.`);
}

/** Runs rounds until nothing is left to send and the last round ended synced (at most `rounds`). */
async function syncUntilSettled(engine: SyncEngine, rounds = 6): Promise<void> {
  for (let round = 0; round < rounds; round += 1) {
    await engine.syncNow();
    if (engine.status.phase === 'synced' && engine.status.pending === 0) return;
  }
}

type Outage = (team: string, proxy: TcpProxy, push: Promise<void>) => Promise<void>;

const KILLED: Outage = async (team, _proxy, push) => {
  await untilServerHolds(team, AWAY_AFTER);
  await couch.killAndRestart!(async () => {
    await push; // the push under way fails: the workstation is offline while the server is down
  });
};

const LINE_DROPPED: Outage = async (team, proxy, push) => {
  await untilServerHolds(team, AWAY_AFTER);
  proxy.cut();
  await push;
  proxy.restore();
};

const outages: [string, Outage][] = [['the line to the server drops', LINE_DROPPED]];
if (process.env.COUCHDB_URL)
  console.warn(
    'team-sync-outage: a real CouchDB (COUCHDB_URL) is not ours to kill; only the dropped line runs.',
  );
else outages.push(['the server is killed', KILLED]);

describe.each(outages)('when %s in the middle of a push', (_label, outage) => {
  let team: string;
  let proxy: TcpProxy;
  let a: TestDb & { engine: SyncEngine; statuses: SyncStatus[] };
  let b: TestDb & { engine: SyncEngine };
  beforeEach(async () => {
    team = await newTeamDatabase(couch);
    proxy = await startTcpProxy(couch.url);
    const onA = await freshDb();
    const onB = await freshDb();
    await joinTeam(onA.db);
    await joinTeam(onB.db);
    const statuses: SyncStatus[] = [];
    // A reaches the server through its own proxy (the line that may drop); B directly.
    const throughProxy = clientOf({ ...couch, url: proxy.url }, team);
    a = {
      ...onA,
      statuses,
      engine: new SyncEngine(
        onA.db,
        transportOf(throughProxy),
        (s) => statuses.push(s),
        undefined,
        () => onA.ctx,
      ),
    };
    b = {
      ...onB,
      engine: new SyncEngine(onB.db, transportOf(clientOf(couch, team)), undefined, undefined, () => onB.ctx),
    };
  }, 30_000);
  afterEach(async () => {
    await proxy.close();
    await leaveTeam(a.db);
    await leaveTeam(b.db);
  });

  it('nothing is lost or doubled: offline, then synced, and every record arrives once', async () => {
    for (let n = 0; n < PEOPLE; n += 1)
      await addPerson(a.ctx, personForm({ name: `Person ${n}`, email: `person.${n}@example.org` }));
    const queued = await a.db.outbox.count();
    expect(queued).toBe(2 * PEOPLE);

    await outage(team, proxy, a.engine.syncNow());
    expect(a.engine.status).toMatchObject({ phase: 'offline', offlineSince: expect.any(String) });
    expect(a.engine.status.pending).toBeGreaterThan(0);

    await syncUntilSettled(a.engine);
    expect(a.engine.status).toMatchObject({ phase: 'synced', pending: 0, conflicts: 0 });
    const phases = a.statuses.map((status) => status.phase);
    expect(phases.lastIndexOf('synced')).toBeGreaterThan(phases.indexOf('offline'));

    // On the server: each person once, each audit event once, nothing else of A's.
    const onServer = await clientOf(couch, team).allDocs();
    const people = onServer.filter((row) => row.id.startsWith('person:'));
    const events = onServer.filter((row) => row.id.startsWith('audit:'));
    expect(people).toHaveLength(PEOPLE);
    expect(events).toHaveLength(PEOPLE);

    // On B: every person once, equal to A's; every event of A once; no conflict anywhere.
    await syncUntilSettled(b.engine);
    const sorted = <T extends { id: string }>(rows: T[]) => rows.sort((x, y) => x.id.localeCompare(y.id));
    expect(sorted(await b.db.people.toArray())).toEqual(sorted(await a.db.people.toArray()));
    expect((await b.db.peerAuditEvents.toArray()).map((event) => event.id).sort()).toEqual(
      (await a.db.auditEvents.toArray()).map((event) => event.id).sort(),
    );
    expect(await a.db.syncConflicts.count()).toBe(0);
    expect(await b.db.syncConflicts.count()).toBe(0);
    expect(b.engine.status).toMatchObject({ phase: 'synced', pending: 0, conflicts: 0, quarantined: 0 });
  }, 180_000);
});

describe('when the server stored a push but its answer never came back', () => {
  // What decides the dropped-line case above whenever the cut request had been stored whole: every change in
  // it is sent again. pouchdb-server answers a re-sent audit event with the design document's "Audit events
  // are never changed." (CouchDB with a conflict); either way the event is already there and must not be
  // left queued as refused.
  it('the re-sent record and audit event are recognised as stored: synced, nothing refused or doubled', async () => {
    const team = await newTeamDatabase(couch);
    const onA = await freshDb();
    await joinTeam(onA.db);
    try {
      await addPerson(onA.ctx, personForm({ name: 'Ada Lost', email: 'ada.lost@example.org' }));
      const queued = await onA.db.outbox.toArray();
      expect(queued.map((entry) => entry.table).sort()).toEqual(['auditEvents', 'people']);
      // Stored on the server exactly as the push sends them, as if by a request whose answer was lost.
      const client = clientOf(couch, team);
      const docs = await Promise.all(
        queued.map(async (entry) =>
          recordToDocument(
            TYPE_OF_TABLE.get(entry.table) as SyncedTypeName,
            (await onA.db.table(entry.table).get(entry.pk)) as Record<string, unknown>,
          ),
        ),
      );
      expect((await client.bulkDocs(docs)).map((result) => result.status)).toEqual(['ok', 'ok']);

      const engine = new SyncEngine(onA.db, transportOf(client), undefined, undefined, () => onA.ctx);
      await syncUntilSettled(engine);
      expect(engine.status).toMatchObject({ phase: 'synced', pending: 0, conflicts: 0 });
      expect(engine.status.problem).toBeUndefined();
      const onServer = (await client.allDocs()).map((row) => row.id.split(':')[0]);
      expect(onServer.filter((type) => type === 'person')).toHaveLength(1);
      expect(onServer.filter((type) => type === 'audit')).toHaveLength(1);
    } finally {
      await leaveTeam(onA.db);
    }
  });
});
