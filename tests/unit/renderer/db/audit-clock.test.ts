/**
 * The causal clock and what each event saw, on two workstations whose events reach each other as a pull
 * would deliver them (applyPullBatch; the team-* tests do the same through a real server). Every clock is
 * injected: a workstation "an hour fast" is a write context whose `now` says so.
 */
import type { AuditEvent } from '../../../../shared/domain';
import { hashOfEvent } from '../../../../shared/audit/chain';
import { auditHeadRow, recordAuditEvent } from '../../../../renderer/db/audit/append';
import { AUDIT_CLOCK_KEY } from '../../../../renderer/db/audit/seen';
import { pageTeamTimeline } from '../../../../renderer/db/audit/timeline';
import { verifyAuditLog } from '../../../../renderer/db/audit/verify';
import { ACTOR, freshDb, rawChange, type TestDb } from './db-fixtures';
import { at, deliver, deviceOf, write } from './clock-fixtures';

describe('the clock of new audit events', () => {
  it('is later with every event, even when the wall clock goes back', async () => {
    const t = await freshDb();
    const first = await write(t, '10:00');
    const second = await write(t, '09:00');
    expect(first.hlc).toEqual({ ms: at('10:00').getTime(), n: 0 });
    expect(second.hlc).toEqual({ ms: at('10:00').getTime(), n: 1 });
    expect((await write(t, '10:30')).hlc).toEqual({ ms: at('10:30').getTime(), n: 0 });
  });

  it('puts an event made after seeing another after it, though this workstation’s clock is minutes slow', async () => {
    const a = await freshDb();
    const b = await freshDb();
    const onA = await write(a, '11:00'); // A's clock is right
    await deliver(a, b, '10:56'); // B's says 10:56 when it is really 11:00 (within the five-minute limit)
    const onB = await write(b, '10:57');
    expect(onB.at < onA.at).toBe(true);
    const page = await pageTeamTimeline(b.db, { filter: {}, limit: 10 });
    // Newest first: B's event, made after it had A's, comes first although its time is earlier.
    expect(page.entries.map((entry) => [entry.own, entry.event.at])).toEqual([
      [true, '2026-12-06T10:57:00.000Z'],
      [false, '2026-12-06T11:00:00.000Z'],
    ]);
  });

  it('records what was newly seen of each other chain, once', async () => {
    const a = await freshDb();
    const b = await freshDb();
    await write(a, '10:00');
    await write(a, '10:01');
    await deliver(a, b);
    const first = await write(b, '10:02');
    const second = await write(b, '10:03');
    await write(a, '10:04');
    await deliver(a, b);
    const third = await write(b, '10:05');
    expect([first.seen, second.seen, third.seen]).toEqual([
      { [await deviceOf(a)]: 2 },
      undefined,
      { [await deviceOf(a)]: 3 },
    ]);
  });

  it('remembers what it saw again from the events held when its record of them is lost', async () => {
    const a = await freshDb();
    const b = await freshDb();
    await write(a, '10:00');
    await deliver(a, b);
    await b.db.meta.delete(AUDIT_CLOCK_KEY); // as in a database restored from a backup made before it
    await write(a, '10:01');
    await deliver(a, b);
    expect((await write(b, '10:02')).seen).toEqual({ [await deviceOf(a)]: 2 });
  });
});

