/** Shared Playwright fixtures: open the app and wait for its ready marker (never a timer). */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** The staff member the tests sign in as. */
export const TEST_OFFICER = { name: 'Tess Officer', email: 'tess.officer@dsh.example.ac.uk' };

/**
 * Opening the app costs 3–4 s on an idle two-core machine (loading the bundle, opening the database): on a
 * loaded CI machine it can pass expect's default, so the wait for the first screen has its own margin.
 */
const APP_READY_TIMEOUT = 20_000;

/** Waits until the app has rendered its first screen (its ready marker on <html>). */
export async function waitForAppReady(page: Page): Promise<void> {
  await expect(page.locator('html[data-app-state="ready"]')).toHaveCount(1, { timeout: APP_READY_TIMEOUT });
}

/**
 * Opens DSH Desk at a hash route and waits until the first screen has rendered: the shell, and (signed in)
 * the page's heading, since each page's code is loaded after the shell (renderer/app/lazy-page.tsx).
 */
export async function openApp(page: Page, route = '/dashboard', { signIn = true } = {}): Promise<void> {
  await page.goto(`/#${route}`);
  await waitForAppReady(page);
  if (!signIn) return;
  await signInIfAsked(page);
  await expectPageShown(page);
}

/**
 * Waits for the current page's heading: its code has arrived and it has rendered. Generous, because on a
 * loaded machine fetching and running a page's chunk can take seconds; it returns as soon as the heading shows.
 */
export async function expectPageShown(page: Page): Promise<void> {
  await expect(page.locator('main h1').first()).toBeVisible({ timeout: 15_000 });
}

/** On a fresh profile the app first asks who is using it: add the test officer. */
export async function signInIfAsked(page: Page): Promise<void> {
  const chooser = page.getByRole('heading', { level: 1, name: 'Who is using DSH Desk?' });
  const shell = page.getByRole('navigation', { name: 'Sections' });
  await expect(chooser.or(shell)).toBeVisible({ timeout: APP_READY_TIMEOUT });
  if (await shell.isVisible()) return;
  await page.getByLabel('Your name').fill(TEST_OFFICER.name);
  await page.getByLabel('Work e-mail address').fill(TEST_OFFICER.email);
  await page.getByRole('button', { name: 'Add me and continue' }).click();
  await expect(shell).toBeVisible();
}

/**
 * Runs axe over the page and fails with the list of violations, if any. In legacy mode axe runs in the page
 * itself, instead of opening a blank page to gather each frame's results: the same rules on the same nodes
 * (compared on the demo data's Audit and Projects pages: the same violations, passes and node counts) in about
 * a third less time, and the suite runs axe ~80 times. It skips only cross-origin frames, which the app's CSP
 * (default-src 'self') never lets in.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  // Each violation with where it is, so a failure can be found without re-running.
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((node) => node.target.join(' ')).join('; ')})`,
  );
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
