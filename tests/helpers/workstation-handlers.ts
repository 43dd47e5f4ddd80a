/**
 * One workstation's main process for Node tests: the real handlers over a data folder (its installation key
 * and team settings), called through the same guard as the IPC wrapper, with Node's fetch for the team server.
 */
import path from 'node:path';
import type { OperationName, OperationOutput } from '../../shared/contract/bridge';
import { createHandlers, type HandlerDeps } from '../../electron/ipc/handlers';
import { runGuarded, type OperationHandler } from '../../electron/ipc/guarded-call';
import { FAKE_KEY_PROTECTION, testInstallationKey } from './fake-key-protection';
import { nodeFetch } from './sync-fixtures';

/** Calls one operation as the app's window would. */
export type WorkstationCall = <N extends OperationName>(
  name: N,
  input?: unknown,
) => Promise<OperationOutput<N>>;

const TRUSTED = { webContentsId: 1, origin: 'app://dsh-desk' };
const SENDER = { frame: { origin: 'app://dsh-desk', isMainFrame: true }, webContentsId: 1 };

/** The handlers of a workstation over `dataFolder` (a second call over the same folder: the app started again). */
export async function workstationHandlers(
  dataFolder: string,
  overrides: Partial<HandlerDeps> = {},
): Promise<WorkstationCall> {
  const handlers = createHandlers({
    appInfo: { name: 'DSH Desk', version: '0.1.0', platform: 'linux', osUserName: 'officer', dataFolder },
    chooseSavePath: async () => null,
    showItemInFolder: () => undefined,
    openMailLink: async () => undefined,
    backupsFolder: path.join(dataFolder, 'backups'),
    chooseBackupFile: async () => null,
    installationKey: await testInstallationKey(dataFolder),
    keyProtection: FAKE_KEY_PROTECTION,
    fetch: nodeFetch,
    ...overrides,
  });
  return (name, input) =>
    runGuarded(name, handlers[name] as OperationHandler<typeof name>, SENDER, TRUSTED, input);
}
