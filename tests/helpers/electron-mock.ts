/**
 * The one stand-in for the `electron` module in jest (jest.config.cjs maps `electron` here, because the real
 * package tries to download its binary when required). It records what the code under test asked Electron
 * to do — windows created and their options, IPC handlers, protocol handlers, exposed bridges, menus,
 * session handlers, shell calls — so tests assert on those records. `resetElectronMock()` starts afresh.
 *
 * Tests import from 'electron' for the code under test and from this file for `electronMock` records.
 */
import { EventEmitter } from 'node:events';
import os from 'node:os';
import path from 'node:path';

/** Where the mock's application-data folder is: a real temporary folder, because main writes its key there. */
export const MOCK_APP_DATA = path.join(os.tmpdir(), `dsh-electron-mock-${process.pid}`, 'config');

type Handler = (...args: never[]) => unknown;
/** The reply a fake `ipcRenderer.invoke` gives; tests replace it. */
export type InvokeReply = (channel: string, args: unknown[]) => Promise<unknown>;

/** Everything the code under test asked of Electron, in order. */
export const electronMock = {
  registeredSchemes: [] as unknown[],
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  ipcHandlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  exposedInMainWorld: new Map<string, unknown>(),
  invoked: [] as Array<{ channel: string; args: unknown[] }>,
  invokeReply: (async () => undefined) as InvokeReply,
  applicationMenu: null as { template: unknown[] } | null,
  openedExternal: [] as string[],
  shownInFolder: [] as string[],
  saveDialogAnswer: { canceled: true, filePath: '' } as { canceled: boolean; filePath: string },
  messageBoxes: [] as unknown[],
  /** The button index `dialog.showMessageBoxSync` answers with; tests replace it to play the user. */
  messageBoxSyncAnswer: 0,
  /** Context menus the code popped up, as the templates they were built from. */
  poppedUpMenus: [] as Array<{ template: unknown[] }>,
  /** The app user model id set on Windows, if any. */
  appUserModelId: null as string | null,
  /** What `app.requestSingleInstanceLock()` answers: false plays a second launch. */
  singleInstanceLockAvailable: true,
  quitCount: 0,
  /** Start-up steps in the order the code took them, to check what happens before and after `ready`. */
  lifecycle: [] as string[],
  /** What `app.whenReady()` returns. */
  ready: Promise.resolve(),
  /** The addresses `net.fetch` was asked for, in order. */
  netFetched: [] as string[],
};

let nextWebContentsId = 1;

/** A web contents: an event emitter with the handlers the app installs. */
export class MockWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  readonly mainFrame = { origin: 'app://dsh-desk', parent: null, url: 'app://dsh-desk/index.html' };
  windowOpenHandler: Handler | null = null;
  readonly session = new MockSession();
  /** Words the code replaced a misspelling with, in order. */
  readonly replacedMisspellings: string[] = [];
  reloadCount = 0;
  setWindowOpenHandler(handler: Handler): void {
    this.windowOpenHandler = handler;
  }
  replaceMisspelling(word: string): void {
    this.replacedMisspellings.push(word);
  }
  reload(): void {
    this.reloadCount += 1;
  }
}

/** A window that keeps the options it was constructed with. */
export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.instances.filter((window) => !window.destroyed);
  }
  readonly webContents = new MockWebContents();
  loadedUrl: string | null = null;
  visible = false;
  destroyed = false;
  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    BrowserWindow.instances.push(this);
    electronMock.lifecycle.push('new BrowserWindow');
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {}
  restore(): void {}
  isMinimized(): boolean {
    return false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

class MockApp extends EventEmitter {
  isPackaged = false;
  private name = 'Electron';
  private readonly paths = new Map<string, string>([
    ['appData', MOCK_APP_DATA],
    ['documents', '/home/test/Documents'],
  ]);
  getName(): string {
    return this.name;
  }
  setName(name: string): void {
    electronMock.lifecycle.push(`app.setName ${name}`);
    this.name = name;
  }
  getVersion(): string {
    return '0.1.0';
  }
  getPath(name: string): string {
    const value = this.paths.get(name);
    if (value === undefined) throw new Error(`electron mock: no path "${name}"`);
    return value;
  }
  setPath(name: string, value: string): void {
    electronMock.lifecycle.push(`app.setPath ${name}`);
    this.paths.set(name, value);
  }
  enableSandbox(): void {
    electronMock.lifecycle.push('app.enableSandbox');
  }
  readonly commandLine = {
    appendSwitch(name: string, value?: string): void {
      electronMock.lifecycle.push(
        `app.commandLine.appendSwitch ${name}${value === undefined ? '' : ` ${value}`}`,
      );
    },
  };
  requestSingleInstanceLock(): boolean {
    electronMock.lifecycle.push('app.requestSingleInstanceLock');
    return electronMock.singleInstanceLockAvailable;
  }
  whenReady(): Promise<void> {
    electronMock.lifecycle.push('app.whenReady');
    return electronMock.ready;
  }
  isReady(): boolean {
    return true;
  }
  quit(): void {
    electronMock.quitCount += 1;
  }
  exit(): void {}
  setAppUserModelId(id: string): void {
    electronMock.appUserModelId = id;
  }
}

export const app = new MockApp();

export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    electronMock.lifecycle.push('protocol.registerSchemesAsPrivileged');
    electronMock.registeredSchemes.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void {
    electronMock.lifecycle.push(`protocol.handle ${scheme}`);
    electronMock.protocolHandlers.set(scheme, handler);
  },
};

