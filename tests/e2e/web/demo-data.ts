/**
 * The one way the browser specs load the demo data: Settings → Demo data → confirm, as an officer would, waiting
 * for the panel's "Demo data loaded: N records." line. The clicks cost little; the app's own check, write and
 * audit of a year of records is the time, so there is no faster path through the app's write path to take.
 */
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

/** How long a demo load may take: a year of a DSH team, checked and audited, on a busy two-core machine. */
export const DEMO_LOAD_MS = 60_000;

/**
 * Loads the demo data through Settings and returns how many records it wrote. A page not yet on the app is
 * opened at Settings (signed in, after any `installTestBridge`); an open one goes there by the sidebar.
 */
export async function loadDemoData(page: Page): Promise<number> {
  // The load's own allowance comes on top of the test's: a 30 s test that loads demo data would otherwise
  // time out on a busy machine while this wait still had time left.
  const testInfo = test.info();
  if (testInfo.timeout > 0) testInfo.setTimeout(testInfo.timeout + DEMO_LOAD_MS);
  if (page.url() === 'about:blank') await openApp(page, '/settings');
  else
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Load demo data…' }).click();
  await page.getByRole('button', { name: 'Load demo data', exact: true }).click();
  const loaded = page.getByRole('status').filter({ hasText: 'Demo data loaded' });
  await expect(loaded).toHaveText(/^Demo data loaded: [\d,]+ records\.$/, { timeout: DEMO_LOAD_MS });
  return Number((await loaded.textContent())!.replace(/\D/g, ''));
}
