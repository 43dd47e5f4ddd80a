/**
 * The Set Up, Access, Active and Closure screens of a project, with the demo data loaded: each step is
 * recorded as an officer would, and the readiness chips and the closure blockers follow.
 */
import type { Page } from '@playwright/test';
import { readStores, type Row } from './dashboard-demo';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { loadDemoData } from './demo-data';
import { openProject } from './pages/project-page';
import { sharePage } from './shared-page';

// The demo data and axe take their time on a busy two-core machine.
test.describe.configure({ timeout: 150_000 });

const TASK_LABELS: Record<string, string> = {
  'environment-created': 'Environment created',
  'storage-allocated': 'Storage allocated',
  'applications-installed': 'Applications installed',
  'connection-configured': 'Connection configured',
  'datasets-ingested': 'Datasets ingested',
};

type Stores = Record<'projects' | 'memberships' | 'people' | 'setupTasks' | 'trainingRecords', Row[]>;

/** The records the tests choose their project from, read as they are now (earlier tests of the group wrote). */
async function readDemoStores(page: Page): Promise<Stores & { today: string }> {
  const stores = await readStores(page, [
    'projects',
    'memberships',
    'people',
    'setupTasks',
    'trainingRecords',
  ] as const);
  const today = await page.evaluate(() =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date()),
  );
  return { ...stores, today };
}

/** True when the person has DSH environment training and an NHS DSA valid well beyond today. */
function trained(stores: Stores, personId: string, today: string): boolean {
  const mine = stores.trainingRecords.filter((t) => t.personId === personId);
  return (
    mine.some((t) => t.kind === 'dsh-environment' && t.completedOn <= today) &&
    mine.some((t) => t.kind === 'nhs-dsa-level-1' && t.completedOn <= today && t.expiresOn > today)
  );
}

