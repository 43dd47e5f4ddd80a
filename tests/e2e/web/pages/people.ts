/** The people register and a person's page: adding a person, and editing the details panel. */
import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';

/** Who the specs add (organisation: the University of Example unless given). */
export interface NewPerson {
  name: string;
  email: string;
  organisation?: string;
}

/**
 * From a screen with the "Add person" button (the People page), adds a person through its form and waits for
 * their page; answers the page's route (`/people/<id>`), to open it again in another window.
 */
export async function addPerson(page: Page, person: NewPerson): Promise<string> {
  await page.getByRole('button', { name: 'Add person' }).click();
  const form = page.getByRole('form', { name: 'Add a person' });
  await form.getByLabel(/Full name/).fill(person.name);
  await form.getByLabel(/E-mail address/).fill(person.email);
  await form.getByLabel(/Organisation/).fill(person.organisation ?? 'University of Example');
  await form.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: person.name })).toBeVisible();
  return new URL(page.url()).hash.slice(1);
}

/** The person page's details panel. */
export const personDetails = (page: Page): Locator => page.getByRole('region', { name: 'Details' });

/** Edits one field of the person's details, saves, and waits for "Details saved.". */
export async function editPersonDetail(page: Page, label: string, value: string): Promise<void> {
  const details = personDetails(page);
  await details.getByRole('button', { name: 'Edit details' }).click();
  await details.getByLabel(label).fill(value);
  await details.getByRole('button', { name: 'Save changes' }).click();
  await expect(details.getByRole('status')).toHaveText('Details saved.');
}
