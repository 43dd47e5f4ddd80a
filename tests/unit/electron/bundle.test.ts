/**
 * The built bundles (npm run build), run against the electron mock: proves that what ships finds its preload
 * and renderer files where the source modules say, and that the preload bundle needs nothing but `electron`.
 * When the main and preload bundles are missing they are built first (esbuild, well under a second).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type * as ElectronMock from '../../helpers/electron-mock';
import { operations } from '../../../shared/contract/bridge';

const root = path.resolve(__dirname, '../../..');
const mainBundle = path.join(root, 'out/main/main.cjs');
const preloadBundle = path.join(root, 'out/preload/preload.cjs');

beforeAll(() => {
  if (!existsSync(mainBundle) || !existsSync(preloadBundle)) {
    execFileSync(process.execPath, [path.join(root, 'scripts/build-main.mjs')], {
      cwd: root,
      stdio: 'ignore',
    });
  }
});

/** Loads a bundle in a fresh module registry with a fresh electron mock. */
function load(bundle: string): typeof ElectronMock {
  let mock!: typeof ElectronMock;
  jest.isolateModules(() => {
    mock = require('../../helpers/electron-mock') as typeof ElectronMock;
    require(bundle);
  });
  return mock;
}

describe('the built bundles', () => {
  it('main points the window at the built preload and serves app:// from out/renderer', async () => {
    const mock = load(mainBundle);
    await mock.electronMock.ready;
    // Start-up loads the installation key from disk before it opens the window.
    for (let waited = 0; waited < 5000 && mock.BrowserWindow.instances.length === 0; waited += 10) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const prefs = mock.BrowserWindow.instances[0]?.options.webPreferences as { preload: string };
    expect(prefs.preload).toBe(preloadBundle);

    const response = await mock.electronMock.protocolHandlers.get('app')?.(
      new Request('app://dsh-desk/index.html'),
    );
    const rendererBuilt = existsSync(path.join(root, 'out/renderer/index.html'));
    expect(response?.status).toBe(rendererBuilt ? 200 : 404);
  });

  it("the preload bundle exposes exactly the contract's methods", () => {
    const mock = load(preloadBundle);
    expect([...mock.electronMock.exposedInMainWorld.keys()]).toEqual(['dsh']);
    const bridge = mock.electronMock.exposedInMainWorld.get('dsh') as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual(Object.keys(operations).sort());
  });
});
