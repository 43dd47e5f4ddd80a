/** @jest-environment ./tests/helpers/jsdom-environment.cjs */
// jsdom, not node: dexie-export-import reads Blobs with FileReader and looks at `self` when it loads.
jest.setTimeout(30_000);

import { verifyAuditLog } from '../../../../renderer/db/audit/verify';
import { checkBackup, restoreBackup } from '../../../../renderer/db/backup';
import { CURRENT_STAFF_KEY } from '../../../../renderer/db/repositories/current-staff';
import { THIS_COMPUTER_META_KEYS } from '../../../../renderer/db/backup';
import { APP_VERSION, backupOf, edited, populatedDb, rowsOf, snapshot, split } from './backup-fixtures';
import { freshDb, NOW } from './db-fixtures';
import type { DshDatabase } from '../../../../renderer/db/database';
import { anAuditEvent } from '../../../helpers/sync-fixtures';

/** A row in each of the team sync tables, as a workstation in a team holds them. */
async function withTeamSyncRows(db: DshDatabase): Promise<void> {
  const person = (await db.people.toCollection().first())!;
  const key = `people/${person.id}`;
  await db.outbox.put({ key, table: 'people', pk: person.id, queuedAt: NOW.getTime(), stamp: 'a1' });
  await db.syncRevs.put({ key, docId: `person:${person.id}`, rev: '1-abc', base: person });
  await db.syncConflicts.put({
    docId: `person:${person.id}`,
    type: 'person',
    table: 'people',
    recordId: person.id,
    title: `Person ${person.name}`,
    fields: [{ field: 'name', mine: person.name, theirs: 'Another name' }],
    mine: { record: person, by: 'Sam Officer', at: person.updatedAt },
    theirs: { record: { ...person, name: 'Another name' }, by: 'Kim Officer', at: person.updatedAt },
    foundAt: NOW.toISOString(),
    base: null,
    theirRev: '2-def',
  });
  await db.peerAuditEvents.put(anAuditEvent('another-workstation', 1));
}

/**
 * A reminder given to an officer and an evidence file's row (schema version 5). The maintained aggregates
 * (seat counts, project counts) need no row here: the demo's bookings and projects fill them.
 */
async function withVersion5Rows(db: DshDatabase): Promise<void> {
  const person = (await db.people.toCollection().first())!;
  const by = {
    at: NOW.toISOString(),
    byStaffId: 'b7a5c1de-0000-4000-8000-0000000000a1',
    byStaffName: 'Sam Officer',
  };
  await db.reminderAssignments.put({
    id: `training-due:${person.id}`,
    itemId: `training-due:${person.id}:7`,
    staffId: 'b7a5c1de-0000-4000-8000-0000000000a2',
    ...by,
    revision: 2,
    updatedAt: NOW.toISOString(),
    hlc: { ms: NOW.getTime(), n: 3 },
    device: 'this-workstation',
  });
  await db.evidenceFiles.put({
    id: 'b7a5c1de-0000-4000-8000-0000000000e1',
    sha256: 'a'.repeat(64),
    entity: 'person',
    entityId: person.id,
    fileName: 'certificate.pdf',
    mediaType: 'application/pdf',
    size: 1024,
    at: NOW.toISOString(),
    staffId: 'b7a5c1de-0000-4000-8000-0000000000a1',
    staffName: 'Sam Officer',
  });
}

const restoreEntry = { action: 'restore' as const, entityId: 'backup.json' };

