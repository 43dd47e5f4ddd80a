/** Shared Playwright fixtures: open the app and wait for its ready marker (never a timer). */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Opens DSH Desk at a hash route and waits until the first screen has rendered. */
export async function openApp(page: Page, route = '/dashboard'): Promise<void> {
  await page.goto(`/#${route}`);
  await expect(page.locator('html[data-app-state="ready"]')).toHaveCount(1);
}

/** Runs axe over the page and fails with the list of violations, if any. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} node(s))`);
  expect(summary).toEqual([]);
}

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
  },
});
export { expect };
