/**
 * Two windows on one database (two pages of one browser context share its IndexedDB): a save over a record
 * changed in the other window is refused with what changed, by whom and when, and nothing typed or saved
 * in either window is lost.
 */
import type { Page } from '@playwright/test';
import { expect, openApp, test, TEST_OFFICER } from './fixtures';

test.describe.configure({ timeout: 120_000 });

/** Adds a researcher from the people page and returns the address of their page. */
async function addPerson(page: Page): Promise<string> {
  await openApp(page, '/people');
  await page.getByRole('button', { name: 'Add person' }).click();
  const form = page.getByRole('form', { name: 'Add a person' });
  await form.getByLabel(/Full name/).fill('Dr Ada Byron');
  await form.getByLabel(/E-mail address/).fill('ada.byron@example.ac.uk');
  await form.getByLabel(/Organisation/).fill('University of Example');
  await form.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dr Ada Byron' })).toBeVisible();
  return new URL(page.url()).hash.slice(1);
}

/** The person's details panel. */
const details = (page: Page) => page.getByRole('region', { name: 'Details' });

test('a person saved in two windows keeps both changes, and the second save says what changed and who changed it', async ({
  page,
  context,
}) => {
  const route = await addPerson(page);
  const other = await context.newPage();
  await openApp(other, route);

  // Window 2 opens the form and starts typing a department.
  await details(other).getByRole('button', { name: 'Edit details' }).click();
  const form = other.getByRole('form', { name: 'Edit the details of Dr Ada Byron' });
  await form.getByLabel('Department').fill('Computing');

  // Meanwhile window 1 saves a phone number.
  await details(page).getByRole('button', { name: 'Edit details' }).click();
  await details(page).getByLabel('Phone number').fill('0117 496 0000');
  await details(page).getByRole('button', { name: 'Save changes' }).click();
  await expect(details(page).getByRole('status')).toHaveText('Details saved.');

  // Window 2, still on the revision it opened, saves: refused, saying what changed and who changed it.
  await form.getByRole('button', { name: 'Save changes' }).click();
  const refusal = form.getByRole('alert');
  await expect(refusal).toContainText('changed elsewhere');
  await expect(refusal).toContainText(`Phone number changed by ${TEST_OFFICER.name} on `);
  await expect(details(other).getByRole('status')).not.toHaveText('Details saved.');
  // Nothing typed is lost, and window 1's change is still stored.
  await expect(form.getByLabel('Department')).toHaveValue('Computing');
  await expect(details(page).getByText('0117 496 0000')).toBeVisible();

  // Keep what I typed: the phone number saved in window 1 comes in, the department typed here stays.
  await refusal.getByRole('button', { name: 'Keep what I typed' }).click();
  await expect(form.getByLabel('Phone number')).toHaveValue('0117 496 0000');
  await expect(form.getByLabel('Department')).toHaveValue('Computing');
  await expect(form.getByText('Stored now: (empty)')).toBeVisible();
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(details(other).getByRole('status')).toHaveText('Details saved.');

  // Both changes are stored: each window shows them.
  for (const window of [page, other]) {
    await expect(details(window).getByText('0117 496 0000')).toBeVisible();
    await expect(details(window).getByText('Computing')).toBeVisible();
  }
});

test('“Show the latest” drops what was typed and shows the record as stored', async ({ page, context }) => {
  const route = await addPerson(page);
  const other = await context.newPage();
  await openApp(other, route);
  await details(other).getByRole('button', { name: 'Edit details' }).click();
  const form = other.getByRole('form', { name: 'Edit the details of Dr Ada Byron' });
  await form.getByLabel('Department').fill('Physics');

  await details(page).getByRole('button', { name: 'Edit details' }).click();
  await details(page).getByLabel('Department').fill('Mathematics');
  await details(page).getByRole('button', { name: 'Save changes' }).click();
  await expect(details(page).getByRole('status')).toHaveText('Details saved.');

  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByRole('alert')).toContainText(`Department changed by ${TEST_OFFICER.name}`);
  await form.getByRole('button', { name: 'Show the latest' }).click();
  await expect(form.getByLabel('Department')).toHaveValue('Mathematics');
  await expect(form.getByRole('alert')).toHaveCount(0);
});
