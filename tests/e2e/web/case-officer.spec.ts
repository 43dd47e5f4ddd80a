/**
 * A case officer per project, as an officer uses it: "Make me case officer" on a project page (audited, on
 * the timeline), then "My projects" on the register and the dashboard opening on what is theirs (its
 * pipeline too), with "Everyone" one click away and the choice remembered; and one reminder given to another
 * officer ("Assign to…"), then given back.
 */
import type { Page } from '@playwright/test';
import { readStores } from './dashboard-demo';
import { expect, expectNoAxeViolations, test, waitForAppReady } from './fixtures';
import { loadDemoData } from './demo-data';
import { expectDashboardReady, expectRemindersReady, goToDashboard, openReminders } from './pages/dashboard';
import { goToSection } from './pages/sidebar';

/** Opens the first project with a user access reminder, from Reminders; returns its reference. */
async function openProjectWithAccessReminder(page: Page): Promise<string> {
  await openReminders(page, '?group=access');
  const first = page.locator('.action-item[data-kind^="access-"]').first();
  const title = (await first.locator('.action-title').textContent())!;
  const reference = /DSH-\d{4}-\d{3}/.exec(title)![0];
  await first.locator('.action-title').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(reference);
  return reference;
}

test('an officer becomes case officer of a project, and the register and dashboard show it as theirs', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await loadDemoData(page);
  const reference = await openProjectWithAccessReminder(page);

  const panel = page.getByRole('region', { name: 'Case officer' });
  // The demo names the officer who led the initial discussion; Tess takes the project over.
  await expect(panel.getByLabel('Choose the case officer').locator('option:checked')).not.toHaveText(
    'Tess Officer',
  );
  await panel.getByRole('button', { name: 'Make me case officer' }).click();
  await expect(panel.getByRole('status')).toHaveText('Tess Officer is now the case officer.');
  await expect(panel.getByLabel('Choose the case officer').locator('option:checked')).toHaveText(
    'Tess Officer',
  );
  await expect(panel.getByRole('button', { name: 'Make me case officer' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Timeline' })).toContainText(
    /(Recorded|Updated) the case officer\./,
  );
  await expectNoAxeViolations(page);
  const { projects, auditEvents } = await readStores(page, ['projects', 'auditEvents', 'staffMembers']);
  const project = projects.find((p) => p.reference === reference)!;
  const update = auditEvents.filter((e) => e.entityId === project.id && e.changes.caseOfficerId).at(-1)!;
  expect(update).toMatchObject({ action: 'update', actor: { staffName: 'Tess Officer' } });
  expect(update.changes.caseOfficerId.after).toBe(project.caseOfficerId);

  // The register: "My projects" leaves just this one.
  await goToSection(page, 'Projects');
  // The box follows the address (the filter is kept in it), so it shows ticked once the address has changed.
  const mine = page.getByRole('checkbox', { name: 'My projects' });
  await mine.click();
  await expect(mine).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: /match$/ })).toHaveText(
    /^1 of [\d,]+ projects match$/,
  );
  await expect(page.getByRole('link', { name: new RegExp(reference) })).toBeVisible();
  await expectNoAxeViolations(page);

  // The dashboard opens on "My projects": every item shown is about this project.
  await goToDashboard(page);
  await expect(page.getByRole('radio', { name: 'My projects' })).toBeChecked();
  const items = page.locator('.attention-panel .action-item');
  await expect(items.first()).toBeVisible();
  for (const item of await items.all()) await expect(item).toContainText(reference);
  const mineCount = Number(await page.getByTestId('attention-summary').locator('strong').textContent());
  // The pipeline follows the switch: the one project Tess looks after.
  await expect(page.getByRole('heading', { name: 'My projects by stage' })).toBeVisible();
  await expect(page.getByTestId('pipeline-total')).toHaveText('1 in progress of 1 you are case officer of');
  await expectNoAxeViolations(page);

  // Everyone is one click away, and remembered.
  await page.getByRole('radio', { name: 'Everyone' }).check();
  await expect
    .poll(async () => Number(await page.getByTestId('attention-summary').locator('strong').textContent()))
    .toBeGreaterThan(mineCount);
  await expect(page.getByRole('heading', { name: 'Projects by stage' })).toBeVisible();
  await expect(page.getByTestId('pipeline-total')).toHaveText(/^[\d,]+ in progress of [\d,]+ recorded$/);
  await page.reload();
  await waitForAppReady(page);
  await expectDashboardReady(page);
  await expect(page.getByRole('radio', { name: 'Everyone' })).toBeChecked();
});

