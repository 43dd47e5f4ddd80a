// Jest: two projects. `node` runs shared/, electron/ and the Dexie data layer (fake-indexeddb);
// `dom` runs React components under jsdom. TypeScript is transformed by @swc/jest; types are
// checked separately by `npm run typecheck`.
const transform = {
  '^.+\\.(t|j)sx?$|^.+\\.mjs$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', tsx: true },
        transform: { react: { runtime: 'automatic' } },
        target: 'es2022',
        // The compiled coverage plugin is cached with the other build caches, not in the project's root.
        experimental: { cacheRoot: 'node_modules/.cache/swc' },
      },
      // With --coverage, the files of collectCoverageFrom are instrumented while swc compiles them
      // (swc-plugin-coverage-instrument, istanbul's counters): nothing else is slowed, unlike V8's coverage.
      experimental: { customCoverageInstrumentation: { enabled: true } },
    },
  ],
};
// ESM-only packages (e.g. @noble/hashes 2, PDF.js) are compiled to CommonJS like our own code.
const transformIgnorePatterns = ['/node_modules/(?!(@noble/hashes|nanoid|pdfjs-dist)/)'];
// The electron package downloads its binary when required: every test gets the one central mock instead.
const moduleNameMapper = { '^electron$': '<rootDir>/tests/helpers/electron-mock.ts' };

// A generous per-test limit: a loaded 2-core machine can be slow to open the first database of a file.
const testTimeout = 30_000;

module.exports = {
  testTimeout,
  // With --coverage (npm test passes it): how much of renderer/ the tests run, counted by istanbul's counters
  // that swc compiles in (above), written as a summary that the last lines of npm test read. V8's own coverage
  // (coverageProvider 'v8') measured every script run, node_modules included: on two cores jest had run 158 of
  // its 254 files after 679 s, against 289 s for all of them without coverage (278 s with these counters).
  collectCoverageFrom: ['<rootDir>/renderer/**/*.{ts,tsx}'],
  coverageReporters: ['json-summary', 'text-summary'],
  coverageDirectory: '<rootDir>/test-results/coverage',
  projects: [
    {
      displayName: 'node',
      testTimeout,
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
      transform,
      transformIgnorePatterns,
      moduleNameMapper,
      setupFiles: ['fake-indexeddb/auto'],
    },
    {
      displayName: 'dom',
      testTimeout,
      testEnvironment: '<rootDir>/tests/helpers/jsdom-environment.cjs',
      testMatch: ['<rootDir>/tests/unit/**/*.test.tsx'],
      transform,
      transformIgnorePatterns,
      moduleNameMapper: {
        ...moduleNameMapper,
        '\\.css$': '<rootDir>/tests/helpers/style-stub.cjs',
        '\\?url$': '<rootDir>/tests/helpers/asset-url-stub.cjs',
      },
      setupFiles: ['fake-indexeddb/auto'],
      setupFilesAfterEnv: ['<rootDir>/tests/helpers/jest-dom-setup.ts'],
    },
  ],
};
