/**
 * A host for backup tests in jest: every operation goes through the real main-process handlers behind the
 * same guard as the IPC wrapper (runGuarded), with the backups folder in a temporary directory and a clock
 * the test moves. What the Electron bridge would do, minus Electron.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { operations, type OperationName } from '../../../../shared/contract/bridge';
import { runGuarded, type OperationHandler } from '../../../../electron/ipc/guarded-call';
import { createHandlers } from '../../../../electron/ipc/handlers';
import type { Host } from '../../../../renderer/host';
import type { BackupContext } from '../../../../renderer/features/backups/backup-service';
import { testInstallationKey } from '../../../helpers/fake-key-protection';
import { APP_VERSION, populatedDb } from './backup-fixtures';
import type { TestDb } from './db-fixtures';

/** A host answered by the real handlers, its backups folder, and the clock that names backups. */
export interface FolderHost {
  host: Host;
  folder: string;
  clock: { now: Date };
  /** The file a "Restore from a file…" dialog answers with (null: cancelled). */
  dialog: { pick: string | null };
  remove: () => Promise<void>;
}

const SENDER = { frame: { origin: 'app://dsh-desk', isMainFrame: true }, webContentsId: 1 };
const TRUSTED = { webContentsId: 1, origin: 'app://dsh-desk' };

/**
 * A fresh temporary backups folder and a desktop host over it. `dataFolder` holds the installation key: two
 * hosts over one data folder are one installation; over two, two installations.
 */
export async function folderHost(
  start = new Date('2026-11-25T10:00:00.000Z'),
  dataFolder?: string,
): Promise<FolderHost> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'dsh-backups-'));
  const installationKey = await testInstallationKey(dataFolder ?? path.join(root, 'data'));
  const folder = path.join(root, 'backups');
  const clock = { now: start };
  const dialog = { pick: null as string | null };
  const handlers = createHandlers({
    appInfo: { name: 'DSH Desk', version: '0.1.0', platform: 'linux', osUserName: 'sam', dataFolder: root },
    chooseSavePath: async (name) => path.join(root, name),
    showItemInFolder: () => undefined,
    openMailLink: async () => undefined,
    backupsFolder: folder,
    chooseBackupFile: async () => dialog.pick,
    now: () => clock.now,
    installationKey,
  });
  const bridge = Object.fromEntries(
    (Object.keys(operations) as OperationName[]).map((name) => [
      name,
      (input?: unknown) =>
        runGuarded(name, handlers[name] as OperationHandler<typeof name>, SENDER, TRUSTED, input),
    ]),
  );
  return {
    host: { kind: 'electron', ...bridge } as unknown as Host,
    folder,
    clock,
    dialog,
    remove: () => fs.rm(root, { recursive: true, force: true }),
  };
}

/**
 * Gives every test of the calling file its own folder host, removed after the test: call once at the top
 * level of a test file, then read the current test's host with the function it returns.
 */
export function folderHostPerTest(): () => FolderHost {
  let place: FolderHost | undefined;
  beforeEach(async () => {
    place = await folderHost();
  });
  afterEach(async () => {
    await place?.remove();
    place = undefined;
  });
  return () => {
    if (!place) throw new Error('The folder host exists only while a test runs.');
    return place;
  };
}

/** A populated database (backup-fixtures.ts) and the backup service's context over `place`'s host. */
export async function populatedOn(place: FolderHost): Promise<TestDb & { context: BackupContext }> {
  const test = await populatedDb();
  return { ...test, context: { ctx: test.ctx, host: place.host, appVersion: APP_VERSION } };
}

type ChunkRequest = Parameters<Host['writeBackupChunk']>[0];

/** `host` with its chunk writer replaced by `write`, which may call the real one (`real`). */
export function withChunkWriter(
  host: Host,
  write: (request: ChunkRequest, real: Host['writeBackupChunk']) => ReturnType<Host['writeBackupChunk']>,
): Host {
  return { ...host, writeBackupChunk: (request: ChunkRequest) => write(request, host.writeBackupChunk) };
}
