/**
 * DSH Desk's main process: fixes where data lives, keeps to one running instance, and wires the window, the
 * app:// protocol, the bridge, the menu and the security guards together. Start-up order matters: the scheme,
 * the userData path and the single-instance lock before `ready`; everything else after it.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, net, safeStorage, session, shell } from 'electron';
import { createHandlers } from './ipc/handlers';
import type { UnsavedForms } from '../shared/contract/payloads';
import { CHECKED_BACKUPS_FILE } from './services/backups';
import { registerOperations } from './ipc/register';
import { installContextMenu } from './context-menu';
import { offerReloadAfterCrash } from './crash-recovery';
import { installMenu } from './menu';
import { registerAppScheme, serveAppScheme } from './protocol';
import { installSessionGuards, installWebContentsGuards, openAllowedExternal } from './security';
import { FILE_KINDS } from '../shared/contract/payloads';
import { trustOurWindow } from './services/trusted-sender';
import { createMainLog, teeConsoleTo } from './services/main-log';
import { loadInstallationKey, type KeyProtection } from './services/installation-key';
import { osUserName } from './services/os-user';
import { TEAM_FILE } from './services/team-settings';
import { spellingPlanFor } from './services/spelling';
import { finishPendingWrites, pendingWriteCount, removeStaleTemporaryFiles } from './services/temp-files';
import { APP_ID, decideUserDataFolder } from './services/user-data';
import { applySpellingPlan } from './spell-checker';
import { confirmLeavingWithUnsavedChanges } from './unsaved-changes';
import { createMainWindow } from './window';

const PRODUCT_NAME = 'DSH Desk';
/** How long quitting waits for a backup or export still being written before removing its temporary file. */
const QUIT_WAIT_MS = 5_000;
let mainWindow: BrowserWindow | null = null;
/** The forms the window last said were unsaved: "Leave without saving?" names them. */
let unsavedForms: UnsavedForms = { labels: [], unnamed: 0 };
/** Told when the window closes (the team connection stops its waits for changes: nobody is listening). */
const windowClosedListeners: (() => void)[] = [];

registerAppScheme();
// DSH dates are British whatever the workstation's language: date fields show dd/mm/yyyy.
app.commandLine.appendSwitch('lang', 'en-GB');
// Every renderer sandboxed, including any created without our window's settings (belt and braces).
app.enableSandbox();
// The name and userData folder key the user's IndexedDB: pinned, never derived from package.json's name.
app.setName(PRODUCT_NAME);
const userData = decideUserDataFolder({
  appDataFolder: app.getPath('appData'),
  isPackaged: app.isPackaged,
  env: process.env,
});
app.setPath('userData', userData.folder);
// Packaged apps have no terminal: errors and warnings also go to logs/main.log, which diagnostics include.
const mainLog = createMainLog(path.join(userData.folder, 'logs', 'main.log'));
teeConsoleTo(mainLog);
// Windows groups the taskbar button and sends notifications by this id; the installer registers the same one.
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

// The lock is keyed by userData, so it comes after setPath: test runs with their own folder do not collide.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => focusMainWindow());
  installWebContentsGuards(openMailLink);
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fail(error));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) mainWindow = openWindow();
  });
  app.on('before-quit', (event) => {
    // A backup or export still being written either finishes or leaves no temporary file behind.
    if (pendingWriteCount() === 0) return;
    event.preventDefault();
    finishPendingWrites(QUIT_WAIT_MS)
      .catch((error: unknown) => console.error('DSH Desk: could not finish writing before quitting', error))
      .finally(() => app.quit());
  });
}

/**
 * The operating system's protection for the installation key. On Linux without a keyring Electron falls back
 * to a fixed password ("basic_text"), which protects nothing: that counts as unavailable, and About says so.
 */
function keyProtection(): KeyProtection {
  const basicText = process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text';
  return {
    available: safeStorage.isEncryptionAvailable() && !basicText,
    protect: (plain) => safeStorage.encryptString(plain),
    unprotect: (stored) => safeStorage.decryptString(Buffer.from(stored)),
  };
}

