/** The dashboard and its reminders list: reaching them and waiting until their items are on screen. */
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { goToSection } from './sidebar';

/** Waits for the dashboard's ready marker: its items have been read for the view shown. */
export async function expectDashboardReady(page: Page): Promise<void> {
  await expect(page.locator('[data-dashboard-state="ready"]')).toHaveCount(1);
}

/** The dashboard, from the sidebar, once it is ready. */
export async function goToDashboard(page: Page): Promise<void> {
  await goToSection(page, 'Dashboard');
  await expectDashboardReady(page);
}

/** Waits for the reminders list's ready marker. */
export async function expectRemindersReady(page: Page): Promise<void> {
  await expect(page.locator('[data-reminders-state="ready"]')).toHaveCount(1);
}

/** Opens the reminders list at `query` (`?group=access`, say; empty: all of them) once it is ready. */
export async function openReminders(page: Page, query = ''): Promise<void> {
  await page.goto(`/#/dashboard/reminders${query}`);
  await expectRemindersReady(page);
}
