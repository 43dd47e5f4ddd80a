// Playwright: `web` drives the built renderer in Debian's Chromium (with a test bridge to the real
// main-process handlers); `electron` launches the real app where an Electron binary exists.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, E2E_ORIGIN, E2E_PORT } from './tests/helpers/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  // Ten seconds for what the user should see: CI runs this on a loaded two-core machine, where a step that takes
  // 2 s idle can pass 5. A wait only lasts that long when something is wrong; it does not slow a passing run.
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  // Its own folder: Playwright empties it at start, and test-results/ also holds jest's report.
  outputDir: 'test-results/playwright',
  use: { baseURL: E2E_ORIGIN, trace: 'off', screenshot: 'off' },
  projects: [
    {
      name: 'web',
      testDir: 'tests/e2e/web',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        locale: 'en-GB',
        timezoneId: 'Europe/London',
        launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
      },
    },
    { name: 'electron', testDir: 'tests/e2e/electron' },
  ],
  webServer: {
    command: `npx vite preview --config vite.config.mts --port ${E2E_PORT} --strictPort`,
    url: E2E_ORIGIN,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
