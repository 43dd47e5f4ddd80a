// Removing evidence files no record names: through the real handlers, on real files in a temporary folder.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHandlers } from '../../../electron/ipc/handlers';
import type { OperationHandlers } from '../../../electron/ipc/guarded-call';
import { testInstallationKey } from '../../helpers/fake-key-protection';

const NOW = new Date('2026-12-07T09:00:00.000Z');
const HOUR = 60 * 60 * 1000;
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

let root: string;
let evidence: string;
let handlers: OperationHandlers;

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'dsh-sweep-'));
  evidence = path.join(root, 'evidence');
  await fs.mkdir(path.join(evidence, 'viewing'), { recursive: true });
  handlers = createHandlers({
    appInfo: { name: 'DSH Desk', version: '0.1.0', platform: 'linux', osUserName: 'sam', dataFolder: root },
    chooseSavePath: async () => null,
    showItemInFolder: () => undefined,
    openMailLink: async () => undefined,
    backupsFolder: path.join(root, 'backups'),
    chooseBackupFile: async () => null,
    installationKey: await testInstallationKey(path.join(root, 'data')),
    now: () => NOW,
  });
});
afterEach(() => fs.rm(root, { recursive: true, force: true }));

/** Writes a kept file named by the SHA-256 of `text`, last changed `hoursAgo` before NOW. */
async function keptFile(text: string, hoursAgo: number, name = sha(text)): Promise<string> {
  const file = path.join(evidence, name);
  await fs.writeFile(file, text);
  const at = new Date(NOW.getTime() - hoursAgo * HOUR);
  await fs.utimes(file, at, at);
  return name;
}
const left = async () => (await fs.readdir(evidence)).filter((name) => name !== 'viewing').sort();

describe('the sweep of unused evidence files', () => {
  it('removes only files no row names that have gone untouched for a day', async () => {
    const named = await keptFile('a signed form a row names', 72);
    const forgotten = await keptFile('a certificate read for a proposal never confirmed', 25);
    const recent = await keptFile('a certificate on screen, not yet confirmed', 2);
    const notOurs = await keptFile('a note someone left in the folder', 72, 'notes.txt');
    const viewerCopy = path.join(evidence, 'viewing', `${named}.pdf`);
    await fs.writeFile(viewerCopy, 'a copy for the viewer');
    await fs.utimes(viewerCopy, new Date(NOW.getTime() - 72 * HOUR), new Date(NOW.getTime() - 72 * HOUR));

    await expect(handlers.removeUnusedEvidence({ referenced: [named], cancelled: [] })).resolves.toEqual({
      removed: 1,
    });
    expect(await left()).toEqual([named, recent, notOurs].sort());
    expect(await left()).not.toContain(forgotten);
    expect(await fs.readdir(path.join(evidence, 'viewing'))).toEqual([]);
  });

  it('removes a cancelled proposal’s file at once, unless a row names it', async () => {
    const cancelled = await keptFile('a certificate the officer cancelled', 0);
    const alsoAttached = await keptFile('a certificate cancelled here but attached elsewhere', 0);
    await expect(
      handlers.removeUnusedEvidence({ referenced: [alsoAttached], cancelled: [cancelled, alsoAttached] }),
    ).resolves.toEqual({ removed: 1 });
    expect(await left()).toEqual([alsoAttached]);
  });

  it('never removes a file a backup being written carries, which then carries it whole', async () => {
    const carried = await keptFile('%PDF-1.7 evidence whose row was removed during the backup', 72);
    const begun = await handlers.beginBackup({ reason: 'manual', appVersion: '0.1.0' });
    if (begun.status !== 'started') throw new Error('not started');
    const { sessionId } = begun;
    await handlers.writeBackupChunk({
      sessionId,
      part: {
        kind: 'header',
        databaseName: 'dsh-desk',
        databaseVersion: 5,
        tables: [{ name: 'evidenceFiles', schema: 'id,sha256', rowCount: 1 }],
      },
    });
    await handlers.writeBackupChunk({
      sessionId,
      part: { kind: 'rows', table: 'evidenceFiles', rows: [{ id: 'e1', sha256: carried }] },
    });
    // The row is gone from the database by now, but the backup's snapshot still names the file.
    await expect(handlers.removeUnusedEvidence({ referenced: [], cancelled: [carried] })).resolves.toEqual({
      removed: 0,
    });
    await expect(handlers.commitBackup({ sessionId })).resolves.toMatchObject({
      evidence: { carried: 1, notHeld: 0 },
    });
    // Once the backup is kept, the file is unused and goes.
    await expect(handlers.removeUnusedEvidence({ referenced: [], cancelled: [carried] })).resolves.toEqual({
      removed: 1,
    });
  });

  it('keeps a file stored by this run for its grace period even when the wall clock then jumps a day ahead', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7, 7]);
    const stored = await handlers.storeEvidenceFile({ fileName: 'on screen.png', bytes: png });
    if (stored.status !== 'stored') throw new Error(stored.message);
    // The clock moved on three days since (its file now looks untouched for that long): the proposal is
    // still on screen, minutes old by the clock that never jumps.
    const jumped = new Date(NOW.getTime() - 72 * HOUR);
    await fs.utimes(path.join(evidence, stored.sha256), jumped, jumped);
    await expect(handlers.removeUnusedEvidence({ referenced: [], cancelled: [] })).resolves.toEqual({
      removed: 0,
    });
    expect(await left()).toEqual([stored.sha256]);
  });

  it('removes nothing by age while a file is dated in the future (the clock is, or was, wrong)', async () => {
    const old = await keptFile('a certificate read for a proposal never confirmed', 72);
    const future = await keptFile('a file kept when the clock said next week', -7 * 24);
    const cancelled = await keptFile('a certificate the officer cancelled', 72);
    // A cancelled proposal's file needs no clock: it still goes.
    await expect(handlers.removeUnusedEvidence({ referenced: [], cancelled: [cancelled] })).resolves.toEqual({
      removed: 1,
    });
    expect(await left()).toEqual([old, future].sort());
  });

  it('gives a file stored again its full grace period from then', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 9, 9]);
    const stored = await handlers.storeEvidenceFile({ fileName: 'scan.png', bytes: png });
    if (stored.status !== 'stored') throw new Error(stored.message);
    const old = new Date(NOW.getTime() - 72 * HOUR);
    await fs.utimes(path.join(evidence, stored.sha256), old, old);
    // Dropped again for a new proposal: it is not written again, but it is no longer a day old.
    await handlers.storeEvidenceFile({ fileName: 'scan again.png', bytes: png });
    const { mtimeMs } = await fs.stat(path.join(evidence, stored.sha256));
    expect(Date.now() - mtimeMs).toBeLessThan(HOUR);
  });
});
