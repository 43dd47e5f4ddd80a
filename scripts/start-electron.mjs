// Starts DSH Desk in Electron from the built out/ folder. The binary may be missing (it is downloaded on first
// use, and some machines have no internet): then one bounded download attempt is made, and if that fails the
// script says so plainly and points to the browser version instead of hanging or printing a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import electronBinary from './lib/electron-binary.cjs';
import linuxSandbox from './lib/linux-sandbox.cjs';

const { NO_ELECTRON_BINARY, findElectronBinary } = electronBinary;
const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/**
 * Enough for the ~100 MB download on a decent line, short enough that an offline machine gives up within a
 * minute; on a slow line run `npx install-electron` once by hand.
 */
const DOWNLOAD_TIMEOUT_MS = 60_000;

let binary = findElectronBinary(projectDir);
if (binary === null && !process.argv.includes('--no-download')) {
  console.info('Electron is not installed yet; trying to download it once…');
  const attempt = spawnSync(process.execPath, [path.join(projectDir, 'node_modules/electron/install.js')], {
    cwd: projectDir,
    stdio: 'ignore',
    timeout: DOWNLOAD_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
  if (attempt.error || attempt.status !== 0) console.info('The download did not succeed.');
  binary = findElectronBinary(projectDir);
}
if (binary === null) {
  console.error(NO_ELECTRON_BINARY);
  process.exit(1);
}

// Linux with restricted user namespaces and a helper npm installed without setuid: explain instead of abort.
const sandboxProblem = linuxSandbox.sandboxProblem(process.platform, linuxSandbox.readFacts(binary));
if (sandboxProblem !== null) {
  console.error(sandboxProblem);
  process.exit(1);
}

// ELECTRON_RUN_AS_NODE would start a bare Node instead of the app; never inherit it.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(binary, [projectDir, ...process.argv.slice(2).filter((arg) => arg !== '--no-download')], {
  cwd: projectDir,
  stdio: 'inherit',
  env,
});
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
child.on('error', (error) => {
  console.error(`Could not start Electron: ${error.message}`);
  process.exit(1);
});
