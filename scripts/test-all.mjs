// `npm test`: every check, in order, with one summary at the end. Runs on a fresh clone after `npm ci`.
import { spawn, spawnSync } from 'node:child_process';
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

// DSH_COVERAGE=1: jest also measures how much of renderer/ the tests run (jest.config.cjs), and the summary
// says it. Off by default: on a two-core machine it made jest markedly slower (measured well over 15%).
const coverage = process.env.DSH_COVERAGE === '1';

const hasCommand = (name) => spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
// The Electron suite needs a display where an Electron binary exists; headless Chromium does not mind.
const display =
  platform() === 'linux' && !process.env.DISPLAY && hasCommand('xvfb-run') ? ['xvfb-run', '-a'] : [];

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });
// Steps in the same group run side by side, each one's output held back and printed whole when it ends; the
// groups run one after another.
const steps = [
  // Lint, type-check and build are single-threaded for most of their run and independent: side by side they
  // save about a minute on a two-core machine.
  { name: 'lint (eslint + prettier)', cmd: ['npm', 'run', '--silent', 'lint'], group: 'checks' },
  { name: 'type-check (node, web, tests)', cmd: ['npm', 'run', '--silent', 'typecheck'], group: 'checks' },
  {
    name: 'build (renderer, main, preload)',
    cmd: ['npm', 'run', '--silent', 'build'],
    gate: true,
    group: 'checks',
  },
  {
    name: 'unit tests (jest)',
    // Beside Playwright, whose browser tests spend much of their time waiting (IndexedDB, timers, the page's
    // server): jest fills the core time they leave idle. One jest worker, so the browsers always keep a core.
    cmd: [
      'npx',
      'jest',
      '--ci',
      '--maxWorkers=1',
      '--json',
      '--outputFile=test-results/jest.json',
      ...(coverage ? ['--coverage'] : []),
    ],
    group: 'tests',
  },
  {
    name: 'browser and Electron tests (playwright)',
    // One retry: a browser test that fails once on a loaded machine and then passes is reported by name as
    // flaky in the summary (to be fixed), rather than failing the whole run; a real failure fails twice.
    cmd: [...display, 'npx', 'playwright', 'test', '--retries=1'],
    needsBuild: true,
    group: 'tests',
  },
  {
    name: 'security scan (electronegativity)',
    cmd: ['npm', 'run', '--silent', 'test:security'],
    group: 'last',
  },
  {
    name: 'packaging config (electron-builder)',
    cmd: ['npm', 'run', '--silent', 'test:packaging'],
    group: 'last',
  },
];

/** Runs a step with its output held back, then prints it whole under the step's heading. */
function runHeldBack(step) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(step.cmd[0], step.cmd.slice(1), { env: process.env });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    const finish = (ok) => {
      console.log(`\n=== ${step.name} ===`);
      process.stdout.write(Buffer.concat(output));
      resolve({ ...step, status: ok ? 'passed' : 'FAILED', seconds: (Date.now() - started) / 1000 });
    };
    child.on('error', (error) => {
      output.push(Buffer.from(`${error.message}\n`));
      finish(false);
    });
    child.on('close', (code) => finish(code === 0));
  });
}

const results = [];
let built = true;
for (const group of [...new Set(steps.map((step) => step.group))]) {
  const inGroup = steps.filter((step) => step.group === group);
  const notRun = inGroup.filter((step) => step.needsBuild && !built);
  const ran = await Promise.all(inGroup.filter((step) => !notRun.includes(step)).map(runHeldBack));
  if (ran.some((r) => r.gate && r.status !== 'passed')) built = false;
  results.push(
    ...ran,
    ...notRun.map((step) => ({ ...step, status: 'not run (the build failed)', seconds: 0 })),
  );
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
const problems = summary.problemLines(jest, pw);
for (const line of problems.slice(0, 20)) console.log(`  ${line}`);
if (problems.length > 20) console.log(`  …and ${problems.length - 20} more above`);
console.log(summary.summaryLine(summary.testCounts(jest, pw)));
if (coverage) console.log(summary.coverageLine(readJson('test-results/coverage/coverage-summary.json')));
process.exit(failedSteps === 0 ? 0 : 1);
