/** @jest-environment ./tests/helpers/jsdom-environment.cjs */
// Automatic backups at start, every few hours, and before a schema upgrade (a v1 database opened by this app).
jest.setTimeout(30_000);

import { promises as fs } from 'node:fs';
import path from 'node:path';
import Dexie from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import { parseManifestLine } from '../../../../shared/contract/backup-payloads';
import { checkBackup } from '../../../../renderer/db/backup';
import { DshDatabase } from '../../../../renderer/db/database';
import { recordAuditEvent } from '../../../../renderer/db/audit/append';
import {
  automaticActor,
  backUpIfDue,
  openDatabaseWithBackup,
} from '../../../../renderer/features/backups/automatic-backups';
import type { BackupContext } from '../../../../renderer/features/backups/backup-service';
import { textOf } from './backup-fixtures';
import { folderHost, type FolderHost } from './backup-host';
import { freshDb } from './db-fixtures';

let place: FolderHost;
beforeEach(async () => {
  place = await folderHost(new Date('2026-11-25T08:00:00.000Z'));
});
afterEach(async () => {
  await place.remove();
});

const INFO = { version: '0.2.0', osUserName: 'sam' };

async function contextWithData(): Promise<BackupContext> {
  const { db } = await freshDb();
  const ctx = { db, actor: automaticActor('sam') };
  await recordAuditEvent(ctx, { entity: 'settings', entityId: 'settings', action: 'update' });
  return { ctx, host: place.host, appVersion: INFO.version };
}

describe('automatic backups', () => {
  it('at start: when there is none, or the newest is over a day old; not otherwise', async () => {
    const context = await contextWithData();
    const first = await backUpIfDue(context, 'start', place.clock.now);
    expect(first?.backup.reason).toBe('start');
    place.clock.now = new Date('2026-11-26T07:59:00.000Z');
    expect(await backUpIfDue(context, 'start', place.clock.now)).toBeNull();
    place.clock.now = new Date('2026-11-26T08:00:01.000Z');
    expect((await backUpIfDue(context, 'start', place.clock.now))?.backup.reason).toBe('start');
    const events = await context.ctx.db.auditEvents.where('action').equals('backup').toArray();
    expect(events.map((e) => [e.entity, e.actor.staffName, e.changes.reason?.after])).toEqual([
      ['database', 'DSH Desk (automatic)', 'start'],
      ['database', 'DSH Desk (automatic)', 'start'],
    ]);
  });

  it('while running: when the newest is older than the setting (4 hours by default)', async () => {
    const context = await contextWithData();
    await backUpIfDue(context, 'start', place.clock.now);
    place.clock.now = new Date('2026-11-25T11:59:00.000Z');
    expect(await backUpIfDue(context, 'periodic', place.clock.now)).toBeNull();
    place.clock.now = new Date('2026-11-25T12:00:00.000Z');
    expect((await backUpIfDue(context, 'periodic', place.clock.now))?.backup.reason).toBe('periodic');
    await place.host.setBackupSettings({ keepDaily: 7, keepWeekly: 4, everyHours: 1 });
    place.clock.now = new Date('2026-11-25T13:00:00.000Z');
    expect((await backUpIfDue(context, 'periodic', place.clock.now))?.backup.reason).toBe('periodic');
  });

  it('at start, even when backups dated in the future (a clock that was wrong) are in the folder', async () => {
    const context = await contextWithData();
    // Made on 27 November while the clock was two days fast.
    place.clock.now = new Date('2026-11-27T08:00:00.000Z');
    await backUpIfDue(context, 'start', place.clock.now);
    place.clock.now = new Date('2026-11-25T08:00:00.000Z');
    const due = await backUpIfDue(context, 'start', place.clock.now);
    expect(due?.backup.reason).toBe('start');
    expect((await fs.readdir(place.folder)).sort()).toEqual([
      'dsh-desk-backup-2026-11-25T08-00-00-000Z-start.json',
      'dsh-desk-backup-2026-11-27T08-00-00-000Z-start.json',
    ]);
    expect((await context.host.listBackups()).clock.futureDated).toEqual([
      'dsh-desk-backup-2026-11-27T08-00-00-000Z-start.json',
    ]);
  });

  it('never for a database nothing was written to, nor in a browser', async () => {
    const { db } = await freshDb();
    const empty: BackupContext = {
      ctx: { db, actor: automaticActor('sam') },
      host: place.host,
      appVersion: '0',
    };
    expect(await backUpIfDue(empty, 'start')).toBeNull();
    const inBrowser = await contextWithData();
    expect(await backUpIfDue({ ...inBrowser, host: { ...place.host, kind: 'browser' } }, 'start')).toBeNull();
    expect(await fs.readdir(place.folder).catch(() => [])).toEqual([]);
  });
});

