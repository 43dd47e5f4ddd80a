import { promises as fs } from 'node:fs';
import { rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CHANNELS } from '../../../shared/contract/channels';

import type * as TempFiles from '../../../electron/services/temp-files';
import type * as ElectronMock from '../../helpers/electron-mock';

type Mock = typeof ElectronMock;

/** Runs electron/main.ts against a fresh mock; the app becomes ready only when the test says so. */
function launch(configure: (mock: Mock) => void = () => undefined): {
  mock: Mock;
  becomeReady: () => Promise<void>;
} {
  let mock!: Mock;
  let markReady!: () => void;
  jest.isolateModules(() => {
    mock = require('../../helpers/electron-mock') as Mock;
    mock.electronMock.ready = new Promise<void>((resolve) => (markReady = resolve));
    configure(mock);
    require('../../../electron/main');
  });
  return {
    mock,
    becomeReady: async () => {
      mock.electronMock.lifecycle.push('(ready)');
      markReady();
      await mock.electronMock.ready;
      // Start-up loads the installation key from disk before it opens the window: wait for the window.
      for (let waited = 0; waited < 5000 && mock.electronMock.quitCount === 0; waited += 10) {
        if (mock.BrowserWindow.instances.length > 0) return;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
  };
}

afterAll(() => {
  const mock = require('../../helpers/electron-mock') as Mock;
  rmSync(path.dirname(mock.MOCK_APP_DATA), { recursive: true, force: true });
});

describe('starting DSH Desk', () => {
  it('fixes the scheme, the sandbox, the name and the data folder before ready, and builds everything else after', async () => {
    const { mock, becomeReady } = launch();
    await becomeReady();
    const steps = mock.electronMock.lifecycle;

    expect(steps.slice(0, steps.indexOf('(ready)'))).toEqual([
      'protocol.registerSchemesAsPrivileged',
      'app.commandLine.appendSwitch lang en-GB',
      'app.enableSandbox',
      'app.setName DSH Desk',
      'app.setPath userData',
      'app.requestSingleInstanceLock',
      'app.whenReady',
    ]);
    const afterReady = steps.slice(steps.indexOf('(ready)') + 1);
    expect(afterReady).toEqual(
      expect.arrayContaining([
        'session.setPermissionRequestHandler',
        'protocol.handle app',
        ...Object.values(CHANNELS).map((channel) => `ipcMain.handle ${channel}`),
        'Menu.setApplicationMenu',
        'new BrowserWindow',
      ]),
    );
    expect(afterReady.at(-1)).toBe('new BrowserWindow');
  });

  it('registers app:// as a standard, secure scheme with fetch', () => {
    const { mock } = launch();
    expect(mock.electronMock.registeredSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('keeps its data in "DSH Desk" under the application-data folder when installed', () => {
    const { mock } = launch((m) => {
      m.app.isPackaged = true;
    });
    expect(mock.app.getName()).toBe('DSH Desk');
    expect(mock.app.getPath('userData')).toBe(path.join(mock.MOCK_APP_DATA, 'DSH Desk'));
  });

  it('keeps a development run’s data (and its single-instance lock) apart from the installed app’s', () => {
    const { mock } = launch();
    expect(mock.app.getName()).toBe('DSH Desk');
    expect(mock.app.getPath('userData')).toBe(path.join(mock.MOCK_APP_DATA, 'DSH Desk (development)'));
  });

  it('sets the Windows app user model id to the installer’s appId', () => {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    Object.defineProperty(process, 'platform', { value: 'win32' });
    try {
      const { mock } = launch();
      expect(mock.electronMock.appUserModelId).toBe('uk.ac.dsh.desk');
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
  });

  it('gives its window the unsaved-changes question, the crash recovery and the right-click menu', async () => {
    const { mock, becomeReady } = launch();
    await becomeReady();
    const contents = mock.BrowserWindow.instances[0]!.webContents;
    expect(contents.listenerCount('will-prevent-unload')).toBe(1);
    expect(contents.listenerCount('render-process-gone')).toBe(1);
    expect(contents.listenerCount('context-menu')).toBe(1);
  });

  it('never downloads spelling dictionaries: on Linux the spell-checker is off', async () => {
    const { mock, becomeReady } = launch();
    await becomeReady();
    expect(process.platform).toBe('linux');
    expect(mock.session.defaultSession.spellCheckerEnabled).toBe(false);
    expect(mock.session.defaultSession.spellCheckerLanguages).toEqual([]);
  });

  it('keeps main-process errors in logs/main.log in the data folder, where diagnostics read them', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { mock, becomeReady } = launch();
    await becomeReady();
    const log = path.join(mock.app.getPath('userData'), 'logs', 'main.log');
    await fs.rm(log, { force: true });
    console.error('DSH Desk: listBackups failed unexpectedly', new Error('EIO: i/o error'));
    expect(await fs.readFile(log, 'utf8')).toMatch(
      /^\d{4}-\d\d-\d\dT[\d:.]+Z ERROR DSH Desk: listBackups failed unexpectedly Error: EIO: i\/o error/,
    );
    jest.restoreAllMocks();
  });

  it('holds quitting while a backup is being written, then quits once it has finished', async () => {
    let tempFiles!: typeof TempFiles;
    const { mock, becomeReady } = launch(() => {
      // The same module instance main.ts uses (same isolated registry).
      tempFiles = require('../../../electron/services/temp-files');
    });
    await becomeReady();
    let finishWriting!: () => void;
    const writing = new Promise<void>((resolve) => (finishWriting = resolve));
    tempFiles.trackWrite(path.join(mock.MOCK_APP_DATA, '.backup.json.0123456789ab.tmp'), writing);

    const event = { prevented: false, preventDefault: () => (event.prevented = true) };
    mock.app.emit('before-quit', event);
    expect(event.prevented).toBe(true);
    expect(mock.electronMock.quitCount).toBe(0);

    finishWriting();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(mock.electronMock.quitCount).toBe(1);
    expect(tempFiles.pendingWriteCount()).toBe(0);
  });

  it('lets quitting go ahead at once when nothing is being written', async () => {
    const { mock, becomeReady } = launch();
    await becomeReady();
    const event = { prevented: false, preventDefault: () => (event.prevented = true) };
    mock.app.emit('before-quit', event);
    expect(event.prevented).toBe(false);
  });

  it('quits at once when another copy is already running, without opening anything', async () => {
    const { mock, becomeReady } = launch((m) => {
      m.electronMock.singleInstanceLockAvailable = false;
    });
    await becomeReady();
    expect(mock.electronMock.quitCount).toBe(1);
    expect(mock.BrowserWindow.instances).toHaveLength(0);
    expect(mock.electronMock.ipcHandlers.size).toBe(0);
  });

  it('brings the running window forward when a second copy is launched', async () => {
    const { mock, becomeReady } = launch();
    await becomeReady();
    const window = mock.BrowserWindow.instances[0];
    expect(window?.visible).toBe(false);
    mock.app.emit('second-instance');
    expect(window?.visible).toBe(true);
  });

  it('reaches the team server through Electron’s net.fetch and keeps team.json, the password protected, in the data folder', async () => {
    const server = createServer((request, response) => {
      request.resume();
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify(
          request.url === '/_session'
            ? { ok: true, userCtx: { name: 'ada', roles: ['dsh-staff'] } }
            : { db_name: 'dsh-team', doc_count: 0 },
        ),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const { mock, becomeReady } = launch();
      await becomeReady();
      const contents = mock.BrowserWindow.instances[0]!.webContents;
      const signIn = mock.electronMock.ipcHandlers.get(CHANNELS.teamSignIn)!;
      const fromOurWindow = { sender: contents, senderFrame: contents.mainFrame };
      const answer = await signIn(fromOurWindow, {
        url: `http://127.0.0.1:${port}`,
        database: 'dsh-team',
        username: 'ada',
        password: 'secret-password',
      });
      expect(answer).toMatchObject({ ok: true, value: { configured: true, roles: ['dsh-staff'] } });
      expect(mock.electronMock.netFetched).toEqual([
        `http://127.0.0.1:${port}/_session`,
        `http://127.0.0.1:${port}/dsh-team`,
      ]);
      const kept = await fs.readFile(path.join(mock.app.getPath('userData'), 'team.json'), 'utf8');
      expect(JSON.parse(kept)).toMatchObject({ username: 'ada', protection: 'os' });
      expect(kept).not.toContain('secret-password');
    } finally {
      server.close();
    }
  });

  it('denies permissions on the default session', async () => {
    const { mock, becomeReady } = launch();
    await becomeReady();
    const answers: boolean[] = [];
    mock.session.defaultSession.permissionRequestHandler?.(
      ...([{}, 'media', (ok: boolean) => answers.push(ok)] as never[]),
    );
    expect(answers).toEqual([false]);
    expect(mock.session.defaultSession.permissionCheckHandler?.(...([{}, 'media'] as never[]))).toBe(false);
  });
});