export const ipcMain = {
  handle(channel: string, listener: (event: unknown, ...args: unknown[]) => unknown): void {
    // Electron refuses a second handler on one channel; so does the mock, to catch double registration.
    if (electronMock.ipcHandlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    electronMock.lifecycle.push(`ipcMain.handle ${channel}`);
    electronMock.ipcHandlers.set(channel, listener);
  },
  removeHandler(channel: string): void {
    electronMock.ipcHandlers.delete(channel);
  },
};

export const ipcRenderer = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    electronMock.invoked.push({ channel, args });
    return electronMock.invokeReply(channel, args);
  },
};

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    electronMock.exposedInMainWorld.set(key, api);
  },
};

export const dialog = {
  async showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath: string }> {
    void args;
    return electronMock.saveDialogAnswer;
  },
  async showMessageBox(...args: unknown[]): Promise<{ response: number }> {
    electronMock.messageBoxes.push(args.at(-1));
    return { response: 0 };
  },
  showMessageBoxSync(...args: unknown[]): number {
    electronMock.messageBoxes.push(args.at(-1));
    return electronMock.messageBoxSyncAnswer;
  },
  showErrorBox(): void {},
};

export const shell = {
  async openExternal(url: string): Promise<void> {
    electronMock.openedExternal.push(url);
  },
  showItemInFolder(filePath: string): void {
    electronMock.shownInFolder.push(filePath);
  },
};

/** The system's protection for secrets: a reversible stand-in (NOT encryption), as a keyring would be. */
export const safeStorage = {
  isEncryptionAvailable: (): boolean => true,
  getSelectedStorageBackend: (): string => 'gnome_libsecret',
  encryptString: (plain: string): Buffer => Buffer.from(`mock-protected:${plain}`, 'utf8'),
  decryptString: (stored: Buffer): string => stored.toString('utf8').replace(/^mock-protected:/, ''),
};

/** Electron's net module: `net.fetch` answers with Node's fetch, so main's team calls reach a test server. */
export const net = {
  fetch: (url: string, init?: RequestInit): Promise<Response> => {
    electronMock.netFetched.push(url);
    return fetch(url, init);
  },
};

/** A session that keeps the handlers installed on it. */
export class MockSession {
  permissionRequestHandler: Handler | null = null;
  permissionCheckHandler: Handler | null = null;
  devicePermissionHandler: Handler | null = null;
  spellCheckerEnabled = true;
  spellCheckerLanguages: string[] = [];
  readonly wordsAddedToDictionary: string[] = [];
  setPermissionRequestHandler(handler: Handler): void {
    electronMock.lifecycle.push('session.setPermissionRequestHandler');
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: Handler): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: Handler): void {
    this.devicePermissionHandler = handler;
  }
  setSpellCheckerEnabled(enabled: boolean): void {
    this.spellCheckerEnabled = enabled;
  }
  setSpellCheckerLanguages(languages: string[]): void {
    this.spellCheckerLanguages = [...languages];
  }
  addWordToSpellCheckerDictionary(word: string): boolean {
    this.wordsAddedToDictionary.push(word);
    return true;
  }
}

export const session = { defaultSession: new MockSession() };

/** A built menu: keeps its template, and records itself when popped up. */
export interface MockMenu {
  template: unknown[];
  popup(options?: unknown): void;
}

export const Menu = {
  buildFromTemplate(template: unknown[]): MockMenu {
    const menu: MockMenu = {
      template,
      popup: () => {
        electronMock.poppedUpMenus.push(menu);
      },
    };
    return menu;
  },
  setApplicationMenu(menu: { template: unknown[] } | null): void {
    electronMock.lifecycle.push('Menu.setApplicationMenu');
    electronMock.applicationMenu = menu;
  },
};

/** Forgets everything recorded, so each test starts from a fresh Electron. */
export function resetElectronMock(): void {
  electronMock.registeredSchemes.length = 0;
  electronMock.protocolHandlers.clear();
  electronMock.ipcHandlers.clear();
  electronMock.exposedInMainWorld.clear();
  electronMock.invoked.length = 0;
  electronMock.invokeReply = async () => undefined;
  electronMock.applicationMenu = null;
  electronMock.openedExternal.length = 0;
  electronMock.shownInFolder.length = 0;
  electronMock.saveDialogAnswer = { canceled: true, filePath: '' };
  electronMock.messageBoxes.length = 0;
  electronMock.messageBoxSyncAnswer = 0;
  electronMock.poppedUpMenus.length = 0;
  electronMock.appUserModelId = null;
  electronMock.singleInstanceLockAvailable = true;
  electronMock.quitCount = 0;
  electronMock.lifecycle.length = 0;
  electronMock.ready = Promise.resolve();
  BrowserWindow.instances.length = 0;
  app.removeAllListeners();
  app.isPackaged = false;
  app.setName('Electron');
  session.defaultSession = new MockSession();
  electronMock.netFetched.length = 0;
}