describe('the backup before a schema upgrade', () => {
  /** A database as DSH Desk version 1 left it: only `meta`. */
  async function versionOneDatabase(factory: IDBFactory, name: string): Promise<void> {
    const old = new Dexie(name, { indexedDB: factory, IDBKeyRange });
    old.version(1).stores({ meta: 'key' });
    await old.open();
    await old.table('meta').bulkPut([
      { key: 'installationId', value: '6f1c1e4e-5d1b-4c9a-9b8e-2d3f4a5b6c7d' },
      { key: 'createdAt', value: '2026-01-05T09:00:00.000Z' },
    ]);
    old.close();
  }

  it('exports the version 1 database as it was, THEN upgrades it, and records the backup', async () => {
    const factory = new IDBFactory();
    await versionOneDatabase(factory, 'upgrading');
    const db = new DshDatabase('upgrading', { indexedDB: factory, IDBKeyRange });
    await openDatabaseWithBackup(db, place.host, INFO, { indexedDB: factory, IDBKeyRange });

    const [name] = await fs.readdir(place.folder);
    expect(name).toMatch(/-before-upgrade\.json$/);
    const text = await fs.readFile(path.join(place.folder, name!), 'utf8');
    const manifest = parseManifestLine(text.slice(0, text.indexOf('\n')));
    expect(manifest).toMatchObject({
      ok: true,
      manifest: { schemaVersion: 1, counts: { meta: 2 }, appVersion: '0.2.0' },
    });
    const exported = JSON.parse(text) as { data: { databaseVersion: number; data: { rows: unknown[] }[] } };
    expect(exported.data.databaseVersion).toBe(1);
    expect(exported.data.data[0]!.rows).toEqual([
      { key: 'createdAt', value: '2026-01-05T09:00:00.000Z' },
      { key: 'installationId', value: '6f1c1e4e-5d1b-4c9a-9b8e-2d3f4a5b6c7d' },
    ]);

    expect(db.isOpen() && db.backendDB().version).toBe(db.verno * 10);
    expect(await db.meta.get('installationId')).toEqual({
      key: 'installationId',
      value: '6f1c1e4e-5d1b-4c9a-9b8e-2d3f4a5b6c7d',
    });
    expect(await db.auditEvents.toArray()).toEqual([
      expect.objectContaining({
        entity: 'database',
        entityId: name,
        action: 'backup',
        actor: automaticActor('sam'),
        changes: { reason: { after: 'before-upgrade' }, schemaVersion: { before: 1, after: db.verno } },
      }),
    ]);
    // The older backup can still be restored into this version: every table it has exists, unchanged.
    const blob = new Blob([await fs.readFile(path.join(place.folder, name!))]);
    await expect(checkBackup(db, blob)).resolves.toMatchObject({ records: 2 });
    expect(await textOf(blob)).toBe(text);
  });

  it('does not upgrade when the backup cannot be kept', async () => {
    const factory = new IDBFactory();
    await versionOneDatabase(factory, 'stuck');
    const host = {
      ...place.host,
      commitBackup: () => Promise.reject(new Error('commitBackup: the disk is full.')),
    };
    const attempt = openDatabaseWithBackup(
      new DshDatabase('stuck', { indexedDB: factory, IDBKeyRange }),
      host,
      INFO,
      {
        indexedDB: factory,
        IDBKeyRange,
      },
    );
    await expect(attempt).rejects.toThrow(
      'This version of DSH Desk must back up your data before upgrading it, and the backup could not be saved: commitBackup: the disk is full.',
    );
    const stored = (await factory.databases()).find((info) => info.name === 'stuck');
    expect(stored?.version).toBe(10);
  });

  it('is not made for a new database, nor one already at this version', async () => {
    const factory = new IDBFactory();
    const access = { indexedDB: factory, IDBKeyRange };
    (await openDatabaseWithBackup(new DshDatabase('new', access), place.host, INFO, access)).close();
    await openDatabaseWithBackup(new DshDatabase('new', access), place.host, INFO, access);
    expect(await fs.readdir(place.folder).catch(() => [])).toEqual([]);
  });
});
