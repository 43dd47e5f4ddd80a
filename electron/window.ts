/**
 * The one DSH Desk window. Its renderer is locked down (isolated, sandboxed, no Node) and loads the UI from
 * the fixed app:// origin, never file:// or a dev server, because IndexedDB is keyed by that origin.
 */
import path from 'node:path';
import { app, BrowserWindow } from 'electron';
import { APP_ORIGIN } from '../shared/contract/channels';

/** The page the window shows; the renderer routes with the hash, so this never changes. */
export const START_URL = `${APP_ORIGIN}/index.html`;

/** The bundled preload, beside the bundled main (out/main/main.cjs → out/preload/preload.cjs). */
export function preloadPath(): string {
  return path.join(__dirname, '../preload/preload.cjs');
}

/**
 * Creates the window hidden and shows it once its first paint is ready, so there is no white flash.
 * The options are written out in the constructor call, not built by a helper, so that Electronegativity
 * (which reads only literal options) can check them; tests read them back from the constructed window.
 */
export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    title: 'DSH Desk',
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#f5f6f8',
    // Every Electron security default pinned explicitly, so an upgrade cannot flip one unnoticed.
    webPreferences: {
      preload: preloadPath(),
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
      // Middle-click (auxclick) opens links in a new window without a click event the page can stop.
      disableBlinkFeatures: 'Auxclick',
      // A shipped app has no developer tools: they would let anyone at the desk run code in the page.
      devTools: !app.isPackaged,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(START_URL).catch((error: unknown) => {
    console.error(`DSH Desk: could not load ${START_URL}`, error);
  });
  return window;
}
