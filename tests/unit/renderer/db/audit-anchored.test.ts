/**
 * The anchored audit chain under tampering through raw IndexedDB (bypassing the app): a deleted tail, a
 * deleted or damaged head, a wiped log, and a chain rewritten consistently are each detected, and stay
 * detected after later writes and after the app starts again.
 */
import { hashOfEvent } from '../../../../shared/audit/chain';
import type { AuditAnchors } from '../../../../shared/audit/head';
import type { AuditEvent } from '../../../../shared/domain';
import { recordCheckpoint } from '../../../../renderer/db/audit/anchors';
import { verifyAuditLog, type OutsideAnchor } from '../../../../renderer/db/audit/verify';
import { addPerson, updatePerson } from '../../../../renderer/db/repositories/people';
import { exports, memoryAnchor, reopened, settled } from './anchor-fixtures';
import { freshDb, personForm, rawChange, rawGet } from './db-fixtures';

const outside = (anchor: { value: AuditAnchors | null }): OutsideAnchor => ({
  where: "this computer's DSH Desk data folder",
  anchors: anchor.value,
});

describe('a deleted tail', () => {
  it('stays detected after later writes, in the same session', async () => {
    const t = await freshDb();
    await exports(t, 5);
    await rawChange(t, 'auditEvents', (store) => store.delete(5));
    await exports(t, 3);
    const verdict = await verifyAuditLog(t.db);
    expect(verdict.intact).toBe(false);
    expect(verdict.message).toContain('event 5 is missing');
    expect(verdict.message).toContain('event 5 is missing from the end of the log');
  });

  it('stays detected after the app starts again, with the head deleted too, against the anchor', async () => {
    const anchor = memoryAnchor();
    const first = await reopened(await freshDb(), anchor);
    await exports(first, 5);
    await settled();
    await rawChange(first, 'auditEvents', (store) => store.delete(5));
    await rawChange(first, 'meta', (store) => store.delete('auditHead'));
    const again = await reopened(first, anchor);
    await exports(again, 2);
    const verdict = await verifyAuditLog(again.db, { outside: outside(anchor) });
    expect(verdict).toMatchObject({ intact: false, brokenAtSeq: 5 });
    expect(verdict.message).toContain('event 5 is missing');
  });
});

describe('the head row', () => {
  it('deleted: the next write records the anomaly, and verification keeps reporting it', async () => {
    const t = await freshDb();
    await exports(t, 3);
    await rawChange(t, 'meta', (store) => store.delete('auditHead'));
    await exports(t, 4);
    const verdict = await verifyAuditLog(t.db);
    expect(verdict.intact).toBe(false);
    expect(verdict.message).toContain('the record of where the audit log ends was missing');
  });

  it('damaged (not JSON): said in words, not a parser message', async () => {
    const t = await freshDb();
    await exports(t, 2);
    await rawChange(t, 'meta', (store) => store.put({ key: 'auditHead', value: '{not json' }));
    const verdict = await verifyAuditLog(t.db);
    expect(verdict.message).toBe(
      'The audit log has been tampered with: the record of where the log ends is damaged. Events 1 to 1 are intact.',
    );
    await exports(t, 1);
    expect((await verifyAuditLog(t.db)).intact).toBe(false);
  });
});

describe('a wiped log', () => {
  it('in a database holding records is broken, never "intact: 0 events"', async () => {
    const t = await freshDb();
    await addPerson(t.ctx, personForm());
    await rawChange(t, 'auditEvents', (store) => store.clear());
    await rawChange(t, 'meta', (store) => store.delete('auditHead'));
    const verdict = await verifyAuditLog(t.db);
    expect(verdict.intact).toBe(false);
    expect(verdict.message).toContain('the database holds 1 records but its audit log is empty');
  });

  it('begun again after the wipe is still caught, with or without the anchor', async () => {
    const anchor = memoryAnchor();
    const first = await reopened(await freshDb(), anchor);
    const person = await addPerson(first.ctx, personForm());
    await settled();
    await rawChange(first, 'auditEvents', (store) => store.clear());
    await rawChange(first, 'meta', (store) => store.delete('auditHead'));

    const withAnchor = await reopened(first, anchor);
    await updatePerson(withAnchor.ctx, person.id, 1, personForm({ phone: '01234 567890' }));
    const verdict = await verifyAuditLog(withAnchor.db, { outside: outside(anchor) });
    expect(verdict).toMatchObject({ intact: false, brokenAtSeq: 1 });

    await rawChange(first, 'auditEvents', (store) => store.clear());
    await rawChange(first, 'meta', (store) => store.delete('auditHead'));
    const noAnchor = await reopened(withAnchor);
    await updatePerson(noAnchor.ctx, person.id, 2, personForm({ phone: '01234 567891' }));
    expect((await verifyAuditLog(noAnchor.db)).message).toContain(
      'a record has no history of its creation in the audit log',
    );
  });
});

describe('a chain rewritten consistently (every later hash recomputed)', () => {
  it('is intact by itself but caught against the checkpoint kept outside the database', async () => {
    const anchor = memoryAnchor();
    const t = await reopened(await freshDb(), anchor);
    await exports(t, 6);
    await settled();
    await recordCheckpoint(t.db, 'backup');

    // Forge event 3 and re-chain everything after it, head included.
    let prev: string | undefined;
    const forged: AuditEvent[] = [];
    for (let seq = 1; seq <= 6; seq += 1) {
      const event = await rawGet<AuditEvent>(t, 'auditEvents', seq);
      const changed = seq === 3 ? { ...event, entityId: 'forged' } : { ...event };
      if (prev) changed.prevHash = prev;
      const { hash: _old, ...content } = changed;
      const rehashed = { ...content, hash: hashOfEvent(content) };
      forged.push(rehashed);
      prev = rehashed.hash;
    }
    await rawChange(t, 'auditEvents', (store) => forged.forEach((event) => store.put(event)));
    const last = forged.at(-1)!;
    await rawChange(t, 'meta', (store) =>
      store.put({ key: 'auditHead', value: JSON.stringify({ seq: 6, hash: last.hash }) }),
    );

    expect((await verifyAuditLog(t.db)).intact).toBe(true);
    const verdict = await verifyAuditLog(t.db, { outside: outside(anchor) });
    expect(verdict.intact).toBe(false);
    expect(verdict.message).toContain(
      "event 6 is not the one this computer's DSH Desk data folder recorded with a backup",
    );
  });
});
