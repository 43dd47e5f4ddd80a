/** Reading what a select offers, once its choices are there. */
import type { Locator } from '@playwright/test';
import { expect } from './fixtures';

/**
 * The values of the choices `select` offers, placeholder aside, read once the first has been drawn: a form just
 * opened offers only its placeholder ("Choose a project…") until its query answers, and reading the list then
 * would find nothing to choose.
 */
export async function offeredValues(select: Locator): Promise<string[]> {
  await expect(select.locator('option:not([value=""])').first()).toBeAttached();
  return select
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
}
