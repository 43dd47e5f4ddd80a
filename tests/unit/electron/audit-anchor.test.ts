/**
 * The audit log's anchor in the data folder: it moves only forward, a restore may move it back and says
 * from where, a hand-edited file is reported as damaged, and the checkpoints that still apply after restores
 * are the ones the current log must agree with.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applicableCheckpoints, type AuditHead } from '../../../shared/audit/head';
import { createAuditAnchorStore } from '../../../electron/services/audit-anchor';

const head = (seq: number, mark = 'a'): AuditHead => ({ seq, hash: mark.repeat(64) });

async function store() {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'dsh-anchor-'));
  const file = path.join(folder, 'audit-anchor.json');
  let now = new Date('2026-12-06T10:00:00.000Z');
  const anchors = createAuditAnchorStore({ file, now: () => now });
  return { file, anchors, later: () => (now = new Date(now.getTime() + 60_000)) };
}

describe('the audit anchor in the data folder', () => {
  it('starts empty and keeps the latest head written, with backups as checkpoints', async () => {
    const { anchors } = await store();
    expect(await anchors.read()).toBeNull();
    await anchors.record({ head: head(3), reason: 'write' });
    await anchors.record({ head: head(5, 'b'), reason: 'backup' });
    const kept = await anchors.read();
    expect(kept?.latest.head).toEqual(head(5, 'b'));
    expect(kept?.checkpoints.map((c) => [c.reason, c.head.seq])).toEqual([['backup', 5]]);
  });

  it('refuses to move the head back, or to another event at the same place, except by a restore', async () => {
    const { anchors } = await store();
    await anchors.record({ head: head(9), reason: 'write' });
    await expect(anchors.record({ head: head(4), reason: 'write' })).rejects.toThrow(
      "The audit log's record was not moved: the audit log would end at event 4, before event 9",
    );
    await expect(anchors.record({ head: head(9, 'c'), reason: 'write' })).rejects.toThrow('before event 9');
    const restored = await anchors.record({ head: head(4, 'd'), reason: 'restore', fromSeq: 3 });
    expect(restored.latest).toMatchObject({ reason: 'restore', fromSeq: 3, head: head(4, 'd') });
  });

  it('says plainly when the file was changed outside DSH Desk', async () => {
    const { anchors, file } = await store();
    await anchors.record({ head: head(2), reason: 'write' });
    await fs.writeFile(file, '{"latest": "forged"}');
    await expect(anchors.read()).rejects.toThrow(
      `DSH Desk's record of the audit log (${file}) is damaged: it was changed outside DSH Desk.`,
    );
  });
});

describe('applicableCheckpoints', () => {
  it('drops checkpoints of a log a restore replaced, beyond what the restored backup held', async () => {
    const { anchors, later } = await store();
    await anchors.record({ head: head(10), reason: 'backup' });
    later();
    await anchors.record({ head: head(20), reason: 'backup' });
    later();
    await anchors.record({ head: head(30), reason: 'evidence-pack' });
    later();
    // Restored the backup that ended at event 10; the restore event is event 11 of the new log.
    await anchors.record({ head: head(11, 'e'), reason: 'restore', fromSeq: 10 });
    later();
    await anchors.record({ head: head(15, 'f'), reason: 'backup' });
    const kept = (await anchors.read())!;
    expect(applicableCheckpoints(kept).map((c) => [c.reason, c.head.seq])).toEqual([
      ['backup', 10],
      ['restore', 11],
      ['backup', 15],
    ]);
  });
});
