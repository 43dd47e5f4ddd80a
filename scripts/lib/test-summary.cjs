// The "Tests:" line of `npm test` (scripts/test-all.mjs), counted from jest's and Playwright's JSON reports.
// A test file that cannot load (a syntax error, a missing import) runs no test, so counting only failed tests
// would report it as nothing at all: it is counted as failed, and the line says so.

/** The files of a jest report that failed without running any test: they could not load. */
function unloadedJestFiles(jest) {
  const files = (jest?.testResults ?? []).filter(
    (file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0,
  );
  return Math.max(files.length, jest?.numRuntimeErrorTestSuites ?? 0);
}

/**
 * Passed, failed and skipped tests of both reports (either may be undefined when it was not written). Files
 * jest could not load and errors Playwright reported outside any test (e.g. a spec that could not load) count
 * as failed, and are also given on their own.
 */
function testCounts(jest, playwright) {
  const unloadedFiles = unloadedJestFiles(jest);
  const outsideTests = playwright?.errors?.length ?? 0;
  return {
    passed: (jest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0),
    failed: (jest?.numFailedTests ?? 0) + unloadedFiles + (playwright?.stats?.unexpected ?? 0) + outsideTests,
    flaky: playwright?.stats?.flaky ?? 0,
    unloadedFiles,
    outsideTests,
    skipped: (jest?.numPendingTests ?? 0) + (jest?.numTodoTests ?? 0) + (playwright?.stats?.skipped ?? 0),
    missing: [jest ? null : 'jest', playwright ? null : 'Playwright'].filter(Boolean),
  };
}

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

/** "Tests: 1204 passed, 1 failed (1 test file could not load), 8 skipped". */
function summaryLine(counts) {
  const why = [
    counts.unloadedFiles > 0
      ? `${plural(counts.unloadedFiles, 'test file', 'test files')} could not load`
      : null,
    counts.outsideTests > 0 ? `${plural(counts.outsideTests, 'error', 'errors')} outside any test` : null,
  ].filter(Boolean);
  const failed = `${counts.failed} failed${why.length > 0 ? ` (${why.join('; ')})` : ''}`;
  const missing =
    counts.missing.length > 0
      ? ` — no report from ${counts.missing.join(' or ')}, so its tests are not counted`
      : '';
  const flaky = counts.flaky > 0 ? `, ${counts.flaky} flaky (failed, then passed on a retry)` : '';
  return `Tests: ${counts.passed} passed, ${failed}${flaky}, ${counts.skipped} skipped${missing}`;
}

const firstLine = (text) =>
  String(text ?? '')
    // Playwright's messages carry terminal colours (ESC [ … m).
    .replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '')
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line.length > 0 && !line.startsWith('●')) ?? '';

const clip = (text, length) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/** Every Playwright test of a report with its file and titles, walking nested describe blocks. */
function playwrightTests(suite, titles = []) {
  const path = suite.title && !suite.title.endsWith('.ts') ? [...titles, suite.title] : titles;
  const own = (suite.specs ?? []).flatMap((spec) =>
    (spec.tests ?? []).map((test) => ({
      file: spec.file ?? suite.file,
      title: [...path, spec.title].join(' › '),
      test,
    })),
  );
  return [...own, ...(suite.suites ?? []).flatMap((child) => playwrightTests(child, path))];
}

/**
 * One line per test that did not pass cleanly — "failed: <file> › <title> — <first line of its error>",
 * "flaky: …" for a Playwright test that passed only on a retry, "could not load: <file>" — so the end of a
 * CI log names what to look at, not only how many.
 */
function problemLines(jest, playwright, cwd = process.cwd()) {
  const relative = (file) => (file && file.startsWith(`${cwd}/`) ? file.slice(cwd.length + 1) : file);
  const lines = [];
  for (const file of jest?.testResults ?? []) {
    const assertions = file.assertionResults ?? [];
    if (file.status === 'failed' && assertions.length === 0) {
      lines.push(`could not load: ${relative(file.name)} — ${firstLine(file.message)}`);
    }
    for (const assertion of assertions.filter((a) => a.status === 'failed')) {
      lines.push(
        `failed: ${relative(file.name)} › ${assertion.fullName ?? assertion.title} — ${firstLine(assertion.failureMessages?.[0])}`,
      );
    }
  }
  for (const { file, title, test } of (playwright?.suites ?? []).flatMap((suite) => playwrightTests(suite))) {
    if (test.status !== 'unexpected' && test.status !== 'flaky') continue;
    const failedRun = (test.results ?? []).find(
      (result) => result.status !== 'passed' && result.status !== 'skipped',
    );
    const error = failedRun?.errors?.[0]?.message ?? failedRun?.error?.message;
    lines.push(`${test.status === 'flaky' ? 'flaky' : 'failed'}: ${file} › ${title} — ${firstLine(error)}`);
  }
  for (const error of playwright?.errors ?? [])
    lines.push(`error outside any test: ${firstLine(error?.message)}`);
  return lines.map((line) => clip(line, 300));
}

const percent = (part) => (typeof part?.pct === 'number' ? `${part.pct.toFixed(1)}%` : 'n/a');

/**
 * "Jest coverage of renderer/: 41.2% of lines (1203 of 2920), 35.0% of branches, 38.9% of functions", from
 * jest's json-summary report (undefined when jest wrote none: the line says so rather than nothing).
 */
function coverageLine(coverage) {
  const total = coverage?.total;
  if (!total?.lines) return 'Jest coverage of renderer/: no coverage report was written';
  return (
    `Jest coverage of renderer/: ${percent(total.lines)} of lines (${total.lines.covered} of ${total.lines.total}), ` +
    `${percent(total.branches)} of branches, ${percent(total.functions)} of functions`
  );
}

module.exports = { testCounts, summaryLine, unloadedJestFiles, coverageLine, problemLines };