describe('a backup', () => {
  it('describes itself on its first line: app, version, schema, reason, counts and checksum', async () => {
    const { db } = await populatedDb();
    const { text, manifest } = await backupOf(db);
    expect(split(text).manifest).toEqual(manifest);
    expect(manifest).toMatchObject({
      format: 'dsh-desk-backup',
      formatVersion: 1,
      app: 'DSH Desk',
      appVersion: APP_VERSION,
      schemaVersion: db.verno,
      createdAt: NOW.toISOString(),
      reason: 'manual',
    });
    const rows = await snapshot(db);
    expect(manifest.counts).toEqual(Object.fromEntries(Object.entries(rows).map(([t, r]) => [t, r.length])));
    // The whole file is one JSON document (the export with our manifest as its first key).
    expect(JSON.parse(text)).toMatchObject({ dshDeskBackup: manifest, formatName: 'dexie' });
  });

  it('round trip: every table of a backup comes back with exactly its rows', async () => {
    const source = await populatedDb();
    await withTeamSyncRows(source.db);
    await withVersion5Rows(source.db);
    const before = await snapshot(source.db);
    for (const [table, rows] of Object.entries(before))
      expect([table, rows.length > 0]).toEqual([table, true]);
    const { blob } = await backupOf(source.db);

    const target = await freshDb();
    const checked = await checkBackup(target.db, blob);
    const event = await restoreBackup(target.ctx, blob, checked, restoreEntry);

    const after = await snapshot(target.db);
    for (const table of Object.keys(before)) {
      if (table === 'meta' || table === 'auditEvents') continue;
      expect([table, after[table]]).toEqual([table, before[table]]);
    }
    // The log is the backup's, then the event recording the restore, chained on.
    expect(after.auditEvents).toEqual([...before.auditEvents!, event]);
    expect(event).toMatchObject({
      entity: 'database',
      action: 'restore',
      seq: before.auditEvents!.length + 1,
    });
    expect(await verifyAuditLog(target.db)).toMatchObject({ intact: true });
  });

  it('sums the seats and project counts and works out the deadlines from the restored records, not from the file', async () => {
    const source = await populatedDb();
    const before = await snapshot(source.db);
    expect(before.seatCounts!.length).toBeGreaterThan(0);
    expect(before.projectCounts!.length).toBeGreaterThan(0);
    expect(before.deadlines!.length).toBeGreaterThan(0);
    const { text } = await backupOf(source.db);
    // A file whose sums disagree with its records (edited, or written by a build with a bug).
    const blob = edited(text, (doc) => {
      for (const row of rowsOf(doc, 'seatCounts')) row.booked = 999;
      for (const row of rowsOf(doc, 'projectCounts')) row.count = 999;
      for (const row of rowsOf(doc, 'deadlines')) row.dueOn = '2099-01-01';
    });

    const target = await freshDb();
    await restoreBackup(target.ctx, blob, await checkBackup(target.db, blob), restoreEntry);
    const after = await snapshot(target.db);
    expect(after.seatCounts).toEqual(before.seatCounts);
    expect(after.projectCounts).toEqual(before.projectCounts);
    expect(after.deadlines).toEqual(before.deadlines);
  });

  it("keeps this computer's own meta rows (who is using it, its installation id)", async () => {
    const source = await populatedDb();
    await source.db.meta.put({ key: CURRENT_STAFF_KEY, value: 'someone-else' });
    const { blob } = await backupOf(source.db);
    const target = await freshDb();
    await target.db.meta.put({ key: CURRENT_STAFF_KEY, value: 'me' });
    const ours = await target.db.meta.bulkGet([...THIS_COMPUTER_META_KEYS]);

    await restoreBackup(target.ctx, blob, await checkBackup(target.db, blob), restoreEntry);
    expect(THIS_COMPUTER_META_KEYS).toContain(CURRENT_STAFF_KEY);
    expect(await target.db.meta.bulkGet([...THIS_COMPUTER_META_KEYS])).toEqual(ours);
  });

  it('reports progress while it checks and restores', async () => {
    const source = await populatedDb();
    const { blob } = await backupOf(source.db);
    const total = Object.values(split(await backupOf(source.db).then((b) => b.text)).manifest.counts).reduce(
      (a, b) => a + b,
    );
    const target = await freshDb();
    const checking: number[] = [];
    const restoring: number[] = [];
    const checked = await checkBackup(target.db, blob, (done) => checking.push(done));
    await restoreBackup(target.ctx, blob, checked, restoreEntry, (done) => restoring.push(done));
    expect(checked.records).toBe(total);
    expect(checking.at(-1)).toBe(total);
    expect(restoring.at(-1)).toBe(total);
  });
});
