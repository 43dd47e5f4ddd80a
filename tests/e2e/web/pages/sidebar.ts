/** The sidebar every signed-in screen has: the app's sections, one link each. */
import type { Page } from '@playwright/test';

/** The sections the sidebar links to, by their link text. */
export type Section =
  'Dashboard' | 'Projects' | 'People' | 'Calendar' | 'Reports' | 'Certificates' | 'Audit log' | 'Settings';

/** Goes to a section by its sidebar link, as an officer would (the caller waits for what it needs there). */
export async function goToSection(page: Page, section: Section): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: section }).click();
}
