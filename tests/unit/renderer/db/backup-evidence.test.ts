/** @jest-environment ./tests/helpers/jsdom-environment.cjs */
// Evidence files through a whole backup and restore: the renderer's backup service with the REAL main-process
// handlers, a real backups folder and a real evidence folder beside it.
jest.setTimeout(60_000);

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { attachEvidence } from '../../../../renderer/db/repositories/evidence-files';
import { backUp, openBackup, restore } from '../../../../renderer/features/backups/backup-service';
import { folderHostPerTest, populatedOn } from './backup-host';

const place = folderHostPerTest();
const evidenceFolder = () => path.join(path.dirname(place().folder), 'evidence');

/** A small PNG-looking file (main judges the type by its first bytes). */
function png(text: string): Uint8Array<ArrayBuffer> {
  const magic = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  return new Uint8Array([...magic, ...new TextEncoder().encode(text)]);
}

/** A populated database with two files kept by main and attached to its first two memberships. */
async function withEvidence() {
  const test = await populatedOn(place());
  const { context } = test;
  const memberships = await test.db.memberships.limit(2).toArray();
  const files = [];
  for (const [i, membership] of memberships.entries()) {
    const fileName = `signed form ${i + 1}.png`;
    const stored = await context.host.storeEvidenceFile({ fileName, bytes: png(`form ${i + 1}`) });
    if (stored.status !== 'stored') throw new Error(stored.message);
    const { status: _status, text: _text, ...kept } = stored;
    await attachEvidence(test.ctx, { entity: 'membership', entityId: membership.id }, { ...kept, fileName });
    files.push({ fileName, sha256: stored.sha256 });
  }
  return { ...test, context, files };
}

describe('a backup with evidence files, restored on a computer that lost them', () => {
  it('puts every file back, byte for byte, and says so', async () => {
    const { db, context, files } = await withEvidence();
    const written = await backUp(context, 'manual');
    const backedUp = (await db.auditEvents.toArray()).findLast((event) => event.action === 'backup');
    expect(backedUp?.changes).toMatchObject({ evidenceFilesCarried: { after: 2 } });
    expect(backedUp?.changes).not.toHaveProperty('evidenceFilesNotHeld');
    await fs.rm(evidenceFolder(), { recursive: true });

    const chosen = await openBackup(context, { fileName: written.backup.fileName });
    const outcome = await restore(context, chosen!, 'restore');
    expect(outcome.evidence).toMatchObject({ restored: 2, alreadyHere: 0, problems: [] });
    expect(outcome.event.changes).toMatchObject({
      evidenceFilesPutBack: { after: 2 },
      evidenceFilesAlreadyHere: { after: 0 },
    });
    expect(outcome.event.changes).not.toHaveProperty('evidenceFilesDamaged');
    for (const [i, file] of files.entries()) {
      const kept = await fs.readFile(path.join(evidenceFolder(), file.sha256));
      expect(new Uint8Array(kept)).toEqual(png(`form ${i + 1}`));
    }
    // The files open again as the records' evidence.
    const opened = await context.host.readEvidenceFile({ sha256: files[0]!.sha256, mediaType: 'image/png' });
    expect(opened.bytes).toEqual(png('form 1'));
  });

  it('restores the records when a file is damaged in the backup, and names that file plainly', async () => {
    const { db, context, files } = await withEvidence();
    const written = await backUp(context, 'manual');
    const file = path.join(place().folder, written.backup.fileName);
    const bytes = await fs.readFile(file);
    // The file's bytes, not its name in the rows (which the checksum covers).
    const at = bytes.indexOf(Buffer.from(png('form 2')));
    bytes[at + 8] = 'F'.charCodeAt(0);
    await fs.writeFile(file, bytes);
    await fs.rm(evidenceFolder(), { recursive: true });

    const chosen = await openBackup(context, { fileName: written.backup.fileName });
    const outcome = await restore(context, chosen!, 'restore');
    expect(outcome.evidence.restored).toBe(1);
    expect(outcome.evidence.problems).toEqual([
      `"${files[1]!.fileName}" (a membership) is damaged in this backup (it does not match the SHA-256 its record holds), so it was not put back: attach the original again.`,
    ]);
    expect(outcome.event.changes).toMatchObject({
      evidenceFilesPutBack: { after: 1 },
      evidenceFilesDamaged: { after: [`"${files[1]!.fileName}" (a membership)`] },
    });
    expect(await db.evidenceFiles.count()).toBe(2);
    await expect(fs.readFile(path.join(evidenceFolder(), files[1]!.sha256))).rejects.toThrow(/ENOENT/);
  });

  it('records a file the backup could not carry in its audit event, and the restore’s event names it', async () => {
    const { db, context, files } = await withEvidence();
    await fs.rm(path.join(evidenceFolder(), files[0]!.sha256));
    const written = await backUp(context, 'manual');
    const backedUp = (await db.auditEvents.toArray()).findLast((event) => event.action === 'backup');
    expect(backedUp?.changes).toMatchObject({
      evidenceFilesCarried: { after: 1 },
      evidenceFilesNotHeld: { after: 1 },
    });

    const chosen = await openBackup(context, { fileName: written.backup.fileName });
    const outcome = await restore(context, chosen!, 'restore');
    expect(outcome.event.changes).toMatchObject({
      evidenceFilesAlreadyHere: { after: 1 },
      evidenceFilesMissing: { after: [`"${files[0]!.fileName}" (a membership)`] },
    });
  });
});