async function start(): Promise<void> {
  const backupsFolder = path.join(app.getPath('userData'), 'backups');
  const evidenceFolder = path.join(app.getPath('userData'), 'evidence');
  // Left by a crash or a power cut mid-write; no write can be in progress yet.
  removeStaleTemporaryFiles([app.getPath('userData'), backupsFolder, evidenceFolder]).catch(
    (error: unknown) => console.error('DSH Desk: could not remove old temporary files', error),
  );
  installSessionGuards(session.defaultSession);
  const spelling = spellingPlanFor(process.platform);
  applySpellingPlan(session.defaultSession, spelling);
  serveAppScheme();
  // safeStorage works only once the app is ready, which it is here.
  const protection = keyProtection();
  const installationKey = await loadInstallationKey({ dataFolder: app.getPath('userData'), protection });
  if (installationKey.replaced) console.error(`DSH Desk: ${installationKey.replaced}`);
  registerOperations(
    createHandlers({
      appInfo: {
        name: PRODUCT_NAME,
        version: app.getVersion(),
        platform: process.platform,
        osUserName: osUserName(),
        dataFolder: app.getPath('userData'),
        spelling: spelling.description,
      },
      chooseSavePath,
      confirmReplace,
      readMainLog: () => mainLog.read(),
      noteUnsavedForms: (forms) => {
        unsavedForms = forms;
      },
      backupsFolder,
      auditAnchorFile: path.join(app.getPath('userData'), 'audit-anchor.json'),
      chooseBackupFile,
      showItemInFolder: (filePath) => shell.showItemInFolder(filePath),
      openMailLink: openAllowedExternal,
      installationKey,
      checkedBackupsFile: path.join(app.getPath('userData'), CHECKED_BACKUPS_FILE),
      teamFile: path.join(app.getPath('userData'), TEAM_FILE),
      // The team password is protected as the installation key is.
      keyProtection: protection,
      // Chromium's network stack: the system's certificate store (a team's own authority) and proxy settings.
      fetch: (url, init) => net.fetch(url, init),
      whenWindowCloses: (listener) => windowClosedListeners.push(listener),
      evidenceFolder,
      openPath: (filePath) => shell.openPath(filePath),
    }),
    () => trustOurWindow(mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents.id : undefined),
  );
  installMenu(() => mainWindow);
  mainWindow = openWindow();
}

function openWindow(): BrowserWindow {
  const window = createMainWindow();
  confirmLeavingWithUnsavedChanges(window, () => unsavedForms);
  offerReloadAfterCrash(window);
  installContextMenu(window.webContents);
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
    for (const listener of windowClosedListeners) listener();
  });
  return window;
}

/** A second launch brings the running window forward instead of opening another copy of the data. */
function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

async function chooseSavePath(
  suggestedSafeName: string,
  kind: keyof typeof FILE_KINDS,
): Promise<string | null> {
  const { extension, label } = FILE_KINDS[kind];
  const options = {
    title: 'Save as',
    defaultPath: path.join(app.getPath('documents'), suggestedSafeName),
    filters: [{ name: label, extensions: [extension] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<
      'createDirectory' | 'showOverwriteConfirmation'
    >,
  };
  const result = await (mainWindow
    ? dialog.showSaveDialog(mainWindow, options)
    : dialog.showSaveDialog(options));
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** The Linux save dialog does not add the extension; when adding it names an existing file, ask first. */
async function confirmReplace(filePath: string): Promise<boolean> {
  const options = {
    type: 'question' as const,
    title: 'Replace the file?',
    message: `"${path.basename(filePath)}" already exists. Replace it?`,
    detail: `It is in ${path.dirname(filePath)}. Replacing it overwrites what it holds.`,
    buttons: ['Cancel', 'Replace'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
  const { response } = await (mainWindow
    ? dialog.showMessageBox(mainWindow, options)
    : dialog.showMessageBox(options));
  return response === 1;
}

async function chooseBackupFile(): Promise<string | null> {
  const options = {
    title: 'Restore from a backup file',
    defaultPath: app.getPath('documents'),
    filters: [{ name: FILE_KINDS.json.label, extensions: [FILE_KINDS.json.extension] }],
    properties: ['openFile'] as Array<'openFile'>,
  };
  const result = await (mainWindow
    ? dialog.showOpenDialog(mainWindow, options)
    : dialog.showOpenDialog(options));
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** The window guards hand on mailto: links clicked in the page; they have no caller to report failure to. */
function openMailLink(url: string): void {
  openAllowedExternal(url).catch((error: unknown) =>
    console.error('DSH Desk: could not open a mail link', error),
  );
}

function fail(error: unknown): void {
  console.error('DSH Desk could not start', error);
  dialog.showErrorBox('DSH Desk could not start', error instanceof Error ? error.message : String(error));
  app.exit(1);
}
