// Finds the Electron executable the way the `electron` package does, but without its side effect:
// `require('electron')` starts a download when the binary is missing, which cannot succeed on machines with no
// internet and used to hang start-up and test runs. Shared by start-electron.mjs and the Electron e2e suite.
const fs = require('node:fs');
const path = require('node:path');

/** The one line shown wherever the Electron binary is needed but missing. */
const NO_ELECTRON_BINARY =
  'The Electron binary is not available on this machine (it could not be downloaded). ' +
  'Run `npm run start:web` to use DSH Desk in a browser instead.';

/**
 * The absolute path of the Electron executable, or null when it is not installed. Honours
 * ELECTRON_OVERRIDE_DIST_PATH like the electron package; never downloads anything.
 */
function findElectronBinary(projectDir = path.resolve(__dirname, '..', '..')) {
  const packageDir = path.join(projectDir, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? path.join(override, relative || 'electron')
    : relative
      ? path.join(packageDir, 'dist', relative)
      : null;
  return candidate !== null && fs.existsSync(candidate) ? candidate : null;
}

module.exports = { NO_ELECTRON_BINARY, findElectronBinary };
