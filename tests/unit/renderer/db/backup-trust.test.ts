/** @jest-environment ./tests/helpers/jsdom-environment.cjs */
// Vouching, end to end with the REAL main-process handlers: a backup sealed here restores at once; one that
// was hand-edited (a title changed, its checksum recomputed), or comes from another installation, passes the
// renderer's checks but is restored only once the officer has confirmed the warning.
jest.setTimeout(30_000);

import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { manifestLine } from '../../../../shared/contract/backup-payloads';
import { sha256Hex } from '../../../../shared/hashing';
import {
  backUp,
  exportBackup,
  openBackup,
  restore,
  type BackupContext,
} from '../../../../renderer/features/backups/backup-service';
import { APP_VERSION, populatedDb, snapshot, split } from './backup-fixtures';
import { folderHost, type FolderHost } from './backup-host';

let place: FolderHost;
let elsewhere: FolderHost;
beforeEach(async () => {
  place = await folderHost();
  elsewhere = await folderHost();
});
afterEach(async () => {
  await place.remove();
  await elsewhere.remove();
});

/** `text` with one project's title changed and the checksum recomputed, keeping the (now broken) seal. */
function withTitleChanged(text: string): string {
  const { manifest, body } = split(text);
  const forged = body.replace(/"title":"[^"]*"/, '"title":"A title nobody recorded"');
  expect(forged).not.toBe(body);
  return `${manifestLine({ ...manifest, sha256: sha256Hex(forged) })}${forged}`;
}

describe('restoring what DSH Desk can, and cannot, vouch for', () => {
  it('restores a backup sealed by this installation without a warning', async () => {
    const { ctx } = await populatedDb();
    const context: BackupContext = { ctx, host: place.host, appVersion: APP_VERSION };
    const written = await backUp(context, 'manual');
    const chosen = await openBackup(context, { fileName: written.backup.fileName });
    expect(chosen?.trust.kind).toBe('sealed-here');
    const { event } = await restore(context, chosen!, 'restore');
    expect(event.changes.vouchedFor).toEqual({ after: 'sealed by this installation' });
  });

  it('a hand-edited backup with its checksum recomputed: checks pass, the seal does not, no restore unconfirmed', async () => {
    const { db, ctx } = await populatedDb();
    const context: BackupContext = { ctx, host: place.host, appVersion: APP_VERSION };
    const written = await backUp(context, 'manual');
    const file = path.join(place.folder, written.backup.fileName);
    await fs.writeFile(file, withTitleChanged(await fs.readFile(file, 'utf8')));

    const chosen = await openBackup(context, { fileName: written.backup.fileName });
    expect(chosen?.trust.kind).toBe('seal-broken');
    expect(chosen?.checked.records).toBeGreaterThan(0); // every check the file itself allows passed
    const before = await snapshot(db);
    await expect(restore(context, chosen!, 'restore')).rejects.toThrow(
      'DSH Desk cannot vouch for this backup, and restoring it was not confirmed. Nothing has been changed.',
    );
    expect(await snapshot(db)).toEqual(before);
    expect(await fs.readdir(place.folder)).toEqual([written.backup.fileName]);

    const { event } = await restore(context, chosen!, 'restore', {}, true);
    expect(event.changes.vouchedFor).toEqual({ after: 'seal broken' });
    expect(await db.projects.where('title').equals('A title nobody recorded').count()).toBe(1);
  });

  it('an export from another installation is sealed there, so this one cannot vouch for it', async () => {
    const { ctx } = await populatedDb();
    const there: BackupContext = { ctx, host: elsewhere.host, appVersion: APP_VERSION };
    const saved = await exportBackup(there);
    if (saved.status !== 'saved') throw new Error('not saved');
    const exported = await fs.readFile(saved.path, 'utf8');
    expect(split(exported).manifest.seal).toBeDefined();

    const other = await populatedDb();
    const here: BackupContext = { ctx: other.ctx, host: place.host, appVersion: APP_VERSION };
    place.dialog.pick = path.join(os.tmpdir(), `dsh-export-${process.pid}.json`);
    await fs.writeFile(place.dialog.pick, exported);
    try {
      const chosen = await openBackup(here, { pick: true });
      expect(chosen?.trust).toEqual({
        kind: 'sealed-elsewhere',
        installationId: split(exported).manifest.seal?.installationId,
      });
      await expect(restore(here, chosen!, 'restore')).rejects.toThrow(/cannot vouch for this backup/);
    } finally {
      await fs.rm(place.dialog.pick, { force: true });
    }
  });
});
