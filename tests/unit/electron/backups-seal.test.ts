// Backups main can vouch for: sealed with this installation's key, checked against their manifest before they
// are kept, and judged on every read (sealed here, by another installation, not sealed, seal broken).
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHandlers, type HandlerDeps } from '../../../electron/ipc/handlers';
import { createBackupIntegrity, DAMAGED_BODY } from '../../../electron/services/backups-integrity';
import type { BackupOnDisk } from '../../../electron/services/backups-files';
import type { InstallationKey } from '../../../electron/services/installation-key';
import { testInstallationKey } from '../../helpers/fake-key-protection';
import { joinBackup, keptBackup, splitBackup } from './backups-helpers';

let root: string;
let folder: string;
let picked: string | null;
let here: InstallationKey;

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'dsh-seal-'));
  folder = path.join(root, 'backups');
  picked = null;
  here = await testInstallationKey(path.join(root, 'data'));
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

function handlers(overrides: Partial<HandlerDeps> = {}) {
  return createHandlers({
    appInfo: { name: 'DSH Desk', version: '0.1.0', platform: 'linux', osUserName: 'sam', dataFolder: root },
    chooseSavePath: async (name) => path.join(root, name),
    showItemInFolder: () => undefined,
    openMailLink: async () => undefined,
    backupsFolder: folder,
    chooseBackupFile: async () => picked,
    now: () => new Date('2026-11-25T10:00:00.000Z'),
    installationKey: here,
    ...overrides,
  });
}

/** Streams a backup through main into the folder and returns its path on disk. */
async function written(): Promise<string> {
  const { backup } = await keptBackup(handlers(), 'manual');
  return path.join(folder, backup.fileName);
}

/** What main says of the file at `file` when the officer picks it to restore. */
async function trustOfFile(file: string, deps: Partial<HandlerDeps> = {}) {
  picked = file;
  const h = handlers(deps);
  const opened = await h.openBackupReader({ from: 'pick' });
  if (opened.status !== 'opened') throw new Error('cancelled');
  await h.closeBackupReader({ readerId: opened.readerId });
  return opened.trust;
}

describe('the seal on every backup main writes', () => {
  it('vouches for a backup this installation sealed, and says when another installation sealed it', async () => {
    const file = await written();
    expect(splitBackup(await fs.readFile(file)).manifest.seal?.installationId).toBe(here.installationId);
    expect(await trustOfFile(file)).toEqual({ kind: 'sealed-here', installationId: here.installationId });

    // The same installation after a restart: the key is loaded again from the data folder.
    const again = await testInstallationKey(path.join(root, 'data'));
    expect(await trustOfFile(file, { installationKey: again })).toMatchObject({ kind: 'sealed-here' });

    const other = await testInstallationKey(path.join(root, 'another computer'));
    expect(await trustOfFile(file, { installationKey: other })).toEqual({
      kind: 'sealed-elsewhere',
      installationId: here.installationId,
    });
  });

  it('finds a hand-edited manifest: the seal is broken', async () => {
    const file = await written();
    const { manifest, body } = splitBackup(await fs.readFile(file));
    await fs.writeFile(file, joinBackup({ ...manifest, appVersion: '9.9.9' }, body));
    expect(await trustOfFile(file)).toMatchObject({ kind: 'seal-broken' });
  });

  it('finds an edited body whose checksum was recomputed: the seal is broken', async () => {
    const file = await written();
    const { manifest, body } = splitBackup(await fs.readFile(file));
    const forged = body.replace('"databaseName":"dsh-desk"', '"databaseName":"forged"');
    const sha256 = createHash('sha256').update(forged).digest('hex');
    await fs.writeFile(file, joinBackup({ ...manifest, sha256 }, forged));
    expect(await trustOfFile(file)).toMatchObject({ kind: 'seal-broken' });
    // …and the list marks it as damaged.
    const { backups } = await handlers().listBackups(undefined);
    expect(backups[0]?.problem).toMatch(/^Damaged: its seal is broken/);
  });

  it('still vouches for a backup whose line endings were converted to CRLF: only the first line changed', async () => {
    const file = await written();
    const text = await fs.readFile(file, 'utf8');
    await fs.writeFile(file, text.replace(/\n/g, '\r\n'));
    expect(await trustOfFile(file)).toMatchObject({ kind: 'sealed-here' });
    const { backups } = await handlers().listBackups(undefined);
    expect(backups[0]?.problem).toBeNull();
  });

  it('says a backup without a seal is not sealed (a seal taken off is no seal)', async () => {
    const file = await written();
    const { manifest, body } = splitBackup(await fs.readFile(file));
    const { seal: _seal, ...unsealed } = manifest;
    await fs.writeFile(file, joinBackup(unsealed, body));
    expect(await trustOfFile(file)).toEqual({ kind: 'not-sealed', installationId: null });
  });

  it('seals an export, then saves it where the officer chose', async () => {
    const h = handlers();
    const begun = await h.beginBackup({
      reason: 'export',
      appVersion: '0.1.0',
      suggestedName: 'DSH Desk backup 2026-11-25.json',
    });
    if (begun.status !== 'started') throw new Error('cancelled');
    const { sessionId } = begun;
    const tables = [{ name: 'meta', schema: 'key', rowCount: 1 }];
    await h.writeBackupChunk({
      sessionId,
      part: { kind: 'header', databaseName: 'dsh-desk', databaseVersion: 3, tables },
    });
    await h.writeBackupChunk({ sessionId, part: { kind: 'rows', table: 'meta', rows: [{ key: 'a' }] } });
    const result = await h.commitBackup({ sessionId });
    expect(result).toEqual({ status: 'saved', path: path.join(root, 'DSH Desk backup 2026-11-25.json') });
    expect(await trustOfFile(path.join(root, 'DSH Desk backup 2026-11-25.json'))).toMatchObject({
      kind: 'sealed-here',
    });
    await expect(
      h.beginBackup({ reason: 'manual', appVersion: '0.1.0', suggestedName: 'x.json' }),
    ).rejects.toThrow('Only an export is saved where you choose, and it needs a file name.');
  });
});

