/**
 * The dashboard as a DSH manager meets it each morning: its figures agree with the stored records (counted
 * here from the raw IndexedDB rows, not by the app's code), each action leads to where the officer acts,
 * acknowledging is audited, and e-mail drafts go to the mail client through the host.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { validateOnboarding } from '../../../shared/domain/schemas/onboarding-validation';
import { installTestBridge } from '../../helpers/test-bridge';
import {
  londonToday,
  plusDays,
  plusMonths,
  readStores,
  watchCsp,
  withoutZodProbe,
  type Row,
} from './dashboard-demo';
import { expect, expectNoAxeViolations, openApp, test } from './fixtures';
import { loadDemoData } from './demo-data';
import { expectDashboardReady, expectRemindersReady, goToDashboard } from './pages/dashboard';
import { sharePage } from './shared-page';

const STAGES = ['enquiry', 'onboarding', 'setup', 'access', 'active', 'closure'];
const LIVE = ['setup', 'access', 'active'];

/** What the dashboard should show, counted straight from the stored rows. */
function expectedFigures(rows: Record<string, Row[]>, today: string) {
  const { projects, memberships, trainingRecords, bookings, changeRequests, connectionTypes, settings } =
    rows;
  const months = settings![0]?.dsaValidityMonths ?? 12;
  const byId = new Map(projects!.map((p) => [p.id, p]));
  const isCurrent = (m: Row) => !m.accessRevoked || m.accessRevoked.on > today;
  const in30 = plusDays(today, 30);
  const tomorrow = plusDays(today, 1);

  const dsaUntil = (personId: string) =>
    trainingRecords!
      .filter((r) => r.personId === personId && r.kind === 'nhs-dsa-level-1' && r.completedOn <= today)
      .map((r) => r.expiresOn ?? plusMonths(r.completedOn, months))
      .sort()
      .at(-1);
  const liveMembers = memberships!.filter((m) => {
    const p = byId.get(m.projectId);
    return p?.status === 'open' && LIVE.includes(p.stage) && isCurrent(m);
  });
  const training = liveMembers.filter((m) => {
    const until = dsaUntil(m.personId);
    return until !== undefined && until <= in30;
  }).length;
  const access = liveMembers.filter((m) => {
    const p = byId.get(m.projectId)!;
    const signed = m.accessForm && m.accessForm.signedOn <= today;
    const granted = m.accessGranted && m.accessGranted.on <= today;
    return (p.stage === 'access' || p.stage === 'active') && !(signed && granted);
  }).length;
  const open = (stage: string) => projects!.filter((p) => p.status === 'open' && p.stage === stage);
  const ending = open('active').filter(
    (p) => p.onboarding.plannedEnd && p.onboarding.plannedEnd <= in30 && !p.closureStart,
  ).length;
  const onboarding = open('onboarding').filter(
    (p) =>
      p.stageEnteredAt.onboarding &&
      plusDays(p.stageEnteredAt.onboarding, 14) < today &&
      validateOnboarding(p.onboarding, connectionTypes as never).length > 0,
  ).length;
  const changes = changeRequests!.filter(
    (r) =>
      (r.status === 'requested' || r.status === 'approved') &&
      (!byId.has(r.projectId) || byId.get(r.projectId)!.status === 'open'),
  ).length;
  const booked = (day: string) => bookings!.filter((b) => b.status === 'booked' && b.date === day).length;
  return {
    stages: Object.fromEntries(STAGES.map((stage) => [stage, open(stage).length])),
    ended: Object.fromEntries(
      ['closed', 'declined', 'withdrawn'].map((status) => [
        status,
        projects!.filter((p) => p.status === status).length,
      ]),
    ),
    groups: {
      training,
      access,
      ending,
      onboarding,
      closure:
        open('closure').length +
        open('active').filter((p) => p.closureStart && p.closureStart.startedOn <= today).length,
      changes,
    } as Record<string, number>,
    bookings: { today: booked(today), tomorrow: booked(tomorrow) },
  };
}

const STORES = [
  'projects',
  'memberships',
  'trainingRecords',
  'bookings',
  'changeRequests',
  'connectionTypes',
  'settings',
  'people',
] as const;

async function openDashboardWithDemo(page: Page) {
  await loadDemoData(page);
  await goToDashboard(page);
  // The demo data names no case officers: the whole team's work is under "Everyone" (remembered).
  await page.getByRole('radio', { name: 'Everyone' }).check();
  // The switch reads the other view's items again: "loading" until they are there.
  await expectDashboardReady(page);
}

