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
    failed:
      (jest?.numFailedTests ?? 0) +
      unloadedFiles +
      (playwright?.stats?.unexpected ?? 0) +
      (playwright?.stats?.flaky ?? 0) +
      outsideTests,
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
  return `Tests: ${counts.passed} passed, ${failed}, ${counts.skipped} skipped${missing}`;
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

module.exports = { testCounts, summaryLine, unloadedJestFiles, coverageLine };
