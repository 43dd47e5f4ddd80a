/** The parts of jest's `--json` report the summary reads. */
export interface JestReport {
  numPassedTests?: number;
  numFailedTests?: number;
  numPendingTests?: number;
  numTodoTests?: number;
  numRuntimeErrorTestSuites?: number;
  testResults?: { status?: string; assertionResults?: unknown[]; message?: string }[];
}
/** The parts of Playwright's JSON report the summary reads. */
export interface PlaywrightReport {
  stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
  errors?: unknown[];
}
/** The counts of the summary line. */
export interface TestCounts {
  passed: number;
  failed: number;
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
