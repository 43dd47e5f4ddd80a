/**
 * One page for a group of tests that only read what it holds (the demo data, the empty app): opened and
 * prepared once for the group, not once per test (opening costs ~4 s, the demo data ~5 s more). A test here may
 * navigate, resize and look; it may write only records no other test of its group reads (each writing to a
 * project of its own, say), and the group says so where it is declared. Any other test that writes gets its
 * own page.
 */
import type { Page } from '@playwright/test';
import { test } from './fixtures';

/** The group's page, and every console error it has reported since it opened. */
export interface SharedPage {
  page: Page;
  consoleErrors: string[];
}

/**
 * Call inside a `test.describe`: its tests run in order in one worker on one page made by `prepare` (given a
 * blank page). A failed test ends its worker, so the tests after it start again on a new page: one failure
 * never hides or causes another.
 */
export function sharePage(
  prepare: (page: Page) => Promise<unknown>,
  { timeout = 120_000 } = {},
): () => SharedPage {
  test.describe.configure({ mode: 'default' });
  let shared: SharedPage | undefined;
  test.beforeAll(async ({ browser }, testInfo) => {
    test.setTimeout(timeout);
    // The project's context options (a context made here does not get them by itself).
    const { baseURL, viewport, locale, timezoneId } = testInfo.project.use;
    const context = await browser.newContext({ baseURL, viewport, locale, timezoneId });
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await prepare(page);
    shared = { page, consoleErrors };
  });
  test.afterAll(async () => {
    await shared?.page.context().close();
  });
  return () => {
    if (!shared) throw new Error('The shared page is made in beforeAll: use it inside a test.');
    return shared;
  };
}
