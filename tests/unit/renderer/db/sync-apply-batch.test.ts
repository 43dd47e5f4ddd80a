/**
 * Applying a pulled batch stores most records in bulk (those this workstation holds no row of) and the rest
 * one by one: the outcome is the same either way. A batch mixing new records, a record this workstation made
 * too (the same membership, another id), its own audit event back from the server and another workstation's.
 */
import { applyPullBatch, CHECKPOINT_KEY } from '../../../../renderer/db/sync/apply';
import { mergeBaseOf } from '../../../../renderer/db/sync/base-pin';
import { deviceOf } from '../../../../renderer/db/audit/append';
import type { AuditEvent } from '../../../../shared/domain';
import { documentToRecord, recordToDocument, type IncomingRecord } from '../../../../shared/sync/documents';
import type { SyncedTypeName } from '../../../../shared/sync/synced-types';
import { anAuditEvent } from '../../../helpers/sync-fixtures';
import { aMembership, aPerson, fixtureId, recordBase } from '../../../helpers/domain-fixtures';
import { freshDb } from './db-fixtures';

/** A record as it comes from the server at revision `rev`, checked as the pull checks it. */
function incoming(type: SyncedTypeName, record: object, rev = '1-aaa'): IncomingRecord {
  const checked = documentToRecord(recordToDocument(type, record as Record<string, unknown>, rev));
  if (!checked.ok) throw new Error(checked.reason);
  return checked;
}

it('a batch is stored whole: new records with their revisions, a row made here too replaced once, events of other workstations only', async () => {
  const { db } = await freshDb();
  const device = (await deviceOf(db))!;
  // Made here before joining: the same project and person's membership, under another id.
  const mine = aMembership({ ...recordBase(fixtureId(550)) });
  await db.memberships.put(mine);

  const first = aPerson({ ...recordBase(fixtureId(601)), email: 'first@example.ac.uk' });
  const second = aPerson({ ...recordBase(fixtureId(602)), email: 'second@example.ac.uk' });
  const theirs = aMembership({ ...recordBase(fixtureId(551)), role: 'analyst' });
  const ownEvent: AuditEvent = anAuditEvent(device, 1);
  const peerEvent: AuditEvent = { ...anAuditEvent('other-workstation', 1), id: fixtureId(951) };
  const records = [
    incoming('person', first),
    incoming('audit', ownEvent),
    incoming('membership', theirs, '2-bbb'),
    incoming('audit', peerEvent),
    incoming('person', second),
  ];

  await applyPullBatch(db, { records, deletions: [], quarantined: [], checkpoint: '42' });

  expect(await db.people.toArray()).toEqual([first, second]);
  expect(await db.memberships.toArray()).toEqual([theirs]);
  expect(
    (await db.syncRevs.orderBy('key').toArray()).map(({ key, docId, rev }) => [key, docId, rev]),
  ).toEqual([
    [`memberships/${theirs.id}`, `membership:${theirs.projectId}:${theirs.personId}`, '2-bbb'],
    [`people/${first.id}`, `person:${first.id}`, '1-aaa'],
    [`people/${second.id}`, `person:${second.id}`, '1-aaa'],
  ]);
  // Stored as the server's: no second copy; the row as stored is the merge base.
  const revision = await db.syncRevs.get(`people/${first.id}`);
  expect(revision).not.toHaveProperty('base');
  expect(mergeBaseOf(revision, await db.people.get(first.id))).toEqual(first);
  expect(await db.peerAuditEvents.toArray()).toEqual([peerEvent]);
  expect(await db.outbox.count()).toBe(0);
  expect((await db.meta.get(CHECKPOINT_KEY))?.value).toBe('42');
});