describe('the list marks a damaged file, and remembers what it has read', () => {
  it('lists a backup whose body changed on disk as damaged', async () => {
    const file = await written();
    const text = await fs.readFile(file, 'utf8');
    await fs.writeFile(file, text.replace('"databaseVersion":3', '"databaseVersion":4'));
    const { backups } = await handlers().listBackups(undefined);
    expect(backups[0]?.problem).toBe(DAMAGED_BODY);
  });

  it('reads a body once, and again only when the file changes', async () => {
    const file = await written();
    const integrity = createBackupIntegrity(here);
    const { manifest } = splitBackup(await fs.readFile(file));
    const onDisk = async (): Promise<BackupOnDisk> => {
      const stat = await fs.stat(file);
      const bytes = await fs.readFile(file);
      const bodyStart = bytes.indexOf(0x0a) + 1;
      return {
        file,
        fileName: path.basename(file),
        size: stat.size,
        mtimeMs: stat.mtimeMs,
        ino: stat.ino,
        bodyStart,
        bodyEnd: stat.size,
      };
    };
    expect(await integrity.judge(await onDisk(), manifest)).toBeNull();
    expect(await integrity.judge(await onDisk(), manifest)).toBeNull();
    expect(integrity.bodiesRead).toBe(1);
    await fs.appendFile(file, ' ');
    expect(await integrity.judge(await onDisk(), manifest)).toBe(DAMAGED_BODY);
    expect(integrity.bodiesRead).toBe(2);
  });

  it('keeps what it has checked between runs, so a restart does not read every backup again', async () => {
    const file = await written();
    const { manifest } = splitBackup(await fs.readFile(file));
    const stat = await fs.stat(file);
    const bodyStart = (await fs.readFile(file)).indexOf(0x0a) + 1;
    const onDisk = {
      file,
      fileName: path.basename(file),
      size: stat.size,
      mtimeMs: stat.mtimeMs,
      ino: stat.ino,
      bodyStart,
      bodyEnd: stat.size,
    };
    let kept: Record<string, string | null> = {};
    const store = {
      load: async () => kept,
      save: async (v: Record<string, string | null>) => void (kept = v),
    };
    const first = createBackupIntegrity(here, store);
    expect(await first.judge(onDisk, manifest)).toBeNull();
    await first.persist([onDisk.fileName]);
    const afterRestart = createBackupIntegrity(here, store);
    expect(await afterRestart.judge(onDisk, manifest)).toBeNull();
    expect(afterRestart.bodiesRead).toBe(0);
    // A file no longer in the folder is forgotten.
    afterRestart.remember({ ...onDisk, fileName: 'gone.json' }, null);
    await afterRestart.persist([onDisk.fileName]);
    expect(Object.keys(kept)).toEqual([expect.stringMatching(new RegExp(`^${onDisk.fileName}\\|`))]);
  });
});
