/** @jest-environment ./tests/helpers/jsdom-environment.cjs */
// Backups streamed to and from the REAL main-process handlers in bounded chunks, and older backups still read.
jest.setTimeout(60_000);

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createBackup, streamBackup } from '../../../../renderer/db/backup';
import { backUp, openBackup, restore } from '../../../../renderer/features/backups/backup-service';
import { APP_VERSION, populatedDb, snapshot, split, textOf } from './backup-fixtures';
import { folderHostPerTest, populatedOn, withChunkWriter } from './backup-host';

const place = folderHostPerTest();

/** The host, counting the chunks sent and the largest. */
function countingHost() {
  const seen = { chunks: 0, largest: 0 };
  const host = withChunkWriter(place().host, (request, write) => {
    seen.chunks += 1;
    if (request.part.kind === 'rows') seen.largest = Math.max(seen.largest, request.part.rows.length);
    return write(request);
  });
  return { host, seen };
}

describe('a backup streamed to main', () => {
  it('goes in bounded chunks, reports progress, and is the same export an older DSH Desk wrote', async () => {
    const { db } = await populatedDb();
    const { host, seen } = countingHost();
    const progress: Array<[number, number]> = [];
    const sent = await streamBackup(db, host, {
      reason: 'manual',
      appVersion: APP_VERSION,
      chunkRows: 7,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(sent?.result.status).toBe('kept');
    expect(seen.largest).toBe(7);
    expect(seen.chunks).toBeGreaterThan(sent!.records / 7);
    const total = sent!.records;
    expect(progress[0]).toEqual([0, total]);
    expect(progress.at(-1)).toEqual([total, total]);
    expect(progress.every(([done], i) => i === 0 || done > progress[i - 1]![0])).toBe(true);

    // Byte for byte the body dexie-export-import's exportDB gives (the format of every older backup).
    const [name] = await fs.readdir(place().folder);
    const streamed = split(await fs.readFile(path.join(place().folder, name!), 'utf8'));
    const older = split(
      await textOf((await createBackup(db, { reason: 'manual', appVersion: APP_VERSION })).blob),
    );
    // The same document as dexie-export-import's exportDB gives (the format of every older backup); under
    // jsdom its TSON marks arrays with "$types" (another realm's arrays), which a real browser does not.
    const documentOf = (body: string): unknown =>
      JSON.parse(`{${body}`, (key, value: unknown) => (key === '$types' ? undefined : value));
    expect(documentOf(streamed.body)).toEqual(documentOf(older.body));
    expect(streamed.body.startsWith(older.body.slice(0, older.body.indexOf('"data":[')))).toBe(true);
    expect(streamed.manifest.counts).toEqual(older.manifest.counts);
    expect(streamed.manifest.seal).toBeDefined();
  });

  it('restores a streamed backup exactly, and undoes the restore from the backup made before it', async () => {
    const { db, context } = await populatedOn(place());
    const original = await snapshot(db);
    const written = await backUp(context, 'manual');
    await db.projects.limit(2).modify({ title: 'Changed after the backup' });
    const changed = await snapshot(db);
    const chosen = await openBackup(context, { fileName: written.backup.fileName });
    expect(chosen?.trust.kind).toBe('sealed-here');
    const restored = await restore(context, chosen!, 'restore');
    const after = await snapshot(db);
    expect(after.projects).toEqual(original.projects);
    expect(after.people).toEqual(original.people);
    const undo = await openBackup(context, restored.undo);
    await restore(context, undo!, 'undo-restore');
    expect((await snapshot(db)).projects).toEqual(changed.projects);
  });

  it('leaves no file when the window stops halfway, and records no backup', async () => {
    const { db, ctx } = await populatedDb();
    let rowsChunks = 0;
    const host = withChunkWriter(place().host, (request, write) =>
      request.part.kind === 'rows' && ++rowsChunks === 3
        ? Promise.reject(new Error('The window was closed.'))
        : write(request),
    );
    const before = await db.auditEvents.count();
    await expect(backUp({ ctx, host, appVersion: APP_VERSION }, 'manual')).rejects.toThrow(
      'The window was closed.',
    );
    expect(await fs.readdir(place().folder)).toEqual([]);
    expect(await db.auditEvents.count()).toBe(before);
  });
});

describe('reading a backup back from main', () => {
  it('still restores a backup in the older format, made whole by the code every earlier version used', async () => {
    const { db, context } = await populatedOn(place());
    const original = await snapshot(db);
    const older = await createBackup(db, { reason: 'manual', appVersion: '0.0.9' });
    const file = path.join(path.dirname(place().folder), 'older backup.json');
    await fs.writeFile(file, await textOf(older.blob));
    await db.people.limit(3).delete();
    place().dialog.pick = file;
    const chosen = await openBackup(context, { pick: true });
    expect(chosen).toMatchObject({ name: 'older backup.json', trust: { kind: 'not-sealed' } });
    await restore(context, chosen!, 'restore', {}, true);
    expect((await snapshot(db)).people).toEqual(original.people);
  });

  it('refuses a backup damaged on disk, in words, and changes nothing', async () => {
    const { db, context } = await populatedOn(place());
    const written = await backUp(context, 'manual');
    const file = path.join(place().folder, written.backup.fileName);
    const bytes = await fs.readFile(file);
    // One character of a record in the middle of the file changes (a bad sector, or an edit).
    const at = bytes.indexOf('"title":"', bytes.indexOf('\n')) + 9;
    expect(at).toBeGreaterThan(bytes.indexOf('\n') + 9);
    bytes[at] = bytes[at] === 0x58 ? 0x59 : 0x58;
    await fs.writeFile(file, bytes);
    const before = await snapshot(db);
    await expect(openBackup(context, { fileName: written.backup.fileName })).rejects.toThrow(
      'This backup is damaged or incomplete: its contents do not match the checksum written when it was made. Nothing has been changed.',
    );
    expect(await snapshot(db)).toEqual(before);
  });
});
