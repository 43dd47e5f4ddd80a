/**
 * Reminders per person, as an officer uses them: one row per researcher with the items of all their
 * projects, one e-mail draft covering them all (opened through the host), and reminders filtered by the
 * case officer of their project.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { installTestBridge } from '../../helpers/test-bridge';
import { readStores } from './dashboard-demo';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { loadDemoData } from './demo-data';
import { expectRemindersReady, openReminders } from './pages/dashboard';

test('one row per researcher with all their projects, and one e-mail draft that covers them', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const saveDir = await mkdtemp(path.join(tmpdir(), 'dsh-per-person-'));
  try {
    const bridge = await installTestBridge(page, { saveDir, dataFolder: '/data' });
    await loadDemoData(page);
    await openReminders(page);
    await page.getByLabel('List').selectOption({ label: 'One row per person' });
    await expect(page).toHaveURL(/by=person/);
    const rows = page.getByRole('list', { name: 'Reminders per person' }).locator('> li');
    await expect(rows.first()).toBeVisible();
    await expect(page.getByTestId('reminders-summary')).toHaveText(/ reminders about [\d,]+ people: /);

    // Each person appears once.
    const ids = await rows.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-person-id')));
    expect(new Set(ids).size).toBe(ids.length);

    // A row whose items span two projects.
    const { people } = await readStores(page, ['people']);
    let chosen = rows.first();
    for (const row of await rows.all()) {
      if ((await row.locator('.person-reminders-projects').textContent())!.startsWith('Projects:')) {
        chosen = row;
        break;
      }
    }
    const personId = (await chosen.getAttribute('data-person-id'))!;
    const person = people.find((p) => p.id === personId)!;
    await expect(chosen.getByRole('heading', { level: 3 })).toContainText(person.name);
    const references = ((await chosen.locator('.person-reminders-projects').textContent())!.match(
      /DSH-\d{4}-\d{3}/g,
    ) ?? []) as string[];
    expect(references.length).toBeGreaterThan(0);
    // No draft per item inside a person's row: the one draft covers them.
    await expect(chosen.getByRole('link', { name: /^E-mail draft to / })).toHaveCount(0);
    const draft = chosen.getByRole('link', { name: `One e-mail draft to ${person.name}`, exact: false });
    await expect(draft).toHaveCount(1);
    await draft.click();
    await expect.poll(() => bridge.openedExternal.length).toBe(1);
    const url = bridge.openedExternal[0]!;
    expect(url).toMatch(new RegExp(`^mailto:${person.email.replace(/[.+]/g, '\\$&')}\\?`));
    const text = decodeURIComponent(url);
    expect(text).toContain(`Dear ${person.name},`);
    const drafted = references.filter((reference) => text.includes(reference));
    expect(drafted.length).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
  } finally {
    await rm(saveDir, { recursive: true, force: true });
  }
});

test('reminders follow the case officer of their project', async ({ page }) => {
  test.setTimeout(120_000);
  await loadDemoData(page);
  await page.goto('/#/dashboard/reminders?group=access');
  await expectRemindersReady(page);
  const title = (await page.locator('.action-item .action-title').first().textContent())!;
  const reference = /DSH-\d{4}-\d{3}/.exec(title)![0];
  await page.locator('.action-item .action-title').first().click();
  await page
    .getByRole('region', { name: 'Case officer' })
    .getByLabel('Choose the case officer')
    .selectOption({ label: 'Tess Officer' });
  await expect(page.getByRole('region', { name: 'Case officer' }).getByRole('status')).toHaveText(
    'Tess Officer is now the case officer.',
  );

  await page.goto('/#/dashboard/reminders');
  await expectRemindersReady(page);
  const all = await page.getByTestId('reminders-summary').textContent();
  await page.getByLabel('Case officer').selectOption({ label: 'Tess Officer' });
  await expect(page.getByTestId('reminders-summary')).not.toHaveText(all!);
  const items = page.getByRole('list', { name: 'Reminders' }).locator('.action-item');
  await expect(items.first()).toBeVisible();
  for (const item of await items.all()) await expect(item).toContainText(reference);
  await page.getByLabel('Case officer').selectOption({ label: 'No case officer' });
  await expect(page.locator('.action-item', { hasText: reference })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
