import path from 'node:path';
import { createMainWindow, START_URL } from '../../../electron/window';
import { app, BrowserWindow, resetElectronMock } from '../../helpers/electron-mock';

beforeEach(() => resetElectronMock());

/** Creates the window through the real module and returns the options Electron received. */
function constructedOptions(): { show?: boolean; webPreferences: Record<string, unknown> } {
  createMainWindow();
  return BrowserWindow.instances[0]?.options as { show?: boolean; webPreferences: Record<string, unknown> };
}

describe('the DSH Desk window', () => {
  it('is created with every renderer security setting pinned', () => {
    const prefs = constructedOptions().webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('loads its preload from an absolute path to the bundled preload.cjs', () => {
    const preload = String(constructedOptions().webPreferences.preload);
    expect(path.isAbsolute(preload)).toBe(true);
    expect(preload.endsWith(path.join('preload', 'preload.cjs'))).toBe(true);
  });

  it('has developer tools only in a development build', () => {
    expect(constructedOptions().webPreferences.devTools).toBe(true);
    resetElectronMock();
    app.isPackaged = true;
    expect(constructedOptions().webPreferences.devTools).toBe(false);
  });

  it('loads the UI from the fixed app:// origin, never file://', () => {
    createMainWindow();
    expect(BrowserWindow.instances[0]?.loadedUrl).toBe('app://dsh-desk/index.html');
    expect(START_URL).toBe('app://dsh-desk/index.html');
  });

  it('stays hidden until its first paint is ready, then shows', () => {
    expect(constructedOptions().show).toBe(false);
    const window = BrowserWindow.instances[0];
    expect(window?.visible).toBe(false);
    window?.emit('ready-to-show');
    expect(window?.visible).toBe(true);
  });
});
