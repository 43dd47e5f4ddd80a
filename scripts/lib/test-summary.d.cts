/** The parts of jest's `--json` report the summary reads. */
export interface JestReport {
  numPassedTests?: number;
  numFailedTests?: number;
  numPendingTests?: number;
  numTodoTests?: number;
  numRuntimeErrorTestSuites?: number;
  testResults?: {
    name?: string;
    status?: string;
    assertionResults?: { status?: string; fullName?: string; title?: string; failureMessages?: string[] }[];
    message?: string;
  }[];
}
/** A describe block or file of Playwright's JSON report. */
export interface PlaywrightSuite {
  title?: string;
  file?: string;
  specs?: {
    title: string;
    file?: string;
    tests?: {
      status?: string;
      results?: { status?: string; errors?: { message?: string }[]; error?: { message?: string } }[];
    }[];
  }[];
  suites?: PlaywrightSuite[];
}
/** The parts of Playwright's JSON report the summary reads. */
export interface PlaywrightReport {
  stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
  errors?: { message?: string }[];
  suites?: PlaywrightSuite[];
}
/** The counts of the summary line. */
export interface TestCounts {
  passed: number;
  failed: number;
  /** Playwright tests that failed, then passed on a retry: not failed, but named. */
  flaky: number;
  unloadedFiles: number;
  outsideTests: number;
  skipped: number;
  missing: string[];
}
/** The files of a jest report that failed without running any test: they could not load. */
export declare function unloadedJestFiles(jest: JestReport | undefined): number;
/** Passed, failed (unloaded files and errors outside tests included) and skipped tests of both reports. */
export declare function testCounts(
  jest: JestReport | undefined,
  playwright: PlaywrightReport | undefined,
): TestCounts;
/** "Tests: 1204 passed, 1 failed (1 test file could not load), 8 skipped". */
export declare function summaryLine(counts: TestCounts): string;
/** The parts of jest's json-summary coverage report the summary reads. */
export interface CoverageSummary {
  total?: Partial<
    Record<'lines' | 'branches' | 'functions', { total: number; covered: number; pct: number | string }>
  >;
}
/** "Jest coverage of renderer/: 41.2% of lines (1203 of 2920), 35.0% of branches, 38.9% of functions". */
export declare function coverageLine(coverage: CoverageSummary | undefined): string;
/** One line per failed, flaky or unloaded test: "failed: <file> › <title> — <first line of the error>". */
export declare function problemLines(
  jest: JestReport | undefined,
  playwright: PlaywrightReport | undefined,
  cwd?: string,
): string[];