test.describe('a project at each stage, on the demo data', () => {
  // One load of the demo data for the four stages (~9 s each on an idle machine, with opening the page): each
  // test writes only to a project at its own stage (Set Up, Access, Active, Closure), which no other test here
  // reads, and chooses its project from the records as they are when it starts.
  const shared = sharePage(loadDemoData, { timeout: 150_000 });

  test('Set Up: a checklist task is marked done by keyboard, and the members’ readiness is shown', async () => {
    const { page } = shared();
    const stores = await readDemoStores(page);
    const project = stores.projects.find(
      (p) =>
        p.status === 'open' &&
        p.stage === 'setup' &&
        stores.setupTasks.filter((t) => t.projectId === p.id).length < 5,
    )!;
    const done = new Set(stores.setupTasks.filter((t) => t.projectId === project.id).map((t) => t.kind));
    const kind = Object.keys(TASK_LABELS).find((k) => !done.has(k))!;
    const label = TASK_LABELS[kind]!;
    await openProject(page, project, 'Set Up');

    const checklist = page.getByRole('region', { name: 'Set-up checklist' });
    await expect(checklist.getByText(`${done.size} of 5 done`)).toBeVisible();
    const gate = page.getByRole('region', { name: /Moving on to Access/ });
    await expect(gate.getByText(`Mark ‘${label}’ done, with who did it and when.`)).toBeVisible();
    const members = page.getByRole('region', { name: 'Training of members' });
    await expect(members.getByText(/^(Ready|Expiring|Not ready)$/).first()).toBeVisible();
    await expectNoAxeViolations(page);

    await checklist.getByRole('button', { name: `Mark ‘${label}’ done` }).focus();
    await page.keyboard.press('Enter');
    const form = checklist.getByRole('form', { name: `Mark ‘${label}’ done` });
    await expect(form.getByLabel(/Done by/)).toBeFocused();
    await expect(form.getByLabel(/Done by/)).toHaveValue(/.+/);
    // Tab on through the date (day, month and year are stops of their own) to the note.
    const note = form.getByLabel(/Note/);
    for (let stops = 0; stops < 6 && !(await note.evaluate((el) => el === document.activeElement)); stops++) {
      await page.keyboard.press('Tab');
    }
    await expect(note).toBeFocused();
    await page.keyboard.type('Checked with the infrastructure team.');
    await page.keyboard.press('Enter');

    await expect(checklist.getByText(`${done.size + 1} of 5 done`)).toBeVisible();
    await expect(checklist.getByText(/Checked with the infrastructure team\./)).toBeVisible();
    await expect(gate.getByText(`Mark ‘${label}’ done, with who did it and when.`)).toHaveCount(0);
  });

  test('Access: the signed form and access granted make a trained member ready', async () => {
    const { page } = shared();
    const stores = await readDemoStores(page);
    const member = stores.memberships.find((m) => {
      const project = stores.projects.find((p) => p.id === m.projectId);
      return (
        project?.status === 'open' &&
        project.stage === 'access' &&
        !m.accessForm &&
        trained(stores, m.personId, stores.today)
      );
    })!;
    const project = stores.projects.find((p) => p.id === member.projectId)!;
    const name = stores.people.find((p) => p.id === member.personId)!.name as string;
    await openProject(page, project, 'Access');

    const card = page.getByRole('region', { name: 'Access of members' }).getByRole('article', { name });
    await expect(card.getByText('Not ready')).toBeVisible();
    await expect(card.getByText('This person has not signed the user access form.')).toBeVisible();
    await expectNoAxeViolations(page);

    await card.getByRole('button', { name: `Record signed form: ${name}` }).click();
    await card.getByLabel(/Form version/).fill('v3.1');
    await card.getByRole('button', { name: 'Record signed form' }).click();
    await expect(card.getByText(/Signed \d\d\/\d\d\/\d{4}, version v3\.1/)).toBeVisible();
    await card.getByRole('button', { name: `Record access granted: ${name}` }).click();
    await card.getByRole('button', { name: 'Record access granted' }).click();

    await expect(card.getByText(/^(Ready|Expiring)$/)).toBeVisible();
    await expect(card.getByText('This person has not signed the user access form.')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('Active: an application is requested, approved and done, and the closure can be started', async () => {
    const { page } = shared();
    const stores = await readDemoStores(page);
    const project = stores.projects.find(
      (p) => p.status === 'open' && p.stage === 'active' && !p.closureStart,
    )!;
    await openProject(page, project, 'Active');

    const requests = page.getByRole('region', { name: 'Change requests' });
    await requests.getByRole('button', { name: 'New change request' }).click();
    await requests.getByLabel(/Add an application/).check();
    await expectNoAxeViolations(page);
    await requests.getByLabel(/^Application/).selectOption({ index: 1 });
    const app = (await requests
      .getByLabel(/^Application/)
      .locator('option:checked')
      .textContent())!.trim();
    await requests.getByRole('button', { name: 'Record request' }).click();
    await expect(requests.getByText('Change request recorded.')).toBeVisible();

    const what = `Add application: ${app.replace(/ [\d.]+$/, '')}`;
    await requests.getByRole('button', { name: `Approve: ${what}` }).click();
    await requests.getByRole('button', { name: 'Approve', exact: true }).click();
    await requests.getByRole('button', { name: `Mark done: ${what}` }).click();
    await requests.getByRole('button', { name: 'Mark done', exact: true }).click();
    await expect(requests.locator('.chip', { hasText: 'Done' }).first()).toBeVisible();

    const closure = page.getByRole('region', { name: 'Closure', exact: true });
    await closure.getByRole('button', { name: 'Start the closure…' }).click();
    await closure.getByLabel(/Reason for closure/).selectOption({ label: 'End date reached' });
    await closure.getByRole('button', { name: 'Start the closure' }).click();
    await expect(closure.getByText(/Closure starts on .*: end date reached\./)).toBeVisible();
    await expect(
      page
        .getByRole('region', { name: /Moving on to Closure/ })
        .getByText('Start the closure: record the date and the reason.'),
    ).toHaveCount(0);
  });

  test('Closure: revoking access and checking storage take their items off the certificate’s blockers', async () => {
    const { page } = shared();
    const stores = await readDemoStores(page);
    const member = stores.memberships.find((m) => {
      const project = stores.projects.find((p) => p.id === m.projectId);
      return project?.status === 'open' && project.stage === 'closure' && m.accessGranted && !m.accessRevoked;
    })!;
    const project = stores.projects.find((p) => p.id === member.projectId)!;
    const name = stores.people.find((p) => p.id === member.personId)!.name as string;
    await openProject(page, project, 'Closure');

    const certificate = page.getByRole('region', { name: 'Certificate of deletion' });
    await expect(certificate.getByText('Certificate of deletion: not yet issued.')).toBeVisible();
    await expect(certificate.getByText(`${name}’s access has not been revoked.`)).toBeVisible();
    await expectNoAxeViolations(page);

    const revocation = page.getByRole('region', { name: /Access revoked/ });
    await revocation.getByRole('button', { name: `Revoke access: ${name}` }).click();
    await revocation.getByRole('button', { name: 'Record access revoked' }).click();
    await expect(certificate.getByText(`${name}’s access has not been revoked.`)).toHaveCount(0);

    const storage = page.getByRole('region', { name: /Storage locations checked/ });
    await storage.getByRole('button', { name: 'Add a location' }).click();
    const rows = storage.getByRole('group', { name: /^Location \d+$/ });
    const last = rows.last();
    await last.getByLabel(/^Location/).fill('USB drive DSH-07 (encrypted)');
    await last.getByLabel(/^Kind/).selectOption({ label: 'Removable media' });
    await storage.getByRole('button', { name: 'Save storage locations' }).click();
    await expect(
      certificate.getByText(
        'Check the storage location ‘USB drive DSH-07 (encrypted)’ and record who checked it and when.',
      ),
    ).toBeVisible();
    await last.getByRole('button', { name: /Checked by me today/ }).click();
    await storage.getByRole('button', { name: 'Save storage locations' }).click();
    await expect(certificate.getByText(/USB drive DSH-07/)).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});