describe('verifying a log with clocks', () => {
  /** Three events as DSH Desk wrote them before clocks: no `hlc`, no `seen`, each hashed over its content. */
  async function oldLog(t: TestDb): Promise<AuditEvent[]> {
    const device = await deviceOf(t);
    const events: AuditEvent[] = [];
    for (const seq of [1, 2, 3]) {
      const content = {
        id: `00000000-0000-4000-8000-00000000000${seq}`,
        seq,
        device,
        at: `2026-11-20T09:0${seq}:00.000Z`,
        actor: { ...ACTOR },
        entity: 'project' as const,
        entityId: 'p-old',
        action: 'export',
        changes: {},
        prevHash: events.at(-1)?.hash ?? '0'.repeat(64),
      };
      events.push({ ...content, hash: hashOfEvent(content) });
    }
    await t.db.auditEvents.bulkAdd(events);
    await t.db.meta.put(auditHeadRow(events.at(-1)!));
    return events;
  }

  it('finds a log written before clocks intact, and the events after it too', async () => {
    const t = await freshDb();
    const old = await oldLog(t);
    expect((await verifyAuditLog(t.db)).message).toBe('The audit log is intact: 3 events checked.');
    const next = await write(t, '10:00');
    expect(next).toMatchObject({ seq: 4, prevHash: old[2]!.hash, hlc: { ms: at('10:00').getTime(), n: 0 } });
    expect((await verifyAuditLog(t.db)).message).toBe('The audit log is intact: 4 events checked.');
  });

  it('continues an old log whose last time is ahead of the wall clock with a later clock', async () => {
    const t = await freshDb();
    await oldLog(t);
    const slow = { ...t.ctx, now: () => new Date('2026-11-19T12:00:00.000Z') }; // a day behind the log
    const next = await recordAuditEvent(slow, { entity: 'project', entityId: 'p-1', action: 'export' });
    // The old last event counts as its time with counter 0; the new one comes after it.
    expect(next.hlc).toEqual({ ms: Date.parse('2026-11-20T09:03:00.000Z'), n: 1 });
  });

  it('finds a changed clock or a changed record of what was seen, as a changed event', async () => {
    const a = await freshDb();
    const b = await freshDb();
    await write(a, '10:00');
    await deliver(a, b);
    const stamped = await write(b, '10:01');
    await write(b, '10:02');
    await rawChange(b, 'auditEvents', (store) =>
      store.put({ ...stamped, hlc: { ms: at('09:00').getTime(), n: 0 } }),
    );
    expect((await verifyAuditLog(b.db)).message).toContain('event 1 was changed after it was written');
    await rawChange(b, 'auditEvents', (store) => store.put({ ...stamped, seen: {} }));
    expect((await verifyAuditLog(b.db)).message).toContain('event 1 was changed after it was written');
  });
});

describe('a deleted tail of a chain, found by what events had seen', () => {
  it('names the other workstation and the missing events when its tail is deleted here', async () => {
    const a = await freshDb();
    const b = await freshDb();
    for (const time of ['10:00', '10:01', '10:02']) await write(a, time);
    await deliver(a, b);
    await write(b, '10:03');
    const deviceA = await deviceOf(a);
    await rawChange(b, 'peerAuditEvents', (store) => {
      store.delete([deviceA, 2]);
      store.delete([deviceA, 3]);
    });
    const verdict = await verifyAuditLog(b.db);
    expect(verdict).toMatchObject({ intact: false, brokenAtSeq: undefined });
    expect(verdict.intact === false && verdict.brokenPeers).toEqual([{ device: deviceA, seq: 2 }]);
    expect(verdict.message).toBe(
      `The audit log has been tampered with: the log of workstation ${deviceA.slice(0, 8)} (last used by Sam Officer) ends at event 1, but this workstation’s event 1 had seen it up to event 3: events 2 to 3 are missing. This workstation’s own 1 event is intact.`,
    );
  });

  it('names this workstation’s own tail when another workstation had seen further', async () => {
    const a = await freshDb();
    const b = await freshDb();
    for (const time of ['10:00', '10:01', '10:02']) await write(a, time);
    await deliver(a, b);
    await write(b, '10:03');
    await deliver(b, a);
    await rawChange(a, 'auditEvents', (store) => store.delete(3));
    const message = (await verifyAuditLog(a.db)).message;
    expect(message).toContain(
      `this workstation’s log ends at event 2, but event 1 of workstation ${(await deviceOf(b)).slice(0, 8)} (last used by Sam Officer) had seen it up to event 3: event 3 is missing`,
    );
  });

  it('finds a team whose chains are held as far as they were seen intact', async () => {
    const a = await freshDb();
    const b = await freshDb();
    await write(a, '10:00');
    await deliver(a, b);
    await write(b, '10:01');
    await deliver(b, a);
    await write(a, '10:02');
    await deliver(a, b);
    for (const side of [a, b]) {
      expect((await verifyAuditLog(side.db)).message).toMatch(
        /^The audit log is intact: \d events? checked, and \d events? of 1 other workstation\.$/,
      );
    }
  });
});
