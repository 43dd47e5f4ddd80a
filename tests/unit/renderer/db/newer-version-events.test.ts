/**
 * An audit event written by a newer DSH Desk, carrying a top-level field this version does not know (as
 * `hlc` and `seen` were to the version before them): it is received whole — never quarantined, never
 * stripped — so its hash still verifies and that workstation's chain has no gap here; a backup holding it
 * restores it. A record (not an event) with an unknown field is still kept out, with the reason: applying it
 * stripped would let this version's next edit erase the newer field on the server.
 */
import { hashOfEvent } from '../../../../shared/audit/chain';
import type { AuditEvent } from '../../../../shared/domain';
import { documentToRecord, recordToDocument } from '../../../../shared/sync/documents';
import { verifyAuditLog } from '../../../../renderer/db/audit/verify';
import { checkedRow, rowSchemasOf } from '../../../../renderer/db/backup/row-checks';
import { applyPullBatch } from '../../../../renderer/db/sync/apply';
import { aPerson } from '../../../helpers/domain-fixtures';
import { anAuditEvent } from '../../../helpers/sync-fixtures';
import { freshDb } from './db-fixtures';

/** Event `seq` of workstation `ws-newer`, chained after `previous`, with a field from a newer version. */
function newerEvent(seq: number, previous?: AuditEvent): AuditEvent {
  const { hash: _hash, ...base } = anAuditEvent('ws-newer', seq);
  const content = {
    ...base,
    id: `00000000-0000-4000-8000-00000000090${seq}`,
    prevHash: previous?.hash ?? base.prevHash,
    hlc: { ms: Date.parse(base.at), n: seq },
    signedBy: { key: 'ed25519:abc', signature: 'c2lnbmF0dXJl' },
  };
  return { ...content, hash: hashOfEvent(content) } as AuditEvent;
}

describe('an audit event from a newer version', () => {
  const first = newerEvent(1);
  const second = newerEvent(2, first);

  it('is received with the field it carries, not quarantined', () => {
    const incoming = documentToRecord(recordToDocument('audit', second, '1-abc'));
    expect(incoming).toMatchObject({ ok: true, type: 'audit' });
    expect(incoming.ok && incoming.record).toEqual(second);
  });

  it('is stored whole, and the newer workstation’s chain verifies here', async () => {
    const { db } = await freshDb();
    const records = [first, second].map((event) => {
      const incoming = documentToRecord(recordToDocument('audit', event, '1-abc'));
      if (!incoming.ok) throw new Error(incoming.reason);
      return incoming;
    });
    await applyPullBatch(db, { records, deletions: [], quarantined: [], checkpoint: '2' });
    expect(await db.peerAuditEvents.toArray()).toEqual([first, second]);
    const verdict = await verifyAuditLog(db);
    expect(verdict.message).toMatch(/^The audit log is intact: .* 2 events of 1 other workstation\.$/);
  });

  it('passes the backup’s row check with its field kept', async () => {
    const { db } = await freshDb();
    const schema = rowSchemasOf(db).get(db.peerAuditEvents.name)!;
    expect(checkedRow(schema, second)).toEqual({ ok: true, row: second });
    // This workstation's own events are still written by this version only: strict.
    const own = rowSchemasOf(db).get(db.auditEvents.name)!;
    expect(checkedRow(own, second)).toMatchObject({ ok: false, problem: 'Unexpected field: signedBy.' });
  });
});

describe('a record from a newer version', () => {
  it('is still kept out, with the reason (its field would be lost on this version’s next edit)', () => {
    const person = { ...aPerson(), pronouns: 'she/her' };
    expect(documentToRecord(recordToDocument('person', person, '1-abc'))).toEqual({
      ok: false,
      docId: `person:${person.id}`,
      reason: `The person in person:${person.id} is not valid: Unexpected field: pronouns.`,
    });
  });
});
