/** @jest-environment ./tests/helpers/jsdom-environment.cjs */
// The renderer's backup service with the REAL main-process handlers and a real backups folder.
jest.setTimeout(30_000);

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { verifyAuditLog } from '../../../../renderer/db/audit/verify';
import { backUp, openBackup, restore } from '../../../../renderer/features/backups/backup-service';
import { APP_VERSION, snapshot } from './backup-fixtures';
import { folderHostPerTest, populatedOn, withChunkWriter } from './backup-host';

const place = folderHostPerTest();

describe('restoring from the backups folder, and undoing it', () => {
  it('a restore then an undo returns the exact previous data, and both are audited', async () => {
    const { db, context } = await populatedOn(place());
    const written = await backUp(context, 'manual');
    expect(await fs.readdir(place().folder)).toEqual([written.backup.fileName]);
    expect(written.backup).toMatchObject({
      reason: 'manual',
      problem: null,
      contents: { appVersion: APP_VERSION },
    });

    // Work goes on after the backup…
    await db.projects.limit(3).modify({ title: 'Renamed after the backup' });
    await db.people.limit(2).delete();
    const beforeRestore = await snapshot(db);

    // …then the officer restores the backup.
    place().clock.now = new Date('2026-11-25T11:00:00.000Z');
    const chosen = await openBackup(context, { fileName: written.backup.fileName });
    const restored = await restore(context, chosen!, 'restore');
    expect(await db.projects.where('title').equals('Renamed after the backup').count()).toBe(0);
    expect(restored.event).toMatchObject({
      entity: 'database',
      action: 'restore',
      entityId: written.backup.fileName,
    });
    expect(restored.safetyBackup.reason).toBe('before-restore');
    expect((await fs.readdir(place().folder)).sort()).toEqual(
      [written.backup.fileName, restored.safetyBackup.fileName].sort(),
    );

    // One click: undo, from the backup made just before the restore (read back from the folder).
    place().clock.now = new Date('2026-11-25T11:05:00.000Z');
    const undo = await openBackup(context, { fileName: restored.safetyBackup.fileName });
    const undone = await restore(context, undo!, 'undo-restore');
    const after = await snapshot(db);
    for (const table of Object.keys(beforeRestore)) {
      if (table === 'meta' || table === 'auditEvents') continue;
      expect([table, after[table]]).toEqual([table, beforeRestore[table]]);
    }
    expect(after.auditEvents).toEqual([...beforeRestore.auditEvents!, undone.event]);
    expect(undone.event).toMatchObject({
      action: 'undo-restore',
      changes: { backup: { after: restored.safetyBackup.fileName } },
    });
    const meta = (rows: unknown[]) => (rows as { key: string }[]).filter((row) => row.key !== 'auditHead');
    expect(meta(after.meta!)).toEqual(meta(beforeRestore.meta!));
    expect(await verifyAuditLog(db)).toMatchObject({ intact: true });
  });

  it('the undo also works from the bytes kept in memory (as in a browser, where there is no folder)', async () => {
    const { db, context } = await populatedOn(place());
    const written = await backUp(context, 'manual');
    await db.projects.limit(1).modify({ title: 'Renamed after the backup' });
    const beforeRestore = await snapshot(db);
    const restored = await restore(
      context,
      (await openBackup(context, { fileName: written.backup.fileName }))!,
      'restore',
    );
    await restore(context, (await openBackup(context, restored.undo))!, 'undo-restore');
    expect((await snapshot(db)).projects).toEqual(beforeRestore.projects);
  });

  it('restores a file the officer picks, and says nothing when they cancel', async () => {
    const { db, context } = await populatedOn(place());
    const written = await backUp(context, 'manual');
    expect(await openBackup(context, { pick: true })).toBeNull();
    place().dialog.pick = path.join(place().folder, written.backup.fileName);
    const picked = await openBackup(context, { pick: true });
    expect(picked?.name).toBe(written.backup.fileName);
    expect(picked?.checked.records).toBe(
      Object.values(written.backup.contents!.counts).reduce((a, b) => a + b),
    );
    expect(await db.auditEvents.where('action').equals('backup').count()).toBe(1);
  });

  it('restores nothing when the data as it is now cannot be backed up first', async () => {
    const { db, context } = await populatedOn(place());
    const written = await backUp(context, 'manual');
    const chosen = await openBackup(context, { fileName: written.backup.fileName });
    await db.projects.limit(1).modify({ title: 'Renamed after the backup' });
    const before = await snapshot(db);
    const failing = {
      ...context,
      // The disk fills halfway through: main has begun the file, the renderer aborts it.
      host: withChunkWriter(place().host, (request, write) =>
        request.part.kind === 'header'
          ? write(request)
          : Promise.reject(new Error('writeBackupChunk: The backup was not kept: the disk is full.')),
      ),
    };
    await expect(restore(failing, chosen!, 'restore')).rejects.toThrow(
      /^Nothing was restored, because the data as it is now could not be backed up first: writeBackupChunk: The backup was not kept: the disk is full\.$/,
    );
    expect(await snapshot(db)).toEqual(before);
    // No half-written backup is left in the folder, not even a temporary file.
    expect(await fs.readdir(place().folder)).toEqual([written.backup.fileName]);
  });
});
