/**
 * Bulk where the work is bulk, with the demo data loaded: a project's set-up tasks marked done in one step,
 * its members' training, signed forms and access recorded for all of them at once (a bad row names its
 * member and saves nothing), access revoked for everyone at closure in one confirmed step; one audit event
 * per record throughout. And the gate: its list links to each field, and it stays in view.
 */
import type { Page } from '@playwright/test';
import { readStores, type Row } from './dashboard-demo';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { loadDemoData } from './demo-data';
import { expectCurrentStage, openProject, stageGate } from './pages/project-page';

test.describe.configure({ timeout: 240_000 });
test.use({ viewport: { width: 1366, height: 768 } });

const SHOTS = 'test-results/bulk-screens';
const STORES = ['projects', 'memberships', 'people', 'trainingRecords', 'auditEvents'] as const;

async function withDemoData(page: Page) {
  await loadDemoData(page);
  return readStores(page, STORES);
}

/** The audit events of these records with this action, written after `since` events. */
async function eventsOf(page: Page, ids: readonly string[], action: string, since: number) {
  const { auditEvents } = await readStores(page, ['auditEvents'] as const);
  return auditEvents.filter((e) => e.seq > since && ids.includes(e.entityId) && e.action === action);
}

/** A project at Set Up whose members have signed nothing yet (two or more of them). */
function setupProject(stores: Record<(typeof STORES)[number], Row[]>) {
  const project = stores.projects.find((p) => {
    const members = stores.memberships.filter((m) => m.projectId === p.id);
    return (
      p.status === 'open' &&
      p.stage === 'setup' &&
      members.length >= 2 &&
      members.every((m) => !m.accessForm && !m.accessGranted)
    );
  });
  expect(project, 'the demo data has a Set Up project with unsigned members').toBeDefined();
  const members = stores.memberships.filter((m) => m.projectId === project!.id);
  const names = members.map((m) => stores.people.find((p) => p.id === m.personId)!.name as string);
  return { project: project!, members, names };
}

