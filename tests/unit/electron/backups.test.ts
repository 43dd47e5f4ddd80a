// The backups folder in main: writing, listing, failed saves, settings and rotation.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runGuarded } from '../../../electron/ipc/guarded-call';
import { createHandlers, type HandlerDeps } from '../../../electron/ipc/handlers';
import type { InstallationKey } from '../../../electron/services/installation-key';
import { testInstallationKey } from '../../helpers/fake-key-protection';
import { writeFileAtomically, type AtomicWriteFs } from '../../../electron/services/atomic-write';
import { BACKUP_SETTINGS_FILE } from '../../../electron/services/backups-settings';
import { keptBackup } from './backups-helpers';

let root: string;
let folder: string;
let clock: Date;
let picked: string | null;
let installationKey: InstallationKey;

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'dsh-backups-'));
  folder = path.join(root, 'backups');
  clock = new Date('2026-11-25T10:00:00.000Z');
  picked = null;
  installationKey = await testInstallationKey(path.join(root, 'data'));
});
afterEach(async () => {
  await fs.chmod(folder, 0o755).catch(() => undefined);
  await fs.rm(root, { recursive: true, force: true });
});

function handlers(overrides: Partial<HandlerDeps> = {}) {
  return createHandlers({
    appInfo: { name: 'DSH Desk', version: '0.1.0', platform: 'linux', osUserName: 'sam', dataFolder: root },
    chooseSavePath: async () => null,
    showItemInFolder: () => undefined,
    openMailLink: async () => undefined,
    backupsFolder: folder,
    chooseBackupFile: async () => picked,
    now: () => clock,
    installationKey,
    ...overrides,
  });
}

const SENDER = { frame: { origin: 'app://dsh-desk', isMainFrame: true }, webContentsId: 1 };
const TRUSTED = { webContentsId: 1, origin: 'app://dsh-desk' };

describe('writing a backup into the backups folder', () => {
  it('names it by when and why, creates the folder, and lists it with its size and record counts', async () => {
    const result = await keptBackup(handlers(), 'manual', { meta: 3, projects: 12 });
    const fileName = 'dsh-desk-backup-2026-11-25T10-00-00-000Z-manual.json';
    const written = new Uint8Array(await fs.readFile(path.join(folder, fileName)));
    expect(result).toEqual({
      backup: {
        fileName,
        createdAt: '2026-11-25T10:00:00.000Z',
        reason: 'manual',
        sizeBytes: written.byteLength,
        contents: { appVersion: '0.1.0', schemaVersion: 3, counts: { meta: 3, projects: 12 } },
        problem: null,
      },
      removed: [],
    });
    expect(await fs.readdir(folder)).toEqual([fileName]);
    expect(await handlers().listBackups(undefined)).toEqual({
      folder,
      settings: { keepDaily: 7, keepWeekly: 4, everyHours: 4 },
      backups: [result.backup],
      clock: { now: '2026-11-25T10:00:00.000Z', futureDated: [] },
    });
  });

  it('never gives two backups the same name', async () => {
    const h = handlers();
    const [a, b] = await Promise.all([keptBackup(h, 'manual'), keptBackup(h, 'manual')]);
    expect(a.backup.fileName).not.toBe(b.backup.fileName);
    expect((await fs.readdir(folder)).length).toBe(2);
  });

  it('refuses an export, which is saved where the officer chooses', async () => {
    await expect(handlers().beginBackup({ reason: 'export', appVersion: '0.1.0' })).rejects.toThrow(
      'Only an export is saved where you choose, and it needs a file name.',
    );
    await expect(fs.readdir(folder)).rejects.toThrow(/ENOENT/);
  });

  it('lists a damaged backup as one that cannot be restored, and ignores other files', async () => {
    await keptBackup(handlers(), 'periodic');
    await fs.writeFile(
      path.join(folder, 'dsh-desk-backup-2026-11-24T10-00-00-000Z-periodic.json'),
      'half a file',
    );
    await fs.writeFile(path.join(folder, 'notes.txt'), 'not a backup');
    const { backups } = await handlers().listBackups(undefined);
    expect(backups.map((b) => [b.fileName, b.problem])).toEqual([
      ['dsh-desk-backup-2026-11-25T10-00-00-000Z-periodic.json', null],
      [
        'dsh-desk-backup-2026-11-24T10-00-00-000Z-periodic.json',
        'This file is not a DSH Desk backup. It cannot be restored.',
      ],
    ]);
  });
});

