/**
 * Reflow (WCAG 2.2, 1.4.10) with the demo data: at 200% zoom on a 1280-pixel screen (640 CSS pixels) every
 * section reads without sideways scrolling and passes axe; at 320 CSS pixels nothing widens the page either
 * (a wide table scrolls inside its own frame).
 */
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { loadDemoData } from './demo-data';
import { sharePage } from './shared-page';

test.describe.configure({ timeout: 120_000 });

/** The sections, in three groups of about equal work: each group is its own test, so a failure names its group. */
const SECTION_GROUPS: ReadonlyArray<ReadonlyArray<[string, string]>> = [
  [
    ['/dashboard', 'Dashboard'],
    ['/projects', 'Projects'],
    ['/people', 'People'],
  ],
  [
    ['/calendar', 'Calendar'],
    ['/reports', 'Reports'],
    ['/certificates', 'Certificates'],
  ],
  [
    ['/audit', 'Audit log'],
    ['/settings', 'Settings'],
    ['/setup', 'Set up DSH Desk'],
  ],
];

/** The column headings and cells of the page whose content is wider than the heading or cell itself. */
function spilledCells(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main th, main td')]
      .filter((th) => th.scrollWidth > th.clientWidth + 1)
      .map((th) => th.textContent ?? ''),
  );
}

/**
 * The form controls of the page that reach past the right edge of the box (the nearest bordered element)
 * they are drawn in: the calendar's Project and Person filters once did at 320 CSS pixels.
 */
function spilledControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxOf = (element: Element): Element | null => {
      for (let up = element.parentElement; up && up.tagName !== 'MAIN'; up = up.parentElement) {
        const style = getComputedStyle(up);
        if (style.borderRightStyle !== 'none' && parseFloat(style.borderRightWidth) > 0) return up;
      }
      return null;
    };
    return [...document.querySelectorAll('main form select, main form input, main form button')]
      .filter((control) => {
        const box = boxOf(control);
        return box && control.getBoundingClientRect().right > box.getBoundingClientRect().right + 1;
      })
      .map((control) => (control as HTMLSelectElement).labels?.[0]?.textContent ?? control.tagName);
  });
}

test.describe('every section with the demo data', () => {
  // Looking only (sizes and routes): one demo load for the three groups.
  const shared = sharePage(loadDemoData);
  for (const sections of SECTION_GROUPS) {
    const names = sections.map(([, heading]) => heading).join(', ');
    test(`${names} reflow at 200% zoom and at 320 CSS pixels, and pass axe at 200%`, async () => {
      const { page } = shared();
      const sideways = () =>
        page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      for (const width of [640, 320]) {
        await page.setViewportSize({ width, height: 480 });
        for (const [route, heading] of sections) {
          await page.goto(`/#${route}`);
          await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
          await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
          await expect
            .poll(sideways, { message: `${route} at ${width} CSS pixels scrolls sideways` })
            .toBe(0);
          // Nor does a column heading or cell spill into the next one (the week's Today tag once covered Tuesday,
          // and its booked researchers' names ran into the next day).
          expect(await spilledCells(page), `${route} at ${width} CSS pixels`).toEqual([]);
          expect(await spilledControls(page), `${route}'s controls at ${width} CSS pixels`).toEqual([]);
          // The signed-in officer and Change user stay on screen (the header is at the top of the page).
          await page.evaluate(() => window.scrollTo(0, 0));
          await expect(page.getByRole('button', { name: 'Change user' })).toBeInViewport();
          if (width === 640) await expectNoAxeViolations(page);
        }
      }
    });
  }
});

test('on a laptop screen, compact rows show more of the register, and the choice is remembered', async ({
  page,
}) => {
  await loadDemoData(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/#/projects');
  const register = page.getByRole('table', { name: 'Projects' });
  await expect(register.getByRole('row').nth(5)).toBeVisible();
  const rowsOnScreen = () =>
    page.evaluate(
      () =>
        Array.from(document.querySelectorAll('.register-table tbody tr')).filter((row) => {
          const box = row.getBoundingClientRect();
          return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
        }).length,
    );
  const comfortable = await rowsOnScreen();
  await page.getByLabel('Rows').selectOption('Compact');
  await expect.poll(rowsOnScreen).toBeGreaterThan(comfortable);
  await page.reload();
  await expect(page.getByLabel('Rows')).toHaveValue('compact');
});
