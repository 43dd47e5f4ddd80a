/**
 * The benchmark harness at tiny scale (`npm run bench` runs it at full scale): it must build, load the data
 * set through the app's data layer, and measure every figure once (a number, never "not measured"). It asserts
 * no times: speed is judged by the benchmark, never by a test.
 */
import { test, expect } from '@playwright/test';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';

const OUT = 'test-results/bench-tiny';

interface Figure {
  id: string;
  value?: { n: number; median: number };
  notMeasured?: string;
}

test('the benchmark harness runs at tiny scale and measures every figure', async () => {
  test.setTimeout(600_000); // under a minute on an idle machine; a busy one is far slower
  // The app is already built by the test command; any free port, so a running benchmark never collides.
  await promisify(execFile)(
    process.execPath,
    ['bench/run.mjs', '--scale', 'tiny', '--no-app-build', '--port', '0', '--out', OUT],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  const results = JSON.parse(await readFile(`${OUT}/results.json`, 'utf8')) as {
    figures: Figure[];
    dataSet: { counts: Record<string, number> };
  };

  expect(results.dataSet.counts.projects).toBe(30);
  expect(results.dataSet.counts.auditEvents).toBeGreaterThanOrEqual(3_000);
  const ids = results.figures.map((figure) => figure.id);
  for (const id of [
    'write-records',
    'cold-ready',
    'dashboard',
    'register',
    'audit',
    'audit-filtered',
    'certificate-pdf',
    'backup-export',
    'backup-app-export-streamed',
    'backup-app-import-streamed',
    'import-people',
    'import-training',
    'sync-first',
    'sync-shown-app',
    'sync-shown-poll',
  ])
    expect(ids).toContain(id);
  // At tiny scale every screen renders within its time and every figure has a number: a figure that says
  // "not measured" here is a harness that no longer matches the app (as when the Audit page's count line
  // stopped being the first status line on the page and its figures went unmeasured).
  const unmeasured = results.figures
    .filter((figure) => !(figure.value && figure.value.n > 0 && Number.isFinite(figure.value.median)))
    .map((figure) => `${figure.id}: ${figure.notMeasured ?? 'no value'}`);
  expect(unmeasured).toEqual([]);
});
