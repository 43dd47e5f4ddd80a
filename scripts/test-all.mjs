// `npm test`: every check, in order, with one summary at the end. Runs on a fresh clone after `npm ci`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { platform } from 'node:os';
import summary from './lib/test-summary.cjs';

const CHROMIUM = process.env.DSH_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.error(
    `No Chromium at ${CHROMIUM}: the browser tests need it.\n` +
      '  On Debian/Ubuntu: sudo apt-get install -y --no-install-recommends chromium xvfb xauth poppler-utils\n' +
      '  Elsewhere: install Chromium and set DSH_CHROMIUM to its executable.',
  );
  process.exit(1);
}

const hasCommand = (name) => spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
// The Electron suite needs a display where an Electron binary exists; headless Chromium does not mind.
const display =
  platform() === 'linux' && !process.env.DISPLAY && hasCommand('xvfb-run') ? ['xvfb-run', '-a'] : [];

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });
const steps = [
  { name: 'lint (eslint + prettier)', cmd: ['npm', 'run', '--silent', 'lint'] },
  { name: 'type-check (node, web, tests)', cmd: ['npm', 'run', '--silent', 'typecheck'] },
  { name: 'build (renderer, main, preload)', cmd: ['npm', 'run', '--silent', 'build'], gate: true },
  {
    name: 'unit tests (jest)',
    // Every core: nothing else runs beside jest in this step (jest's default leaves one idle).
    cmd: ['npx', 'jest', '--ci', '--maxWorkers=100%', '--json', '--outputFile=test-results/jest.json'],
  },
  {
    name: 'browser and Electron tests (playwright)',
    cmd: [...display, 'npx', 'playwright', 'test'],
    needsBuild: true,
  },
  { name: 'security scan (electronegativity)', cmd: ['npm', 'run', '--silent', 'test:security'] },
  { name: 'packaging config (electron-builder)', cmd: ['npm', 'run', '--silent', 'test:packaging'] },
];

const results = [];
let built = true;
for (const step of steps) {
  if (step.needsBuild && !built) {
    results.push({ ...step, status: 'not run (the build failed)', seconds: 0 });
    continue;
  }
  console.log(`\n=== ${step.name} ===`);
  const started = Date.now();
  const run = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: 'inherit', env: process.env });
  const ok = run.status === 0;
  if (step.gate && !ok) built = false;
  results.push({ ...step, status: ok ? 'passed' : 'FAILED', seconds: (Date.now() - started) / 1000 });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}
const jest = readJson('test-results/jest.json');
const pw = readJson('test-results/playwright.json');

console.log('\n=== summary ===');
for (const r of results) console.log(`${r.status.padEnd(26)} ${r.name} (${r.seconds.toFixed(1)} s)`);
const failedSteps = results.filter((r) => r.status !== 'passed').length;
console.log(`${failedSteps === 0 ? 'All checks passed.' : `${failedSteps} check(s) did not pass.`}`);
console.log(summary.summaryLine(summary.testCounts(jest, pw)));
process.exit(failedSteps === 0 ? 0 : 1);
