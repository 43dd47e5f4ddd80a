import {
  coverageLine,
  problemLines,
  summaryLine,
  testCounts,
  type JestReport,
  type PlaywrightReport,
} from '../../../scripts/lib/test-summary.cjs';

// Shaped like jest's `--json` report of a run with one file that loaded (a pass, a failure, a skip) and two
// files that could not load (a missing import, a syntax error): "Test suite failed to run", no assertions.
const jestWithBrokenFiles: JestReport = {
  numPassedTests: 1,
  numFailedTests: 1,
  numPendingTests: 1,
  numTodoTests: 0,
  numRuntimeErrorTestSuites: 2,
  testResults: [
    { status: 'failed', assertionResults: [{}, {}, {}], message: '  ● bad\n\n    expect(received)…' },
    {
      status: 'failed',
      assertionResults: [],
      message: "  ● Test suite failed to run\n\n    Cannot find module './missing-module'…",
    },
    {
      status: 'failed',
      assertionResults: [],
      message: "  ● Test suite failed to run\n\n      x Expected '}'…",
    },
  ],
};

const playwrightClean: PlaywrightReport = {
  stats: { expected: 40, unexpected: 0, flaky: 0, skipped: 1 },
  errors: [],
};

describe('the Tests: line of npm test', () => {
  it('counts a test file that could not load as failed, and says so', () => {
    const counts = testCounts(jestWithBrokenFiles, playwrightClean);
    expect(counts).toMatchObject({ passed: 41, failed: 3, unloadedFiles: 2, skipped: 2 });
    expect(summaryLine(counts)).toBe('Tests: 41 passed, 3 failed (2 test files could not load), 2 skipped');
  });

  it('counts a file that could not load even when the report has no runtime-error total', () => {
    const { numRuntimeErrorTestSuites: _ignored, ...jest } = jestWithBrokenFiles;
    expect(testCounts(jest, playwrightClean).failed).toBe(3);
  });

  it('reads as before when everything loaded', () => {
    const jest: JestReport = {
      numPassedTests: 1204,
      numFailedTests: 0,
      numPendingTests: 7,
      numRuntimeErrorTestSuites: 0,
      testResults: [{ status: 'passed', assertionResults: [{}] }],
    };
    expect(summaryLine(testCounts(jest, playwrightClean))).toBe('Tests: 1244 passed, 0 failed, 8 skipped');
  });

  it('counts an error Playwright reported outside any test (a spec that could not load) as failed', () => {
    const playwright: PlaywrightReport = { ...playwrightClean, errors: [{ message: 'SyntaxError…' }] };
    const jest: JestReport = { numPassedTests: 1204, numFailedTests: 0, numPendingTests: 7, testResults: [] };
    expect(summaryLine(testCounts(jest, playwright))).toBe(
      'Tests: 1244 passed, 1 failed (1 error outside any test), 8 skipped',
    );
  });

  it('says when a report is missing, instead of counting its tests as none', () => {
    expect(summaryLine(testCounts(undefined, playwrightClean))).toBe(
      'Tests: 40 passed, 0 failed, 1 skipped — no report from jest, so its tests are not counted',
    );
  });
});

// Shaped like Playwright's JSON report: a file suite, a describe block inside it, one test that failed and one
// that failed once and passed on its retry (the error message carries terminal colours, as Playwright's do).
const playwrightWithProblems: PlaywrightReport = {
  stats: { expected: 38, unexpected: 1, flaky: 1, skipped: 0 },
  errors: [],
  suites: [
    {
      title: 'web/certificates.spec.ts',
      file: 'web/certificates.spec.ts',
      specs: [
        {
          title: 'a certificate is issued',
          file: 'web/certificates.spec.ts',
          tests: [{ status: 'expected', results: [{ status: 'passed', errors: [] }] }],
        },
      ],
      suites: [
        {
          title: 'void',
          file: 'web/certificates.spec.ts',
          specs: [
            {
              title: 'a wrong certificate is voided',
              file: 'web/certificates.spec.ts',
              tests: [
                {
                  status: 'unexpected',
                  results: [
                    {
                      status: 'timedOut',
                      errors: [
                        { message: '\u001b[31mTest timeout of 30000ms exceeded.\u001b[39m\n\nCall log…' },
                      ],
                    },
                  ],
                },
              ],
            },
            {
              title: 'the replacement names it',
              file: 'web/certificates.spec.ts',
              tests: [
                {
                  status: 'flaky',
                  results: [
                    {
                      status: 'failed',
                      errors: [{ message: 'Error: expect(locator).toBeVisible() failed\n…' }],
                    },
                    { status: 'passed', errors: [] },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
};

describe('the names of what did not pass, at the end of npm test', () => {
  it('names each failed and flaky browser test with its file, describe block and first error line', () => {
    expect(problemLines(undefined, playwrightWithProblems)).toEqual([
      'failed: web/certificates.spec.ts › void › a wrong certificate is voided — Test timeout of 30000ms exceeded.',
      'flaky: web/certificates.spec.ts › void › the replacement names it — Error: expect(locator).toBeVisible() failed',
    ]);
  });

  it('counts a flaky test apart from the failed ones, and says it passed only on a retry', () => {
    expect(summaryLine(testCounts(undefined, playwrightWithProblems))).toBe(
      'Tests: 38 passed, 1 failed, 1 flaky (failed, then passed on a retry), 0 skipped — no report from jest, so its tests are not counted',
    );
  });

  it('names failed jest tests and files that could not load, relative to the project', () => {
    const jest: JestReport = {
      numFailedTests: 1,
      testResults: [
        {
          name: '/repo/tests/unit/a.test.ts',
          status: 'failed',
          assertionResults: [
            { status: 'passed', fullName: 'a works' },
            {
              status: 'failed',
              fullName: 'a refuses bad input',
              failureMessages: ['Error: expect(received).toBe(expected)\n\nExpected: 1'],
            },
          ],
        },
        {
          name: '/repo/tests/unit/b.test.ts',
          status: 'failed',
          assertionResults: [],
          message: '  ● Test suite failed to run\n\n    Cannot find module',
        },
      ],
    };
    expect(problemLines(jest, undefined, '/repo')).toEqual([
      'failed: tests/unit/a.test.ts › a refuses bad input — Error: expect(received).toBe(expected)',
      'could not load: tests/unit/b.test.ts — Cannot find module',
    ]);
  });

  it('prints nothing when everything passed', () => {
    expect(problemLines({ testResults: [] }, playwrightClean)).toEqual([]);
  });
});

describe('the coverage line of npm test', () => {
  it('gives the share of renderer/ lines, branches and functions the jest tests ran', () => {
    const line = coverageLine({
      total: {
        lines: { total: 2920, covered: 1203, pct: 41.2 },
        branches: { total: 800, covered: 280, pct: 35 },
        functions: { total: 900, covered: 350, pct: 38.89 },
      },
    });
    expect(line).toBe(
      'Jest coverage of renderer/: 41.2% of lines (1203 of 2920), 35.0% of branches, 38.9% of functions',
    );
  });

  it('says when jest wrote no coverage report, rather than printing nothing', () => {
    expect(coverageLine(undefined)).toBe('Jest coverage of renderer/: no coverage report was written');
  });
});
