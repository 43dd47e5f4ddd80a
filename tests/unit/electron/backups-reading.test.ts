// Reading a backup to restore: from the backups folder by name only, or a file the officer picks.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { OpenBackupReaderRequest } from '../../../shared/contract/backup-stream';
import { runGuarded } from '../../../electron/ipc/guarded-call';
import { createHandlers, type HandlerDeps } from '../../../electron/ipc/handlers';
import type { InstallationKey } from '../../../electron/services/installation-key';
import { testInstallationKey } from '../../helpers/fake-key-protection';
import { backupBytes, keptBackup } from './backups-helpers';

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

/** Opens `request` through main and reads the whole file a slice at a time, as a restore does. */
async function readWhole(request: OpenBackupReaderRequest) {
  const h = handlers();
  const opened = await h.openBackupReader(request);
  if (opened.status !== 'opened') return opened;
  const parts: Uint8Array[] = [];
  for (let offset = 0; offset < opened.sizeBytes;) {
    const { bytes } = await h.readBackupSlice({ readerId: opened.readerId, offset });
    parts.push(bytes);
    offset += bytes.byteLength;
  }
  await h.closeBackupReader({ readerId: opened.readerId });
  const { readerId: _id, ...rest } = opened;
  return { ...rest, bytes: new Uint8Array(Buffer.concat(parts)) };
}

describe('reading a backup to restore', () => {
  it('reads one from the folder by its name, and only by a backup name', async () => {
    const { backup } = await keptBackup(handlers(), 'manual');
    const read = await readWhole({ from: 'folder', fileName: backup.fileName });
    expect(read).toMatchObject({
      fileName: backup.fileName,
      trust: { kind: 'sealed-here', installationId: installationKey.installationId },
    });
    expect('bytes' in read && read.bytes).toEqual(
      new Uint8Array(await fs.readFile(path.join(folder, backup.fileName))),
    );
    for (const fileName of ['../secrets.json', `../backups/${backup.fileName}`, 'backup-settings.json']) {
      await expect(
        runGuarded('openBackupReader', handlers().openBackupReader, SENDER, TRUSTED, {
          from: 'folder',
          fileName,
        }),
      ).rejects.toThrow('This is not the name of a DSH Desk backup.');
    }
    await expect(
      readWhole({ from: 'folder', fileName: 'dsh-desk-backup-2026-01-01T00-00-00-000Z-manual.json' }),
    ).rejects.toThrow(
      'The backup dsh-desk-backup-2026-01-01T00-00-00-000Z-manual.json is no longer in the backups folder.',
    );
  });

  it('opens the file the officer picks, or says they cancelled', async () => {
    expect(await readWhole({ from: 'pick' })).toEqual({ status: 'cancelled' });
    picked = path.join(root, 'from a colleague.json');
    await fs.writeFile(picked, backupBytes('export'));
    expect(await readWhole({ from: 'pick' })).toEqual({
      status: 'opened',
      fileName: 'from a colleague.json',
      sizeBytes: backupBytes('export').byteLength,
      bytes: backupBytes('export'),
      trust: { kind: 'not-sealed', installationId: null },
    });
    picked = root;
    await expect(readWhole({ from: 'pick' })).rejects.toThrow(
      `${path.basename(root)} is not a file. Choose a backup file.`,
    );
    picked = path.join(root, 'gone.json');
    await expect(readWhole({ from: 'pick' })).rejects.toThrow(/^Could not read gone\.json: /);
    picked = 'relative.json';
    await expect(readWhole({ from: 'pick' })).rejects.toThrow('"relative.json" is not a full path.');
  });

  it('refuses a link named like a backup in the backups folder, wherever it points', async () => {
    const { backup } = await keptBackup(handlers(), 'manual');
    const elsewhere = path.join(root, 'elsewhere.json');
    await fs.writeFile(elsewhere, backupBytes('manual'));
    const linkName = 'dsh-desk-backup-2026-11-24T10-00-00-000Z-manual.json';
    await fs.symlink(elsewhere, path.join(folder, linkName));
    await expect(readWhole({ from: 'folder', fileName: linkName })).rejects.toThrow(
      `${linkName} in the backups folder is a link to another file, not a backup DSH Desk wrote, so it was not read.`,
    );
    // Nor is it listed (or vouched for) as a backup.
    const { backups } = await handlers().listBackups(undefined);
    expect(backups.map((b) => b.fileName)).toEqual([backup.fileName]);
  });
});
