import type { AuditEvent } from '../../../../shared/domain';
import { hashOfEvent } from '../../../../shared/audit/chain';
import { appendAuditEvent, recordAuditEvent } from '../../../../renderer/db/audit/append';
import { verifyAuditLog } from '../../../../renderer/db/audit/verify';
import { addPerson, updatePerson } from '../../../../renderer/db/repositories/people';
import { createEnquiry, updateEnquiry } from '../../../../renderer/db/repositories/projects';
import { aPerson } from '../../../helpers/domain-fixtures';
import { ACTOR, enquiryForm, freshDb, personForm, rawChange, rawGet, type TestDb } from './db-fixtures';

/** `count` events of export actions, one per call, as the app writes them. */
async function someEvents(t: TestDb, count: number): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  for (let i = 0; i < count; i += 1) {
    events.push(await recordAuditEvent(t.ctx, { entity: 'project', entityId: `p-${i}`, action: 'export' }));
  }
  return events;
}

describe('verifyAuditLog', () => {
  it('finds the chain intact after many writes, reading it a page at a time', async () => {
    const t = await freshDb();
    for (let i = 0; i < 20; i += 1) {
      const person = await addPerson(
        t.ctx,
        personForm({ email: `p${i}@example.ac.uk`, name: `Person ${i}` }),
      );
      await updatePerson(
        t.ctx,
        person.id,
        1,
        personForm({ email: `p${i}@example.ac.uk`, name: `Dr Person ${i}` }),
      );
    }
    for (let i = 0; i < 10; i += 1) {
      const project = await createEnquiry(t.ctx, enquiryForm({ title: `Study ${i}` }));
      await updateEnquiry(t.ctx, project.id, 1, enquiryForm({ title: `Study ${i} (renamed)` }));
    }
    const verdict = await verifyAuditLog(t.db, { pageSize: 7 });
    expect(verdict).toEqual({
      intact: true,
      checked: 60,
      message: 'The audit log is intact: 60 events checked.',
    });
  });

  it('finds an empty log intact', async () => {
    const t = await freshDb();
    expect(await verifyAuditLog(t.db)).toMatchObject({ intact: true, checked: 0 });
  });

  it('detects an event edited after it was written, naming it', async () => {
    const t = await freshDb();
    const events = await someEvents(t, 10);
    await rawChange(t, 'auditEvents', (store) => store.put({ ...events[4], action: 'delete' }));
    expect(await verifyAuditLog(t.db, { pageSize: 3 })).toEqual({
      intact: false,
      checked: 5,
      brokenAtSeq: 5,
      brokenPeers: [],
      problem: 'event 5 was changed after it was written',
      message:
        'The audit log has been tampered with: event 5 was changed after it was written. Events 1 to 4 are intact.',
    });
  });

  it('detects an edited event whose hash was recomputed, at the event after it', async () => {
    const t = await freshDb();
    const events = await someEvents(t, 10);
    const forged = { ...events[4]!, reason: 'nothing to see' };
    await rawChange(t, 'auditEvents', (store) => store.put({ ...forged, hash: hashOfEvent(forged) }));
    expect(await verifyAuditLog(t.db, { pageSize: 3 })).toMatchObject({
      intact: false,
      brokenAtSeq: 6,
      problem: 'event 6 does not follow the event before it',
    });
  });

  it('detects an event deleted from the middle', async () => {
    const t = await freshDb();
    await someEvents(t, 10);
    await rawChange(t, 'auditEvents', (store) => store.delete(5));
    expect(await verifyAuditLog(t.db, { pageSize: 4 })).toMatchObject({
      intact: false,
      brokenAtSeq: 5,
      problem: 'event 5 is missing (the next one found is 6)',
    });
  });

  it('detects the last event deleted', async () => {
    const t = await freshDb();
    await someEvents(t, 10);
    await rawChange(t, 'auditEvents', (store) => store.delete(10));
    expect(await verifyAuditLog(t.db)).toMatchObject({
      intact: false,
      brokenAtSeq: 10,
      problem: 'the last event (event 10) is missing',
    });
  });

  it('detects several events deleted from the end', async () => {
    const t = await freshDb();
    await someEvents(t, 10);
    await rawChange(t, 'auditEvents', (store) => store.delete(IDBKeyRange.lowerBound(8)));
    expect(await verifyAuditLog(t.db)).toMatchObject({
      brokenAtSeq: 8,
      problem: 'the last 3 events (events 8 to 10) are missing',
    });
  });

  it('detects two events swapped', async () => {
    const t = await freshDb();
    const events = await someEvents(t, 10);
    const [third, fourth] = [events[2]!, events[3]!];
    await rawChange(t, 'auditEvents', (store) => {
      store.put({ ...fourth, seq: 3 });
      store.put({ ...third, seq: 4 });
    });
    expect(await verifyAuditLog(t.db, { pageSize: 2 })).toMatchObject({
      intact: false,
      brokenAtSeq: 3,
      problem: 'event 3 does not follow the event before it',
    });
  });

  it('detects the record of the log’s end removed', async () => {
    const t = await freshDb();
    await someEvents(t, 3);
    await rawChange(t, 'meta', (store) => store.delete('auditHead'));
    expect(await verifyAuditLog(t.db)).toMatchObject({ intact: false, brokenAtSeq: 3 });
  });
});

