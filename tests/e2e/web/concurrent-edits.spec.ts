/**
 * Two windows on one database (two pages of one browser context share its IndexedDB): a save over a record
 * changed in the other window is refused with what changed, by whom and when, and nothing typed or saved
 * in either window is lost.
 */
import type { Page } from '@playwright/test';
import { readStores } from './dashboard-demo';
import { expect, openApp, test, TEST_OFFICER } from './fixtures';
import { loadDemoData } from './demo-data';
import { addPerson, editPersonDetail, personDetails } from './pages/people';
import { openProject } from './pages/project-page';

test.describe.configure({ timeout: 120_000 });

/** Adds a researcher from the people page and returns the address of their page. */
async function addAdaByron(page: Page): Promise<string> {
  await openApp(page, '/people');
  return addPerson(page, { name: 'Dr Ada Byron', email: 'ada.byron@example.ac.uk' });
}

test('a person saved in two windows keeps both changes, and the second save says what changed and who changed it', async ({
  page,
  context,
}) => {
  const route = await addAdaByron(page);
  const other = await context.newPage();
  await openApp(other, route);

  // Window 2 opens the form and starts typing a department.
  await personDetails(other).getByRole('button', { name: 'Edit details' }).click();
  const form = other.getByRole('form', { name: 'Edit the details of Dr Ada Byron' });
  await form.getByLabel('Department').fill('Computing');

  // Meanwhile window 1 saves a phone number.
  await editPersonDetail(page, 'Phone number', '0117 496 0000');

  // Window 2, still on the revision it opened, saves: refused, saying what changed and who changed it.
  await form.getByRole('button', { name: 'Save changes' }).click();
  const refusal = form.getByRole('alert');
  await expect(refusal).toContainText('changed elsewhere');
  await expect(refusal).toContainText(`Phone number changed by ${TEST_OFFICER.name} on `);
  await expect(personDetails(other).getByRole('status')).not.toHaveText('Details saved.');
  // Nothing typed is lost, and window 1's change is still stored.
  await expect(form.getByLabel('Department')).toHaveValue('Computing');
  await expect(personDetails(page).getByText('0117 496 0000')).toBeVisible();

  // Keep what I typed: the phone number saved in window 1 comes in, the department typed here stays.
  await refusal.getByRole('button', { name: 'Keep what I typed' }).click();
  await expect(form.getByLabel('Phone number')).toHaveValue('0117 496 0000');
  await expect(form.getByLabel('Department')).toHaveValue('Computing');
  await expect(form.getByText('Stored now: (empty)')).toBeVisible();
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(personDetails(other).getByRole('status')).toHaveText('Details saved.');

  // Both changes are stored: each window shows them.
  for (const window of [page, other]) {
    await expect(personDetails(window).getByText('0117 496 0000')).toBeVisible();
    await expect(personDetails(window).getByText('Computing')).toBeVisible();
  }
});

test('“Show the latest” drops what was typed and shows the record as stored', async ({ page, context }) => {
  const route = await addAdaByron(page);
  const other = await context.newPage();
  await openApp(other, route);
  await personDetails(other).getByRole('button', { name: 'Edit details' }).click();
  const form = other.getByRole('form', { name: 'Edit the details of Dr Ada Byron' });
  await form.getByLabel('Department').fill('Physics');

  await editPersonDetail(page, 'Department', 'Mathematics');

  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form.getByRole('alert')).toContainText(`Department changed by ${TEST_OFFICER.name}`);
  await form.getByRole('button', { name: 'Show the latest' }).click();
  await expect(form.getByLabel('Department')).toHaveValue('Mathematics');
  await expect(form.getByRole('alert')).toHaveCount(0);
});

/** Adds a storage location in the last row of the section (not saved). */
async function addLocation(page: Page, location: string, kind: string) {
  const storage = page.getByRole('region', { name: /Storage locations checked/ });
  await storage.getByRole('button', { name: 'Add a location' }).click();
  const row = storage.getByRole('group', { name: /^Location \d+$/ }).last();
  await row.getByLabel(/^Location/).fill(location);
  await row.getByLabel(/^Kind/).selectOption({ label: kind });
  return storage;
}