async function groupCount(page: Page, group: string): Promise<number> {
  const count = page.locator(`[data-group="${group}"] .action-group-count`);
  return (await count.count()) === 0 ? 0 : Number(await count.textContent());
}

test.describe('the dashboard of the demo data', () => {
  // Both tests only read (and follow links): one demo load for the two.
  let cspViolations: () => Promise<string[]>;
  const shared = sharePage(async (page) => {
    cspViolations = await watchCsp(page);
    await openDashboardWithDemo(page);
  });

  test('with demo data, the dashboard’s figures agree with the stored records', async () => {
    test.setTimeout(90_000);
    const { page, consoleErrors } = shared();
    await goToDashboard(page);
    const today = londonToday();
    const expected = expectedFigures(await readStores(page, STORES), today);

    for (const stage of STAGES) {
      await expect(page.locator(`[data-stage="${stage}"] .pipeline-count`)).toHaveText(
        String(expected.stages[stage]),
      );
    }
    for (const [status, count] of Object.entries(expected.ended)) {
      await expect(page.locator(`[data-status="${status}"]`)).toContainText(String(count));
    }
    for (const [group, count] of Object.entries(expected.groups)) {
      expect({ group, count: await groupCount(page, group) }).toEqual({ group, count });
    }
    const total = Object.values(expected.groups).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(0);
    await expect(page.getByTestId('attention-summary').locator('strong')).toHaveText(String(total));
    const days = page.locator('.bookings-day');
    await expect(days.nth(0).locator('.action-group-count')).toHaveText(String(expected.bookings.today));
    await expect(days.nth(1).locator('.action-group-count')).toHaveText(String(expected.bookings.tomorrow));
    await expect(page.getByRole('heading', { name: 'Recent activity' })).toBeVisible();

    // Each group draws its first three items, every one named (only the drawn items' people are read),
    // and "Show all (N)" leads to all N of them on the Reminders page.
    const sections = page.locator('.attention-panel section[data-section]');
    const largest = { name: '', count: 0 };
    for (const section of await sections.all()) {
      const count = Number(await section.locator('h3 .action-group-count').textContent());
      await expect(section.locator('.action-item')).toHaveCount(Math.min(count, 3));
      for (const title of await section.locator('.action-title').allTextContents()) {
        expect(title).not.toContain('A member');
      }
      if (count > largest.count) largest.count = count;
      if (count === largest.count) largest.name = (await section.locator('h3').getAttribute('id'))!;
    }
    expect(largest.count).toBeGreaterThan(3);
    const more = page.locator(`section[aria-labelledby="${largest.name}"] .action-more a`);
    await expect(more).toHaveText(`Show all (${largest.count})`);
    await expectNoAxeViolations(page);
    await more.press('Enter');
    await expect(page.getByTestId('reminders-summary')).toContainText(`${largest.count} reminders`);
    await page.screenshot({ path: 'test-results/dashboard-paging-reminders.png' });
    await page.goBack();
    await expectDashboardReady(page);
    await page.screenshot({ path: 'test-results/dashboard-paging.png', fullPage: true });

    expect(withoutZodProbe(await cspViolations())).toEqual([]);
    expect(withoutZodProbe(consoleErrors)).toEqual([]);
  });

  test('an action opens the person or the project it is about, at the right stage', async () => {
    test.setTimeout(90_000);
    const { page } = shared();
    await goToDashboard(page);
    const { memberships, people, projects } = await readStores(page, ['memberships', 'people', 'projects']);

    // NHS DSA training → the person's page.
    const training = page.locator('.action-item[data-kind^="dsa-"]').first();
    const itemId = (await training.getAttribute('data-item-id'))!;
    const membership = memberships.find((m) => m.id === itemId.split(':')[1])!;
    const person = people.find((p) => p.id === membership.personId)!;
    await training.locator('.action-title').click();
    await expect(page).toHaveURL(new RegExp(`#/people/${person.id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(person.name);

    // User access → the project's page, at its Access stage.
    // User access items may all sit behind "Show all": the total by kind leads to every one of them.
    await page.goBack();
    await expectDashboardReady(page);
    await page
      .getByRole('list', { name: 'Needs attention by kind of work' })
      .getByRole('link', { name: /^User access/ })
      .click();
    await expectRemindersReady(page);
    const access = page.locator('.action-item[data-kind^="access-"]').first();
    const accessItemId = (await access.getAttribute('data-item-id'))!;
    const accessMembership = memberships.find((m) => m.id === accessItemId.split(':')[1])!;
    const project = projects.find((p) => p.id === accessMembership.projectId)!;
    await access.locator('.action-title').click();
    await expect(page).toHaveURL(new RegExp(`#/projects/${project.id}\\?stage=access$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(project.reference);
  });
});

test('acknowledging a reminder takes it off the list and records it in the audit log', async ({ page }) => {
  test.setTimeout(90_000);
  await openDashboardWithDemo(page);
  const before = await groupCount(page, 'training');
  const first = page.locator('.action-item[data-kind^="dsa-"]').first();
  const itemId = (await first.getAttribute('data-item-id'))!;
  const title = (await first.locator('.action-title').textContent())!;

  await first.getByRole('button', { name: `Acknowledge: ${title}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Acknowledged:' })).toHaveText(
    `Acknowledged: ${title}.`,
  );
  await expect.poll(() => groupCount(page, 'training')).toBe(before - 1);
  await expect(page.locator(`[data-item-id="${itemId}"]`)).toHaveCount(0);

  const { auditEvents, acknowledgements } = await readStores(page, ['auditEvents', 'acknowledgements']);
  expect(acknowledgements.map((row) => row.itemId)).toEqual([itemId]);
  const events = auditEvents.filter((event) => event.action === 'acknowledge');
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({
    entity: 'person',
    changes: { reminder: { after: itemId } },
    actor: { staffName: 'Tess Officer' },
  });

  // Reminders can show it again, flagged with who acknowledged it.
  await page.getByRole('link', { name: 'All reminders' }).click();
  await expectRemindersReady(page);
  // The box follows the address (the filter is kept in it), so it shows ticked once the address has changed.
  const include = page.getByLabel('Include acknowledged reminders');
  await include.click();
  await expect(include).toBeChecked();
  await expect(page.locator(`[data-item-id="${itemId}"]`)).toContainText('Acknowledged by Tess Officer');
  await expectNoAxeViolations(page);
});

test('an e-mail draft opens in the mail client through the host, addressed to the researcher', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const saveDir = await mkdtemp(path.join(tmpdir(), 'dsh-dash-'));
  try {
    const bridge = await installTestBridge(page, { saveDir, dataFolder: '/data' });
    await openDashboardWithDemo(page);
    const { people } = await readStores(page, ['people']);
    await page
      .getByRole('list', { name: 'Needs attention by kind of work' })
      .getByRole('link', { name: /^User access/ })
      .click();
    await expectRemindersReady(page);
    const draft = page
      .locator('.action-item[data-kind="access-form-missing"]')
      .getByRole('link', { name: /^E-mail draft to / })
      .first();
    const name = (await draft.getAttribute('aria-label'))!.replace(/^E-mail draft to (.*): .*$/, '$1');
    const person = people.find((p) => p.name === name)!;
    await draft.click();
    await expect.poll(() => bridge.openedExternal.length).toBe(1);
    expect(bridge.openedExternal[0]).toMatch(
      new RegExp(`^mailto:${person.email.replace(/[.+]/g, '\\$&')}\\?`),
    );
    expect(decodeURIComponent(bridge.openedExternal[0]!)).toContain('User access form for DSH-');
  } finally {
    await rm(saveDir, { recursive: true, force: true });
  }
});

test('on an empty database the dashboard says there is nothing yet, and is ready', async ({
  page,
  consoleErrors,
}) => {
  const cspViolations = await watchCsp(page);
  await openApp(page, '/dashboard');
  await expectDashboardReady(page);
  await expect(page.getByRole('heading', { name: 'No projects yet' })).toBeVisible();
  await expect(page.getByText('Nothing needs attention today.')).toBeVisible();
  for (const stage of STAGES)
    await expect(page.locator(`[data-stage="${stage}"] .pipeline-count`)).toHaveText('0');
  await expect(page.getByText('Created staff member')).toBeVisible();
  await expectNoAxeViolations(page);
  expect(withoutZodProbe(await cspViolations())).toEqual([]);
  expect(withoutZodProbe(consoleErrors)).toEqual([]);
});
