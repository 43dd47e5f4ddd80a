/** A project's page: its stage tabs and the gate panel that moves it on. */
import type { Locator, Page } from '@playwright/test';
import type { Row } from '../dashboard-demo';
import { expect, openApp } from '../fixtures';

/** A project as the specs know it: its id (for its address) and reference (in its heading). */
export interface ProjectRef {
  id: string;
  reference: string;
}

/**
 * Opens a project's page at its address and waits until it shows the project, on the tab of `stage` (the
 * project as the register gave it, or as a spec read it from the stores).
 */
export async function openProject(page: Page, project: ProjectRef | Row, stage: string): Promise<void> {
  await openApp(page, `/projects/${project.id}`);
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(project.reference) })).toBeVisible();
  await expect(page.getByRole('tab', { name: new RegExp(`^${stage}`) })).toHaveAttribute(
    'aria-selected',
    'true',
  );
}

/** Waits until `stage` is the project's current stage and its tab the one shown. */
export async function expectCurrentStage(page: Page, stage: string): Promise<void> {
  await expect(page.getByRole('tab', { name: `${stage} (current)` })).toHaveAttribute(
    'aria-selected',
    'true',
  );
}

/** The gate panel of the project page, for moving on to `next`. */
export function stageGate(page: Page, next: string): Locator {
  return page.getByRole('region', { name: `Moving on to ${next}` });
}
