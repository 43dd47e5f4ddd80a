/**
 * Team sync through the app's own database: two workstations (two databases) and a CouchDB-compatible server
 * (pouchdb-server started here, or COUCHDB_URL). What one saves the other sees; edits of different fields
 * merge by themselves; edits of the same field are listed as a conflict and nothing is overwritten; every
 * audit event reaches the other workstation; a workstation that joins late receives everything.
 */
import { type TestCouch, startTestCouch } from '../../../helpers/couch-server';
import { clientOf, newTeamDatabase, transportOf } from '../../../helpers/sync-fixtures';
import { type TestDb, freshDb, personForm } from './db-fixtures';
import { addPerson, getPerson, updatePerson } from '../../../../renderer/db/repositories/people';
import { joinTeam, leaveTeam } from '../../../../renderer/db/sync/queue-all';
import { SyncEngine } from '../../../../renderer/db/sync/engine';
import { resolveConflict } from '../../../../renderer/db/sync/conflicts';
import type { TeamTransport } from '../../../../renderer/db/sync/transport';
import { SyncError } from '../../../../shared/sync/errors';

let couch: TestCouch;
beforeAll(async () => {
  couch = await startTestCouch();
}, 60_000);
afterAll(async () => {
  await couch?.stop();
});

/** A workstation: its database, in a team, with an engine talking to the team database. */
async function workstation(team: string): Promise<TestDb & { engine: SyncEngine }> {
  const test = await freshDb();
  const transport: TeamTransport = transportOf(clientOf(couch, team));
  await joinTeam(test.db);
  return {
    ...test,
    engine: new SyncEngine(test.db, transport, undefined, undefined, () => test.ctx),
  };
}

describe('two workstations in one team', () => {
  let team: string;
  let a: TestDb & { engine: SyncEngine };
  let b: TestDb & { engine: SyncEngine };
  beforeEach(async () => {
    team = await newTeamDatabase(couch);
    a = await workstation(team);
    b = await workstation(team);
  }, 30_000);
  afterEach(async () => {
    await leaveTeam(a.db);
    await leaveTeam(b.db);
  });

  it('a person added on A is on B after both sync, with A’s audit event', async () => {
    const person = await addPerson(a.ctx, personForm({ name: 'Ada Nowak', email: 'ada@example.org' }));
    await a.engine.syncNow();
    expect(a.engine.status).toMatchObject({ phase: 'synced', pending: 0 });
    await b.engine.syncNow();
    expect(await getPerson(b.db, person.id)).toEqual(person);
    const events = await b.db.peerAuditEvents.toArray();
    expect(events.map((event) => [event.entity, event.entityId, event.action])).toContainEqual([
      'person',
      person.id,
      'create',
    ]);
    expect(await b.db.outbox.count()).toBe(0);
  });

  it('edits of different fields merge; the same field edited on both is a conflict, nothing overwritten', async () => {
    const person = await addPerson(a.ctx, personForm({ name: 'Ada Nowak', email: 'ada@example.org' }));
    await a.engine.syncNow();
    await b.engine.syncNow();
    // Offline on both: A changes the organisation and the name, B the phone… and the name.
    await updatePerson(a.ctx, person.id, person.revision, {
      ...personForm({ name: 'Ada Nowak-Smith', email: 'ada@example.org' }),
      organisation: 'University of A',
    });
    const onB = (await getPerson(b.db, person.id))!;
    await updatePerson(b.ctx, onB.id, onB.revision, {
      ...personForm({ name: 'Ada Nowak-Jones', email: 'ada@example.org' }),
      organisation: onB.organisation,
      department: 'Radiology',
    });
    await a.engine.syncNow();
    await b.engine.syncNow();
    await b.engine.syncNow(); // B's push meets A's change: merged here, conflict listed, merge sent
    await a.engine.syncNow();

    const conflicts = await b.db.syncConflicts.toArray();
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      title: 'Person Ada Nowak-Smith',
      fields: [{ field: 'name', mine: 'Ada Nowak-Jones', theirs: 'Ada Nowak-Smith' }],
      mine: { by: 'Sam Officer' },
    });
    const onA = await getPerson(a.db, person.id);
    const mergedOnB = await getPerson(b.db, person.id);
    expect(onA).toEqual(mergedOnB);
    expect(onA).toMatchObject({
      name: 'Ada Nowak-Smith',
      organisation: 'University of A',
      department: 'Radiology',
    });
    expect(b.engine.status).toMatchObject({ conflicts: 1, pending: 0 });

    // A lists it too once B's event of it arrives; B keeps its own name; both end with it, and unlisted.
    await a.engine.syncNow();
    expect((await a.db.syncConflicts.toArray()).map((row) => row.fields)).toEqual([
      [{ field: 'name', mine: 'Ada Nowak-Smith', theirs: 'Ada Nowak-Jones' }],
    ]);
    await resolveConflict(b.ctx, conflicts[0]!.docId, { name: 'mine' });
    await b.engine.syncNow();
    await a.engine.syncNow();
    for (const side of [a, b]) {
      expect(await getPerson(side.db, person.id)).toMatchObject({
        name: 'Ada Nowak-Jones',
        department: 'Radiology',
      });
      expect(await side.db.syncConflicts.count()).toBe(0);
    }
    const resolved = await a.db.peerAuditEvents
      .filter((event) => event.action === 'resolve-conflict')
      .toArray();
    expect(resolved.map((event) => [event.entityId, event.changes.name])).toEqual([
      [person.id, { before: 'Ada Nowak-Smith', after: 'Ada Nowak-Jones' }],
    ]);
  });

  it('two people with one e-mail made offline both arrive (no index refuses them)', async () => {
    await addPerson(a.ctx, personForm({ name: 'Ada Nowak', email: 'same@example.org' }));
    await addPerson(b.ctx, personForm({ name: 'A. Nowak', email: 'same@example.org' }));
    await a.engine.syncNow();
    await b.engine.syncNow();
    await a.engine.syncNow();
    const names = async (test: TestDb) =>
      (await test.db.people.where('email').equals('same@example.org').toArray()).map((p) => p.name).sort();
    expect(await names(a)).toEqual(['A. Nowak', 'Ada Nowak']);
    expect(await names(b)).toEqual(['A. Nowak', 'Ada Nowak']);
    // Locally, the write path still refuses a second one.
    await expect(addPerson(a.ctx, personForm({ name: 'Third', email: 'same@example.org' }))).rejects.toThrow(
      'A person with the e-mail address same@example.org is already recorded.',
    );
  });

  it('an unreachable server leaves the change queued and says offline; it is sent when the server answers', async () => {
    const person = await addPerson(a.ctx, personForm({ name: 'Ada Nowak', email: 'ada@example.org' }));
    const offline = new SyncEngine(a.db, {
      bulkDocs: () => Promise.reject(new SyncError('unreachable', 'The team server did not answer.')),
      changes: () => Promise.reject(new SyncError('unreachable', 'The team server did not answer.')),
      getDoc: () => Promise.resolve(null),
      allocate: () => Promise.reject(new SyncError('unreachable', 'The team server did not answer.')),
    });
    await offline.syncNow();
    expect(offline.status).toMatchObject({ phase: 'offline', pending: expect.any(Number) });
    expect(offline.status.pending).toBeGreaterThan(0);
    await a.engine.syncNow();
    await b.engine.syncNow();
    expect(await getPerson(b.db, person.id)).toEqual(person);
  });
});