test('Set Up to Active: tasks, training, forms and access recorded for every member at once', async ({
  page,
}) => {
  const stores = await withDemoData(page);
  const { project, members, names } = setupProject(stores);
  const ids = members.map((m) => m.id as string);
  const since = Math.max(...stores.auditEvents.map((e) => e.seq as number));
  await openProject(page, project, 'Set Up');

  // The gate's list links each missing item to its field.
  const gate = page.getByRole('region', { name: /Moving on to Access/ });
  await expect(gate.getByText(/^\d+ things? to complete before the project can move on:$/)).toBeVisible();
  const checklist = page.getByRole('region', { name: 'Set-up checklist' });
  const todo = checklist.getByRole('checkbox', {
    name: /^(Environment|Storage|Applications|Connection|Datasets)/,
  });
  const first = (await todo.first().getAttribute('id'))!;
  const label = (await page.locator(`#${first}-label`).textContent())!;
  await gate.getByRole('link', { name: `Mark ‘${label}’ done, with who did it and when.` }).click();
  await expect(checklist.getByRole('checkbox', { name: label })).toBeFocused();

  // The gate stays in view while the page scrolls to its foot.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const box = (await page.getByRole('heading', { name: /Moving on to Access/ }).boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(768);
  await page.screenshot({ path: `${SHOTS}/setup-scrolled-1366.png` });
  await page.evaluate(() => window.scrollTo(0, 0));

  // Every task still to do, by me, today: two actions.
  const count = await todo.count();
  await checklist.getByRole('checkbox', { name: `Select all ${count} to do` }).check();
  await checklist.getByRole('button', { name: `Mark ${count} done by me, today` }).click();
  await expect(checklist.getByText('5 of 5 done')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'marked done by you today' })).toBeVisible();

  // DSH environment training for every member.
  const training = page.getByRole('region', { name: 'Training of members' });
  await training.getByRole('button', { name: 'DSH environment training for several…' }).click();
  let dialog = page.getByRole('dialog', { name: 'DSH environment training for several members' });
  for (const name of names) await dialog.getByRole('checkbox', { name }).check();
  await dialog.getByRole('button', { name: `Record for ${names.length} members` }).click();
  await expect(training.getByRole('status').filter({ hasText: 'recorded for' })).toHaveText(
    `DSH environment training recorded for ${names.length} members.`,
  );

  // NHS DSA: one certificate reference left out refuses every row, naming the member.
  await training.getByRole('button', { name: 'NHS DSA Level 1 training for several…' }).click();
  dialog = page.getByRole('dialog', { name: 'NHS DSA Level 1 training for several members' });
  for (const [i, name] of names.entries()) {
    await dialog.getByRole('checkbox', { name }).check();
    if (i < names.length - 1)
      await dialog.getByLabel(`Certificate reference (required) for ${name}`).fill(`DSA-${i}`);
  }
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/dsa-dialog-1366.png` });
  const before = (await readStores(page, ['trainingRecords'] as const)).trainingRecords.length;
  await dialog.getByRole('button', { name: `Record for ${names.length} members` }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    `Nothing was saved. ${names.at(-1)}: Enter the certificate reference of the NHS DSA training.`,
  );
  expect((await readStores(page, ['trainingRecords'] as const)).trainingRecords).toHaveLength(before);
  await dialog.getByLabel(`Certificate reference (required) for ${names.at(-1)}`).fill('DSA-last');
  await dialog.getByRole('button', { name: `Record for ${names.length} members` }).click();
  await expect(training.getByRole('status').filter({ hasText: 'NHS DSA' })).toHaveText(
    `NHS DSA Level 1 training recorded for ${names.length} members.`,
  );
  await gate.getByRole('button', { name: 'Advance to Access' }).click();

  // Access: the signed forms (the version typed once) and access granted, each for everyone at once.
  await expectCurrentStage(page, 'Access');
  const access = page.getByRole('region', { name: 'Access of members' });
  await access.getByRole('button', { name: 'Signed access form for several…' }).click();
  dialog = page.getByRole('dialog', { name: 'Signed access form for several members' });
  await dialog.getByLabel(/Form version/).fill('v4');
  await dialog.getByRole('button', { name: `Record for ${names.length} members` }).click();
  await expect(access.getByRole('status').filter({ hasText: 'recorded for' })).toHaveText(
    `Signed access form recorded for ${names.length} members.`,
  );
  await access.getByRole('button', { name: 'Access granted for several…' }).click();
  dialog = page.getByRole('dialog', { name: 'Access granted for several members' });
  await expect(dialog.getByLabel(/Granted by/)).toHaveValue(/.+/);
  await dialog.getByRole('button', { name: `Record for ${names.length} members` }).click();
  await expect(access.getByRole('status').filter({ hasText: 'Access granted' })).toHaveText(
    `Access granted recorded for ${names.length} members.`,
  );
  await stageGate(page, 'Active').getByRole('button', { name: 'Advance to Active' }).click();
  await expectCurrentStage(page, 'Active');

  // One audit event per record.
  expect(await eventsOf(page, ids, 'record-access-form', since)).toHaveLength(names.length);
  expect(await eventsOf(page, ids, 'grant-access', since)).toHaveLength(names.length);
  const { trainingRecords } = await readStores(page, ['trainingRecords'] as const);
  expect(trainingRecords).toHaveLength(before + names.length);
  const created = await eventsOf(
    page,
    trainingRecords.map((t) => t.id as string),
    'create',
    since,
  );
  expect(created).toHaveLength(names.length * 2);
});

test('Closure: every member’s access revoked in one confirmed step', async ({ page }) => {
  const stores = await withDemoData(page);
  const project = stores.projects.find(
    (p) =>
      p.status === 'open' &&
      p.stage === 'closure' &&
      stores.memberships.filter((m) => m.projectId === p.id && m.accessGranted && !m.accessRevoked).length >=
        2,
  );
  expect(project, 'the demo data has a closure with two members still to revoke').toBeDefined();
  const granted = stores.memberships.filter(
    (m) => m.projectId === project!.id && m.accessGranted && !m.accessRevoked,
  );
  const since = Math.max(...stores.auditEvents.map((e) => e.seq as number));
  await openProject(page, project!, 'Closure');

  const revocation = page.getByRole('region', { name: /Access revoked/ });
  await revocation.getByRole('button', { name: 'Revoke all members’ access…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Revoke all members’ access' });
  await expect(dialog.getByLabel(/Revoked by/)).toHaveValue(/.+/);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/revoke-all-1366.png` });
  await dialog.getByRole('button', { name: `Revoke access of ${granted.length} people` }).click();

  await expect(revocation.getByRole('status').filter({ hasText: 'revoked' })).toHaveText(
    `Access revoked recorded for ${granted.length} members.`,
  );
  const certificate = page.getByRole('region', { name: 'Certificate of deletion' });
  await expect(certificate.getByText(/access has not been revoked/)).toHaveCount(0);
  const events = await eventsOf(
    page,
    granted.map((m) => m.id as string),
    'revoke-access',
    since,
  );
  expect(events).toHaveLength(granted.length);
  await expect(revocation.getByRole('button', { name: 'Revoke all members’ access…' })).toHaveCount(0);
});

test('At 200% zoom the gate is one line at the foot of the window, linking to the gate', async ({ page }) => {
  const stores = await withDemoData(page);
  const { project } = setupProject(stores);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openProject(page, project, 'Set Up');
  await expect(page.getByRole('button', { name: 'NHS DSA Level 1 training for several…' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/setup-1920.png` });
  // 1366×768 at 200% zoom is a 683×384 window of CSS pixels.
  await page.setViewportSize({ width: 683, height: 384 });
  await openProject(page, project, 'Set Up');

  const bar = page.getByText(/^Moving on to Access: \d+ things? to complete\.$/);
  await expect(bar).toBeVisible();
  const box = (await bar.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(384);
  expect(box.height).toBeLessThan(60);
  await page.getByRole('link', { name: 'Go to the gate' }).click();
  await expect(page.getByRole('heading', { name: /Moving on to Access/ })).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/setup-200-percent.png` });
  await expectNoAxeViolations(page);
});