test('closure storage locations added in two windows are both kept, after the second save names the change', async ({
  page,
  context,
}) => {
  await loadDemoData(page);
  const { projects } = await readStores(page, ['projects'] as const);
  const project = projects.find((p) => p.status === 'open' && p.stage === 'closure')!;
  const other = await context.newPage();
  await openProject(other, project, 'Closure');
  await openProject(page, project, 'Closure');

  // Window 2 starts adding a backup set; window 1 adds and saves a USB drive meanwhile.
  const second = await addLocation(other, 'Tape backup set B', 'Backup');
  const first = await addLocation(page, 'USB drive DSH-07 (encrypted)', 'Removable media');
  await first.getByRole('button', { name: 'Save storage locations' }).click();
  await expect(first.getByRole('status')).toHaveText('Saved.');

  await second.getByRole('button', { name: 'Save storage locations' }).click();
  const refusal = second.getByRole('alert');
  await expect(refusal).toContainText('changed elsewhere');
  await expect(refusal).toContainText(`Storage locations changed by ${TEST_OFFICER.name} on `);
  const rows = (section: typeof first) => section.getByRole('group', { name: /^Location \d+$/ });
  await expect(
    rows(second)
      .last()
      .getByLabel(/^Location/),
  ).toHaveValue('Tape backup set B');
  await expect(
    rows(first)
      .last()
      .getByLabel(/^Location/),
  ).toHaveValue('USB drive DSH-07 (encrypted)');

  // Keep what I typed: the USB drive saved in window 1 comes in, the backup set typed here stays.
  await refusal.getByRole('button', { name: 'Keep what I typed' }).click();
  await expect(
    rows(second)
      .nth(-2)
      .getByLabel(/^Location/),
  ).toHaveValue('USB drive DSH-07 (encrypted)');
  await expect(
    rows(second)
      .last()
      .getByLabel(/^Location/),
  ).toHaveValue('Tape backup set B');
  await second.getByRole('button', { name: 'Save storage locations' }).click();
  await expect(second.getByRole('status')).toHaveText('Saved.');

  const { closureRecords } = await readStores(page, ['closureRecords'] as const);
  const stored = closureRecords.find((record) => record.projectId === project.id)!;
  const locations = stored.storageLocations.map((location: { location: string }) => location.location);
  expect(locations).toEqual(expect.arrayContaining(['USB drive DSH-07 (encrypted)', 'Tape backup set B']));
  // Window 1 shows both (it had nothing unsaved, so it follows what is stored).
  await expect(
    rows(first)
      .last()
      .getByLabel(/^Location/),
  ).toHaveValue('Tape backup set B');
});

test('a connection type edited in two windows keeps both changes, after the second save names the change', async ({
  page,
  context,
}) => {
  await openApp(page, '/settings');
  const panel = (window: Page) => window.getByRole('region', { name: 'Connection types and prices' });
  await panel(page).getByRole('button', { name: 'Add a connection type' }).click();
  const added = panel(page).getByRole('form', { name: 'Add a connection type' });
  await added.getByLabel(/Connection name/).fill('Dedicated virtual desktop');
  await added.getByLabel(/Price in pounds/).fill('1,200.00');
  await added.getByLabel(/Charged/).selectOption({ label: 'Per month' });
  await added.getByRole('button', { name: 'Add connection type' }).click();
  await expect(panel(page).getByRole('status')).toHaveText('Saved Dedicated virtual desktop.');

  const other = await context.newPage();
  await openApp(other, '/settings');
  const edit = (window: Page) => panel(window).getByRole('form', { name: 'Edit Dedicated virtual desktop' });
  await panel(other).getByRole('button', { name: 'Edit Dedicated virtual desktop' }).click();
  await edit(other)
    .getByLabel(/Description/)
    .fill('A remote desktop reserved for the project.');

  await panel(page).getByRole('button', { name: 'Edit Dedicated virtual desktop' }).click();
  await edit(page)
    .getByLabel(/Price in pounds/)
    .fill('1,350.00');
  await edit(page).getByRole('button', { name: 'Save changes' }).click();
  await expect(panel(page).getByRole('status')).toHaveText('Saved Dedicated virtual desktop.');

  await edit(other).getByRole('button', { name: 'Save changes' }).click();
  const refusal = edit(other).getByRole('alert');
  await expect(refusal).toContainText('changed elsewhere');
  await expect(refusal).toContainText(`Price changed by ${TEST_OFFICER.name} on `);
  await expect(edit(other).getByLabel(/Description/)).toHaveValue(
    'A remote desktop reserved for the project.',
  );

  await refusal.getByRole('button', { name: 'Keep what I typed' }).click();
  await expect(edit(other).getByLabel(/Price in pounds/)).toHaveValue('1350.00');
  await edit(other).getByRole('button', { name: 'Save changes' }).click();
  await expect(panel(other).getByRole('status')).toHaveText('Saved Dedicated virtual desktop.');

  const row = panel(page).getByRole('row', { name: /Dedicated virtual desktop/ });
  await expect(row.getByRole('cell', { name: '£1,350.00 a month' })).toBeVisible();
  await expect(row.getByText('A remote desktop reserved for the project.')).toBeVisible();
});