test('with no project of their own, the dashboard says so and shows everyone’s in one click', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await loadDemoData(page);
  await goToDashboard(page);
  await expect(page.getByText('Nothing needs attention today.')).toBeVisible();
  await page.getByRole('button', { name: 'Show everyone’s' }).click();
  await expect(page.getByRole('radio', { name: 'Everyone' })).toBeChecked();
  const attention = page.getByRole('region', { name: 'Needs attention' });
  await expect(attention.getByRole('heading', { name: /^Today \d+/ })).toBeVisible();
  await expect(attention.getByRole('link', { name: /^Show all \(\d+\): Today$/ })).toBeVisible();
});

test('one reminder is given to another officer, shows as theirs, and is given back to the case officer', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await loadDemoData(page);
  // Tess looks after no project: her dashboard is empty until a reminder is given to her.
  await page.goto('/#/dashboard/reminders');
  await expectRemindersReady(page);
  const first = page.getByRole('list', { name: 'Reminders' }).getByRole('listitem').first();
  const title = (await first.locator('.action-title').textContent())!;
  await first.getByRole('button', { name: `Assign to…: ${title}` }).click();
  const choice = first.getByRole('form', { name: `Assign: ${title}` });
  await expect(choice.getByLabel('Assign to')).toBeFocused();
  await expectNoAxeViolations(page);
  await choice.getByLabel('Assign to').selectOption({ label: 'Tess Officer' });
  await choice.getByRole('button', { name: 'Assign' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Assigned to' })).toHaveText(
    `Assigned to Tess Officer: ${title}.`,
  );
  const row = page.locator('.action-item').filter({ hasText: title }).first();
  await expect(row).toContainText('Assigned to Tess Officer');

  // The reminders filter and the dashboard's "My projects" follow the assignment.
  const { staffMembers } = await readStores(page, ['staffMembers']);
  const tess = staffMembers.find((member) => member.name === 'Tess Officer')!;
  await page.goto(`/#/dashboard/reminders?officer=${tess.id}`);
  await expect(page.getByTestId('reminders-summary')).toHaveText(/^1 reminder: /);
  await page.goto('/#/dashboard');
  await expectDashboardReady(page);
  await expect(page.getByRole('radio', { name: 'My projects' })).toBeChecked();
  const attention = page.getByRole('region', { name: 'Needs attention' });
  await expect(page.getByTestId('attention-summary')).toHaveText(/^1 item: /);
  const mine = attention.locator('.action-item').filter({ hasText: title });
  await expect(mine).toContainText('Assigned to Tess Officer');
  await mine.getByRole('button', { name: `Assign to…: ${title}` }).click();
  await page.screenshot({ path: 'test-results/assign-reminder-dashboard.png' });
  await mine.getByRole('button', { name: 'Cancel' }).click();

  // Given back to the case officer: the row goes, and Tess's dashboard is empty again.
  await mine.getByRole('button', { name: `Assign to…: ${title}` }).click();
  const back = mine.getByLabel('Assign to');
  const caseOfficer = (await back.locator('option', { hasText: '(case officer)' }).textContent())!;
  await back.selectOption({ label: caseOfficer });
  await mine.getByRole('button', { name: 'Assign' }).click();
  await expect(page.getByText('Nothing needs attention today.')).toBeVisible();
  const { reminderAssignments, auditEvents } = await readStores(page, ['reminderAssignments', 'auditEvents']);
  expect(reminderAssignments).toEqual([]);
  const assigned = auditEvents.filter((event) => event.action === 'assign');
  expect(assigned.map((event) => event.changes.assignedTo.after)).toEqual([
    'Tess Officer',
    caseOfficer.replace(' (case officer)', ''),
  ]);
});