describe('a failed save keeps what was there and leaves no temporary file', () => {
  function failingFs(step: 'open' | 'write', code: string): AtomicWriteFs {
    const failure = Object.assign(new Error(code), { code });
    return {
      open: async (...args: Parameters<typeof fs.open>) => {
        if (step === 'open') throw failure;
        const handle = await fs.open(...args);
        handle.writeFile = async (data: Parameters<typeof handle.writeFile>[0]) => {
          await handle.write((data as Uint8Array).subarray(0, 10));
          throw failure;
        };
        return handle;
      },
      rename: fs.rename,
      rm: fs.rm,
    };
  }

  it.each([
    ['the folder is read-only', 'open', 'EROFS', /the folder is read-only/],
    ['the disk fills up midway through the write', 'write', 'ENOSPC', /the disk is full/],
  ] as const)('when %s', async (_label, step, code, message) => {
    const earlier = await keptBackup(handlers(), 'periodic');
    const earlierBytes = await fs.readFile(path.join(folder, earlier.backup.fileName));
    await handlers().setBackupSettings({ keepDaily: 3, keepWeekly: 1, everyHours: 2 });
    const before = await fs.readdir(folder);
    clock = new Date('2026-11-25T14:00:00.000Z');
    const failing = handlers({
      writeFile: (target, bytes) => writeFileAtomically(target, bytes, failingFs(step, code)),
    });

    await expect(failing.setBackupSettings({ keepDaily: 9, keepWeekly: 9, everyHours: 9 })).rejects.toThrow(
      message,
    );
    expect(await fs.readdir(folder)).toEqual(before);
    expect(await fs.readFile(path.join(folder, earlier.backup.fileName))).toEqual(earlierBytes);
    expect((await handlers().listBackups(undefined)).settings).toEqual({
      keepDaily: 3,
      keepWeekly: 1,
      everyHours: 2,
    });
  });

  it('when the folder really is read-only (needs a user other than root)', async () => {
    await keptBackup(handlers(), 'periodic');
    await fs.chmod(folder, 0o555);
    const probe = path.join(folder, 'probe');
    const canStillWrite = await fs.writeFile(probe, '').then(
      () => true,
      () => false,
    );
    if (canStillWrite) {
      await fs.rm(probe);
      console.log(
        'Skipped the real read-only folder check: this user (root) can write to read-only folders.',
      );
      return;
    }
    const before = await fs.readdir(folder);
    clock = new Date('2026-11-26T10:00:00.000Z');
    await expect(keptBackup(handlers(), 'periodic')).rejects.toThrow(/read-only/);
    expect(await fs.readdir(folder)).toEqual(before);
  });
});

describe('settings and rotation', () => {
  it('saves the settings beside the backups and rotates by them at the next backup', async () => {
    for (const day of ['2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24']) {
      clock = new Date(`${day}T10:00:00.000Z`);
      await keptBackup(handlers(), 'periodic');
    }
    expect(await handlers().setBackupSettings({ keepDaily: 2, keepWeekly: 0, everyHours: 6 })).toEqual({
      keepDaily: 2,
      keepWeekly: 0,
      everyHours: 6,
    });
    expect(JSON.parse(await fs.readFile(path.join(folder, BACKUP_SETTINGS_FILE), 'utf8'))).toEqual({
      keepDaily: 2,
      keepWeekly: 0,
      everyHours: 6,
    });
    clock = new Date('2026-11-25T10:00:00.000Z');
    const { removed } = await keptBackup(handlers(), 'periodic');
    expect(removed.sort()).toEqual([
      'dsh-desk-backup-2026-11-21T10-00-00-000Z-periodic.json',
      'dsh-desk-backup-2026-11-22T10-00-00-000Z-periodic.json',
      'dsh-desk-backup-2026-11-23T10-00-00-000Z-periodic.json',
    ]);
  });

  it('removes nothing while the settings file is damaged', async () => {
    for (const day of ['2026-11-21', '2026-11-22']) {
      clock = new Date(`${day}T10:00:00.000Z`);
      await keptBackup(handlers(), 'periodic');
    }
    await fs.writeFile(path.join(folder, BACKUP_SETTINGS_FILE), '{"keepDaily": 1');
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    clock = new Date('2026-11-25T10:00:00.000Z');
    expect((await keptBackup(handlers(), 'periodic')).removed).toEqual([]);
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/backup-settings\.json is damaged/));
    error.mockRestore();
  });

  it('refuses settings out of range, with a plain message', async () => {
    await expect(
      runGuarded('setBackupSettings', handlers().setBackupSettings, SENDER, TRUSTED, {
        keepDaily: 0,
        keepWeekly: 4,
        everyHours: 4,
      }),
    ).rejects.toThrow('setBackupSettings: keepDaily: Keep at least one daily backup.');
  });
});
