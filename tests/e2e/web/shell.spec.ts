/** The shell as a new DSH officer meets it: every section by mouse and keyboard, accessible, unbreakable. */
import { expectNoAxeViolations, openApp, test, expect } from './fixtures';
import { sharePage } from './shared-page';

const SECTIONS = [
  'Dashboard',
  'Projects',
  'People',
  'Calendar',
  'Reports',
  'Certificates',
  'Audit log',
  'Settings',
];

test('opens on the dashboard with the sections in the sidebar', async ({ page, consoleErrors }) => {
  await openApp(page, '/');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await expect(nav.getByRole('link')).toHaveText(SECTIONS);
  await expect(nav.getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
  expect(consoleErrors).toEqual([]);
});

/**
 * Sections whose empty screen another spec already checks with axe once it has settled (so not here again):
 * the dashboard (dashboard.spec.ts, on an empty database), Projects and People (projects.spec.ts and
 * people.spec.ts, "No projects yet" and "No people yet").
 */
const AXE_ELSEWHERE = new Set(['Dashboard', 'Projects', 'People']);

test.describe('each section by mouse', () => {
  // Looking only: one signed-in app for every section, each reached from wherever the last one left it.
  const shared = sharePage((page) => openApp(page));
  for (const section of SECTIONS) {
    const axe = !AXE_ELSEWHERE.has(section);
    test(`reaches ${section} by mouse${axe ? ', with no accessibility violations' : ''}`, async () => {
      const { page, consoleErrors } = shared();
      await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: section }).click();
      await expect(page.getByRole('heading', { level: 1, name: section })).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`#/${section.split(' ')[0]!.toLowerCase()}$`));
      if (axe) await expectNoAxeViolations(page);
      expect(consoleErrors).toEqual([]);
    });
  }
});

test('every section is reachable by keyboard alone', async ({ page }) => {
  // Eight sections, each reached by up to a dozen Tab presses and a look at the focus: slow on a busy machine.
  test.setTimeout(60_000);
  await openApp(page);
  for (const section of SECTIONS) {
    // Tab from the top of the page until the section's link has focus, then press Enter.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let focused = '';
    for (let presses = 0; presses < 30 && focused !== section; presses++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    }
    expect(focused).toBe(section);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: section })).toBeVisible();
    // The new page's heading takes focus so a screen reader announces it.
    await expect(page.getByRole('heading', { level: 1, name: section })).toBeFocused();
  }
});

test('the skip link is the first stop in the tab order and moves focus to the page heading', async ({
  page,
}) => {
  await openApp(page, '/people');
  const skip = page.getByRole('button', { name: 'Skip to content' });
  // The page opens with focus on its heading; going backwards from there, the skip link is the last stop.
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeFocused();
  for (
    let presses = 0;
    presses < 20 && !(await skip.evaluate((el) => el === document.activeElement));
    presses++
  ) {
    await page.keyboard.press('Shift+Tab');
  }
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  expect(
    await page.evaluate(
      () => document.querySelector('button, a[href], input, select, textarea')?.textContent,
    ),
  ).toBe('Skip to content');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeFocused();
});

test('an unknown address shows a way back instead of a blank window', async ({ page }) => {
  await openApp(page, '/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
});

test('an external link or window.open never replaces the app', async ({ page, context }) => {
  await openApp(page, '/settings');
  const appUrl = page.url();
  await page.evaluate(() => {
    const link = document.createElement('a');
    link.href = 'https://example.org/phishing';
    link.textContent = 'External site';
    document.querySelector('main')?.append(link);
  });
  await page.getByRole('link', { name: 'External site' }).click();
  expect(page.url()).toBe(appUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

  const popups: string[] = [];
  context.on('page', (popup) => popups.push(popup.url()));
  await page.evaluate(() => {
    window.open('https://example.org/popup');
  });
  expect(page.url()).toBe(appUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});
