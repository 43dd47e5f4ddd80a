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

// Jest also counts how much of renderer/ the tests run (jest.config.cjs: istanbul's counters compiled in by
// swc, which left jest's time within its noise on a two-core machine), and the summary says it.
// DSH_COVERAGE=0 leaves it out.
const coverage = process.env.DSH_COVERAGE !== '0';

const hasCommand = (name) => spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
// The Electron suite needs a display where an Electron binary exists; headless Chromium does not mind.
const display =
  platform() === 'linux' && !process.env.DISPLAY && hasCommand('xvfb-run') ? ['xvfb-run', '-a'] : [];

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });
const steps = [
  // The first three are single-threaded for most of their run and independent: they run side by side (each
  // one's output is printed whole when it ends), which saves about a minute on a two-core machine.
  { name: 'lint (eslint + prettier)', cmd: ['npm', 'run', '--silent', 'lint'], together: true },
  { name: 'type-check (node, web, tests)', cmd: ['npm', 'run', '--silent', 'typecheck'], together: true },
  {
    name: 'build (renderer, main, preload)',
    cmd: ['npm', 'run', '--silent', 'build'],
    gate: true,
    together: true,
  },
  {
    name: 'unit tests (jest)',
    // Every core: nothing else runs beside jest in this step (jest's default leaves one idle).
    cmd: [
      'npx',
      'jest',
      '--ci',
      '--maxWorkers=100%',
      '--json',
      '--outputFile=test-results/jest.json',
      ...(coverage ? ['--coverage'] : []),
    ],
  },
  {
    name: 'browser and Electron tests (playwright)',
    // One retry: a browser test that fails once on a loaded machine and then passes is reported by name as
    // flaky in the summary (to be fixed), rather than failing the whole run; a real failure fails twice.
    cmd: [...display, 'npx', 'playwright', 'test', '--retries=1'],
    needsBuild: true,
  },
  { name: 'security scan (electronegativity)', cmd: ['npm', 'run', '--silent', 'test:security'] },
  { name: 'packaging config (electron-builder)', cmd: ['npm', 'run', '--silent', 'test:packaging'] },
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

const results = await Promise.all(steps.filter((step) => step.together).map(runHeldBack));
let built = results.every((r) => !r.gate || r.status === 'passed');
for (const step of steps.filter((s) => !s.together)) {
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
const problems = summary.problemLines(jest, pw);
for (const line of problems.slice(0, 20)) console.log(`  ${line}`);
if (problems.length > 20) console.log(`  …and ${problems.length - 20} more above`);
console.log(summary.summaryLine(summary.testCounts(jest, pw)));
if (coverage) console.log(summary.coverageLine(readJson('test-results/coverage/coverage-summary.json')));
process.exit(failedSteps === 0 ? 0 : 1);
