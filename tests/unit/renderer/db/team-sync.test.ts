/**
 * Team sync through the app's own database: two workstations (two databases) and a CouchDB-compatible server
 * (pouchdb-server started here, or COUCHDB_URL). What one saves the other sees; edits of different fields
 * merge by themselves; edits of the same field are listed as a conflict and nothing is overwritten; every
 * audit event reaches the other workstation; a workstation that joins late receives everything.
 */
import { useTestCouch } from '../../../helpers/use-test-couch';
import { type TestDb, personForm } from './db-fixtures';
import { type TeamWorkstation, useTwoWorkstations } from './team-fixtures';
import { addPerson, getPerson, updatePerson } from '../../../../renderer/db/repositories/people';
import { verifyAuditLog } from '../../../../renderer/db/audit/verify';
import { addTrainingRecord } from '../../../../renderer/db/repositories/training';
import { findDuplicatePeople, mergePeople } from '../../../../renderer/db/repositories/duplicate-people';
import { aTraining } from '../../../helpers/domain-fixtures';
import { SyncEngine } from '../../../../renderer/db/sync/engine';
import { resolveConflict } from '../../../../renderer/db/sync/conflicts';
import { SyncError } from '../../../../shared/sync/errors';

const couch = useTestCouch();

describe('two workstations in one team', () => {
  let a: TeamWorkstation;
  let b: TeamWorkstation;
  useTwoWorkstations(couch, (pair) => ({ a, b } = pair));

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

  it('each workstation verifies its own chain and the other’s; a changed event of the other is named', async () => {
    await addPerson(a.ctx, personForm({ name: 'Ada Nowak', email: 'ada@example.org' }));
    await addPerson(b.ctx, personForm({ name: 'Bo Kim', email: 'bo@example.org' }));
    for (const side of [a, b, a]) await side.engine.syncNow();
    for (const side of [a, b])
      expect((await verifyAuditLog(side.db)).message).toMatch(
        /^The audit log is intact: \d+ events? checked, and \d+ events? of 1 other workstation\.$/,
      );
    const [first] = await b.db.peerAuditEvents.limit(1).toArray();
    await b.db.peerAuditEvents.put({ ...first!, reason: 'Quietly changed' });
    const verdict = await verifyAuditLog(b.db);
    expect(verdict.intact).toBe(false);
    expect(verdict.message).toContain(
      `in the log of workstation ${first!.device!.slice(0, 8)}, event ${first!.seq} was changed after it was written`,
    );
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

  it('a researcher recorded on both is found twice and merged once: links move, both workstations agree', async () => {
    const onA = await addPerson(a.ctx, personForm({ name: 'Ada Nowak', email: 'same@example.org' }));
    const onB = await addPerson(b.ctx, personForm({ name: 'A. Nowak', email: 'same@example.org' }));
    const { id: _id, revision: _r, createdAt: _c, updatedAt: _u, ...training } = aTraining();
    const course = await addTrainingRecord(b.ctx, { ...training, personId: onB.id });
    for (const side of [a, b, a]) await side.engine.syncNow();

    const found = await findDuplicatePeople(a.db);
    expect(found.map((group) => [group.email, group.people.map((p) => p.name).sort()])).toEqual([
      ['same@example.org', ['A. Nowak', 'Ada Nowak']],
    ]);
    await mergePeople(a.ctx, onA.id, onB.id);
    for (const side of [a, b, a]) await side.engine.syncNow();

    for (const side of [a, b]) {
      expect(
        (await side.db.people.where('email').equals('same@example.org').toArray()).map((p) => p.id),
      ).toEqual([onA.id]);
      expect(await side.db.trainingRecords.get(course.id)).toMatchObject({ personId: onA.id });
      expect(await findDuplicatePeople(side.db)).toEqual([]);
    }
    const merged = await b.db.peerAuditEvents.filter((event) => event.action === 'merge-person').toArray();
    expect(merged.map((event) => event.entity).sort()).toEqual(['person', 'training-record']);
    expect(merged[0]?.reason).toBe('A. Nowak (recorded twice) merged into Ada Nowak <same@example.org>.');
  });

  it('an unreachable server leaves the change queued and says offline; it is sent when the server answers', async () => {
    const person = await addPerson(a.ctx, personForm({ name: 'Ada Nowak', email: 'ada@example.org' }));
    const offline = new SyncEngine(a.db, {
      bulkDocs: () => Promise.reject(new SyncError('unreachable', 'The team server did not answer.')),
      changes: () => Promise.reject(new SyncError('unreachable', 'The team server did not answer.')),
      waitForChanges: () => Promise.reject(new SyncError('unreachable', 'The team server did not answer.')),
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
