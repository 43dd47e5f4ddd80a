/**
 * The real app in the real Electron: the window's settings, its origin, the bridge, and the guards against
 * Node access, new windows and navigation. Runs only where the Electron binary exists; elsewhere it prints one
 * line and skips, because every check here also runs as a unit test against the same modules.
 * Page-side checks are string expressions: this project has no DOM types, and the page must not need them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { operations } from '../../../shared/contract/bridge';
import { CONTENT_SECURITY_POLICY } from '../../../shared/contract/csp';
import { findElectronBinary } from '../../../scripts/lib/electron-binary.cjs';

const projectDir = path.resolve(__dirname, '..', '..', '..');
const SKIPPED =
  'Electron suite skipped: no Electron binary on this machine (it cannot be downloaded here); the same checks run as unit tests against the real modules.';

test.describe.configure({ mode: 'serial' });

test.describe('the real Electron window', () => {
  let app: ElectronApplication | undefined;
  let page: Page;
  let userData: string | undefined;

  test.beforeAll(async () => {
    // Looked up without require('electron'), which would start a download that cannot succeed here.
    const executablePath = findElectronBinary(projectDir);
    if (executablePath === null) {
      console.log(SKIPPED);
      test.skip(true, 'No Electron binary on this machine.');
      return;
    }
    userData = await mkdtemp(path.join(os.tmpdir(), 'dsh-electron-profile-'));
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
    delete env.ELECTRON_RUN_AS_NODE;
    app = await electron.launch({
      executablePath,
      args: ['out/main/main.cjs'],
      cwd: projectDir,
      env: { ...env, DSH_DESK_TEST: '1', DSH_DESK_USER_DATA: userData },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (userData) await rm(userData, { recursive: true, force: true });
  });

  test('runs with the locked-down web preferences', async () => {
    // getLastWebPreferences is what the renderer really got; it is missing from Electron's type definitions.
    // Electron 45 records only these keys (WebContentsPreferences::SaveLastPreferences): nodeIntegration,
    // nodeIntegrationInSubFrames, sandbox, contextIsolation, javascript, webviewTag, disablePopups,
    // webSecurity, allowRunningInsecureContent, experimentalFeatures, enableBlinkFeatures. Not
    // nodeIntegrationInWorker, navigateOnDragDrop or preload: the window unit test pins those options, and the
    // preload is proven below by window.dsh existing.
    type WithPreferences = { getLastWebPreferences(): Record<string, unknown> | null };
    const prefs = await app!.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as
        WithPreferences | undefined;
      return contents?.getLastWebPreferences() ?? null;
    });
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      javascript: true,
    });
    expect(prefs?.enableBlinkFeatures ?? '').toBe('');
    expect(await page.evaluate("typeof window.dsh === 'object' && window.dsh !== null")).toBe(true);
  });

  test('keeps its data in the test profile, not a real user folder', async () => {
    const folder = await app!.evaluate(({ app: electronApp }) => electronApp.getPath('userData'));
    expect(folder).toBe(userData);
  });

  test('is served from app://dsh-desk with the strict CSP header', async () => {
    expect(await page.evaluate('location.origin')).toBe('app://dsh-desk');
    expect(page.url()).toBe('app://dsh-desk/index.html');
    const csp = await page.evaluate(
      "fetch('app://dsh-desk/index.html').then((response) => response.headers.get('content-security-policy'))",
    );
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
  });

  test("exposes window.dsh with exactly the contract's methods, and no Node", async () => {
    expect(await page.evaluate('Object.keys(window.dsh).sort()')).toEqual(Object.keys(operations).sort());
    expect(await page.evaluate('typeof require')).toBe('undefined');
    expect(await page.evaluate('typeof process')).toBe('undefined');
    expect(await page.evaluate('typeof window.ipcRenderer + typeof window.electron')).toBe(
      'undefinedundefined',
    );
  });

  test('answers the bridge from the main process', async () => {
    const info = (await page.evaluate('window.dsh.getAppInfo()')) as { name: string; dataFolder: string };
    expect(info).toMatchObject({ name: 'DSH Desk', dataFolder: userData });
    expect(
      await page.evaluate("window.dsh.openExternal({ url: 'https://example.org' }).catch((e) => e.message)"),
    ).toBe('openExternal: Only e-mail links (mailto:) can be opened outside DSH Desk.');
  });

  test('opens no new window', async () => {
    expect(await page.evaluate("window.open('https://example.org') === null")).toBe(true);
    expect(await page.evaluate("window.open('app://dsh-desk/index.html') === null")).toBe(true);
    expect(await app!.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    expect(app!.windows()).toHaveLength(1);
  });

  test('does not navigate to the web', async () => {
    // Listen in main first, then navigate from the page, then ask main what its guard decided.
    await app!.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]!.webContents;
      (globalThis as Record<string, unknown>).navigationDecision = new Promise<boolean>((resolve) => {
        contents.once('will-navigate', (event) =>
          resolve((event as unknown as { defaultPrevented: boolean }).defaultPrevented),
        );
      });
    });
    await page.evaluate("location.href = 'https://example.org/'");
    const prevented = await app!.evaluate(
      () => (globalThis as Record<string, unknown>).navigationDecision as Promise<boolean>,
    );
    expect(prevented).toBe(true);
    expect(page.url()).toBe('app://dsh-desk/index.html');
  });

  test('grants no permission but persistent storage, so About tells the truth', async () => {
    expect(await page.evaluate('Notification.requestPermission()')).toBe('denied');
    expect(await page.evaluate('navigator.storage.persist()')).toBe(true);
    expect(await page.evaluate('navigator.storage.persisted()')).toBe(true);
  });

  test('never downloads spelling dictionaries: the spell-checker is off on Linux, the system one elsewhere', async () => {
    const enabled = await app!.evaluate(({ session }) => session.defaultSession.isSpellCheckerEnabled());
    expect(enabled).toBe(process.platform !== 'linux');
  });

  test('answers a page that refuses to unload, the right-click and a crash from main', async () => {
    const counts = await app!.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]!.webContents;
      return ['will-prevent-unload', 'context-menu', 'render-process-gone'].map((name) =>
        contents.listenerCount(name),
      );
    });
    expect(counts).toEqual([1, 1, 1]);
  });
});