describe('appendAuditEvent', () => {
  it('chains each event to the one before and keeps the head in meta', async () => {
    const t = await freshDb();
    const [first, second] = await someEvents(t, 2);
    expect(first).toMatchObject({
      seq: 1,
      prevHash: '0'.repeat(64),
      actor: ACTOR,
      at: '2026-11-25T10:00:00.000Z',
    });
    expect(second).toMatchObject({ seq: 2, prevHash: first!.hash });
    expect(second!.hash).toBe(hashOfEvent(second!));
    expect(JSON.parse((await rawGet<{ value: string }>(t, 'meta', 'auditHead')).value)).toEqual({
      seq: 2,
      hash: second!.hash,
      at: second!.at,
      device: await t.db.meta.get('installationId').then((row) => row?.value),
    });
  });

  it('never lets the time of an event go back when the clock does', async () => {
    const t = await freshDb();
    await someEvents(t, 1);
    const earlier = { ...t.ctx, now: () => new Date('2026-11-25T09:00:00.000Z') };
    const event = await recordAuditEvent(earlier, { entity: 'project', entityId: 'x', action: 'export' });
    expect(event.at).toBe('2026-11-25T10:00:00.000Z');
  });

  it('lets a write store its rows after its event, in the same transaction', async () => {
    const t = await freshDb();
    const { db } = t;
    const person = aPerson();
    await db.transaction('rw', [db.people, db.auditEvents, db.meta], async () => {
      const event = await appendAuditEvent(db, t.ctx, {
        entity: 'person',
        entityId: person.id,
        action: 'create',
      });
      // The row carries something of its event (as a synced row carries its event's clock).
      await db.people.add({ ...person, updatedAt: event.at });
      await appendAuditEvent(db, t.ctx, { entity: 'person', entityId: person.id, action: 'update' });
      await db.people.put({ ...person, name: 'Dr A Smith-Jones', revision: 2 });
    });
    expect((await db.people.get(person.id))?.name).toBe('Dr A Smith-Jones');
    expect(await verifyAuditLog(db)).toMatchObject({ intact: true, checked: 2 });
  });

  it('refuses to write outside the transaction of a change', async () => {
    const t = await freshDb();
    await expect(
      appendAuditEvent(t.db, t.ctx, { entity: 'project', entityId: 'x', action: 'export' }),
    ).rejects.toThrow('same transaction');
    expect(await t.db.auditEvents.count()).toBe(0);
  });
});
