/** The people register and the person page, as an officer uses them. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { installTestBridge } from '../../helpers/test-bridge';
import { readStores, type Row } from './dashboard-demo';
import { expect, expectNoAxeViolations, openApp, test } from './fixtures';
import { loadDemoData } from './demo-data';

// axe and the demo data take their time on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

test('a person is added, found by name, e-mail or organisation, and a second with their e-mail is refused readably', async ({
  page,
}) => {
  await openApp(page, '/people');
  await expect(page.getByRole('heading', { name: 'No people yet' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Add person' }).click();
  const form = page.getByRole('form', { name: 'Add a person' });
  await expect(form.getByLabel(/Full name/)).toBeFocused();
  await form.getByLabel(/Full name/).fill('Dr Zoë Ågren');
  await form.getByLabel(/E-mail address/).fill('Z.Agren@Example.ac.uk');
  await form.getByLabel(/Organisation/).fill('University of Example');
  await form.getByLabel(/Department/).fill('Respiratory Medicine');
  await form.getByRole('button', { name: 'Add person' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Dr Zoë Ågren' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'z.agren@example.ac.uk' })).toBeVisible();
  await expect(page.getByText('None recorded')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'All people' }).click();
  const search = page.getByLabel('Search');
  for (const text of ['zoë', 'z.agren', 'university of ex']) {
    await search.fill(text);
    await expect(page.getByRole('status').filter({ hasText: 'matches' })).toHaveText(
      `1 person matches “${text}”.`,
    );
    await expect(page.getByRole('link', { name: 'Dr Zoë Ågren' })).toBeVisible();
  }
  await search.fill('nobody');
  await expect(page.getByText('No one matches “nobody”.')).toBeVisible();

  await page.getByRole('button', { name: 'Add person' }).click();
  await form.getByLabel(/Full name/).fill('Zoe Agren');
  await form.getByLabel(/E-mail address/).fill('z.agren@example.ac.uk');
  await form.getByLabel(/Organisation/).fill('Another University');
  await form.getByRole('button', { name: 'Add person' }).click();
  const refusal = 'A person with the e-mail address z.agren@example.ac.uk is already recorded.';
  await expect(form.getByRole('alert')).toHaveText(refusal);
  await expect(form.getByLabel(/E-mail address/)).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
});

test('adding NHS DSA training on the person page makes them ready on their project', async ({ page }) => {
  await loadDemoData(page);

  // A member with access on an open project, whose only gap is an expired NHS DSA.
  const { memberships, projects, trainingRecords, people } = await readStores(page, [
    'memberships',
    'projects',
    'trainingRecords',
    'people',
  ] as const);
  const today = await page.evaluate(() =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date()),
  );
  const openProjects = new Map(projects.filter((p: Row) => p.status === 'open').map((p: Row) => [p.id, p]));
  const candidate = memberships.find((m: Row) => {
    if (!openProjects.has(m.projectId) || !m.accessGranted || m.accessRevoked || !m.accessForm) return false;
    const mine = trainingRecords.filter((t: Row) => t.personId === m.personId);
    const dsh = mine.some((t: Row) => t.kind === 'dsh-environment');
    const dsa = mine.filter((t: Row) => t.kind === 'nhs-dsa-level-1');
    return dsh && dsa.length > 0 && dsa.every((t: Row) => t.expiresOn < today);
  });
  expect(candidate, 'the demo data has a member whose NHS DSA has expired').toBeDefined();
  const person = people.find((p: Row) => p.id === candidate!.personId)!;
  const project = openProjects.get(candidate!.projectId)!;

  await page.goto(`/#/people/${person.id}`);
  await expect(page.getByRole('heading', { level: 1, name: person.name })).toBeVisible();
  const row = page
    .getByRole('region', { name: 'Projects' })
    .getByRole('row', { name: new RegExp(project.reference) });
  await expect(row.getByText('Not ready')).toBeVisible();
  await expect(row.getByText(/has no NHS DSA Level 1 training valid on/)).toBeVisible();
  await expectNoAxeViolations(page);

  const training = page.getByRole('region', { name: 'Training' });
  await training.getByRole('button', { name: `Add NHS DSA Level 1 training for ${person.name}` }).click();
  await training.getByRole('button', { name: 'Add training' }).click();
  await expect(training.getByText('Enter the certificate reference of the NHS DSA training.')).toBeVisible();
  await training.getByLabel(/Certificate or evidence reference/).fill('DSA-2026-55501');
  await training.getByRole('button', { name: 'Add training' }).click();
  await expect(training.getByText(`Saved NHS DSA Level 1 training of ${person.name}.`)).toBeVisible();
  await expect(row.getByText(/^(Ready|Expiring)$/)).toBeVisible();
  await expect(row.getByText(/has no NHS DSA Level 1 training/)).toHaveCount(0);

  await row.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`#/projects/${project.id}`));
});

test('an e-mail draft to a researcher about one of their projects opens in the mail client, from their page', async ({
  page,
}) => {
  const saveDir = await mkdtemp(path.join(tmpdir(), 'dsh-people-'));
  try {
    const bridge = await installTestBridge(page, { saveDir, dataFolder: '/data' });
    await loadDemoData(page);
    const { memberships, projects, people } = await readStores(page, ['memberships', 'projects', 'people']);
    const open = new Map(projects.filter((p: Row) => p.status === 'open').map((p: Row) => [p.id, p]));
    const membership = memberships.find((m: Row) => open.get(m.projectId)?.stage === 'access')!;
    const person = people.find((p: Row) => p.id === membership.personId)!;
    const project = open.get(membership.projectId)!;

    await page.goto(`/#/people/${person.id}`);
    const panel = page.getByRole('region', { name: `E-mail ${person.name}` });
    await panel.getByLabel('Project').selectOption({ label: `${project.reference} ${project.title}` });
    // At the Access stage the draft most likely needed is the request to sign the user access form.
    await expect(panel.getByLabel('Draft')).toHaveValue('access-form-request');
    await panel.getByRole('button', { name: 'Open e-mail draft' }).click();
    await expect(panel.getByRole('status')).toHaveText(
      `Draft opened in your e-mail program, to ${person.name}.`,
    );
    expect(bridge.openedExternal).toHaveLength(1);
    const url = bridge.openedExternal[0]!;
    expect(url.startsWith(`mailto:${person.email}?`)).toBe(true);
    const subject = new URL(url).searchParams.get('subject');
    expect(subject).toBe(`User access form for ${project.reference}`);
    await expectNoAxeViolations(page);
  } finally {
    await rm(saveDir, { recursive: true, force: true });
  }
});
