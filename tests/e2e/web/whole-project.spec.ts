/**
 * One project from enquiry to its certificate of deletion, on today's screens, by a new officer with the
 * demo data's catalogues: every click, choice and field filled is counted, stage by stage, so the number of
 * actions the whole journey takes is known (issue 14 counted 146 before the bulk paths) and cannot grow
 * unnoticed. The project has its lead researcher and one co-researcher as members.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { installTestBridge } from '../../helpers/test-bridge';
import { loadDemoData } from './demo-data';
import { expect, openApp, test } from './fixtures';
import { expectCurrentStage, stageGate } from './pages/project-page';

test.setTimeout(120_000);

/** The most actions the journey may take: the count walked on 2026-12-06 (the test prints it by stage). */
const ACTION_BUDGET = 95;

/** Counts the officer's actions by stage: one per click, choice, tick or field filled. */
class Walk {
  readonly counts = new Map<string, number>();
  private stage = '';

  /** Actions from here on count towards `stage`. */
  during(stage: string): void {
    this.stage = stage;
    this.counts.set(stage, this.counts.get(stage) ?? 0);
  }

  private count(): void {
    this.counts.set(this.stage, (this.counts.get(this.stage) ?? 0) + 1);
  }

  async click(target: Locator): Promise<void> {
    this.count();
    await target.click();
  }

  async check(target: Locator): Promise<void> {
    this.count();
    await target.check();
  }

  async fill(target: Locator, value: string): Promise<void> {
    this.count();
    await target.fill(value);
  }

  async choose(target: Locator, option: string | { label: string }): Promise<void> {
    this.count();
    await target.selectOption(option);
  }

  total(): number {
    return [...this.counts.values()].reduce((sum, n) => sum + n, 0);
  }
}

test('one project from enquiry to certificate: every action counted, within the budget', async ({
  page,
  consoleErrors,
}) => {
  const saveDir = await mkdtemp(path.join(tmpdir(), 'dsh-whole-project-'));
  const bridge = await installTestBridge(page, { saveDir, dataFolder: '/data' });
  await openApp(page, '/dashboard');
  await loadDemoData(page);
  const walk = new Walk();
  const lead = 'Dr Imogen Ashworth';
  const coResearcher = 'Dr Tomasz Wilk';

  walk.during('Enquiry');
  await walk.click(
    page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Projects' }),
  );
  await walk.click(page.getByRole('link', { name: 'New enquiry' }).first());
  await walk.fill(page.getByLabel('Working title'), 'Air pollution and childhood asthma');
  await walk.fill(page.getByLabel('Contact name'), lead);
  await walk.fill(page.getByLabel('Contact e-mail address'), 'imogen.ashworth@westmoor.ac.uk');
  await walk.fill(page.getByLabel('Organisation'), 'University of Westmoor');
  await walk.fill(page.getByLabel('Brief description'), 'Linked primary care and pollution records.');
  await walk.click(page.getByRole('button', { name: 'Save enquiry' }));
  await expect(page.getByRole('heading', { level: 1, name: /Air pollution/ })).toBeVisible();
  const discussion = page.getByRole('form', { name: 'Initial discussion' });
  await walk.check(discussion.getByRole('checkbox', { name: 'Tess Officer' }));
  await walk.fill(discussion.getByLabel('Notes'), 'Scope, data flows and timelines discussed.');
  await walk.click(discussion.getByRole('button', { name: 'Save discussion' }));
  await expect(discussion.getByText('Saved.')).toBeVisible();
  const suitability = page.getByRole('form', { name: 'Suitability outcome' });
  await walk.check(suitability.getByRole('radio', { name: /^Suitable/ }));
  await walk.fill(suitability.getByRole('textbox', { name: /^Reason/ }), 'Routine data, tier 2.');
  await walk.click(suitability.getByRole('button', { name: 'Save outcome' }));
  await expect(suitability.getByText('Saved.')).toBeVisible();
  await walk.click(stageGate(page, 'Onboarding').getByRole('button', { name: 'Advance to Onboarding' }));
  await expectCurrentStage(page, 'Onboarding');

  walk.during('Onboarding');
  const onboarding = page.getByRole('form', { name: 'Onboarding form' });
  await walk.click(
    onboarding.getByRole('button', { name: `Add the enquiry contact, ${lead}, as a new person` }),
  );
  await walk.click(
    onboarding.getByRole('group', { name: 'New person' }).getByRole('button', { name: 'Add person' }),
  );
  await expect(onboarding.getByText(lead, { exact: true })).toBeVisible();
  await walk.fill(onboarding.getByLabel('Data controller'), 'University of Westmoor');
  await walk.click(onboarding.getByRole('button', { name: 'Add a dataset' }));
  const dataset = onboarding.getByRole('group', { name: 'Dataset 1' });
  await walk.fill(dataset.getByLabel('Name'), 'CPRD Aurum primary care records');
  await walk.fill(dataset.getByLabel('Provider'), 'CPRD');
  await walk.choose(dataset.getByLabel('Classification'), 'Pseudonymised');
  await walk.choose(dataset.getByLabel('Tier'), 'Tier 2');
  await walk.fill(dataset.getByLabel(/^Approximate size/), '120 GB');
  for (const [approval, reference] of [
    ['Ethics approval', 'REC 26/NW/0101'],
    ['IRAS / HRA approval', 'IRAS 345678'],
    ['NHS England DARS / DSA', 'DARS-NIC-700001'],
    ['DSPT of the organisation', 'DSPT 8WM01'],
  ] as const) {
    await walk.check(
      onboarding.getByRole('group', { name: approval }).getByRole('radio', { name: 'Reference' }),
    );
    await walk.fill(onboarding.getByLabel(`${approval} reference`), reference);
  }
  await walk.check(
    onboarding.getByRole('group', { name: 'CAG approval' }).getByRole('radio', { name: 'Not applicable' }),
  );
  await walk.fill(onboarding.getByLabel('Why CAG approval is not applicable'), 'Consent is in place.');
  await walk.fill(onboarding.getByLabel('Planned start'), '2027-01-04');
  await walk.fill(onboarding.getByLabel('Planned end'), '2028-01-03');
  await walk.check(onboarding.getByRole('checkbox', { name: /R and RStudio/ }));
  await walk.check(onboarding.getByRole('radio', { name: /Dedicated virtual desktop £150.00 per month/ }));
  await walk.check(onboarding.getByRole('radio', { name: /Core connection Free/ }));
  // The form saves itself once typing stops.
  await expect(onboarding.getByRole('status').filter({ hasText: /^Saved at \d\d:\d\d$/ })).toBeVisible({
    timeout: 15_000,
  });
  await walk.click(page.getByRole('button', { name: `Add ${lead} as lead researcher` }));
  await expect(page.getByRole('status').filter({ hasText: 'was added as lead researcher' })).toBeVisible();
  await test.step('a co-researcher joins', async () => {
    await addMember(page, walk, coResearcher, 't.wilk@westmoor.ac.uk');
  });
  await walk.click(stageGate(page, 'Set Up').getByRole('button', { name: 'Advance to Set Up' }));
  await expectCurrentStage(page, 'Set Up');

  walk.during('Set Up');
  const checklist = page.getByRole('region', { name: 'Set-up checklist' });
  await walk.check(checklist.getByRole('checkbox', { name: 'Select all 5 to do' }));
  await walk.click(checklist.getByRole('button', { name: 'Mark 5 done by me, today' }));
  await expect(checklist.getByText('5 of 5 done')).toBeVisible();
  const training = page.getByRole('region', { name: 'Training of members' });
  await walk.click(training.getByRole('button', { name: 'DSH environment training for several…' }));
  let dialog = page.getByRole('dialog', { name: 'DSH environment training for several members' });
  for (const name of [lead, coResearcher]) await walk.check(dialog.getByRole('checkbox', { name }));
  await walk.click(dialog.getByRole('button', { name: 'Record for 2 members' }));
  await expect(training.getByRole('status').filter({ hasText: 'recorded for 2 members' })).toBeVisible();
  await walk.click(training.getByRole('button', { name: 'NHS DSA Level 1 training for several…' }));
  dialog = page.getByRole('dialog', { name: 'NHS DSA Level 1 training for several members' });
  for (const [i, name] of [lead, coResearcher].entries()) {
    await walk.check(dialog.getByRole('checkbox', { name }));
    await walk.fill(dialog.getByLabel(`Certificate reference (required) for ${name}`), `DSA-2026-7700${i}`);
  }
  await walk.click(dialog.getByRole('button', { name: 'Record for 2 members' }));
  await expect(training.getByRole('status').filter({ hasText: 'NHS DSA' })).toBeVisible();
  await walk.click(stageGate(page, 'Access').getByRole('button', { name: 'Advance to Access' }));
  await expectCurrentStage(page, 'Access');

  walk.during('Access');
  const access = page.getByRole('region', { name: 'Access of members' });
  await walk.click(access.getByRole('button', { name: 'Signed access form for several…' }));
  dialog = page.getByRole('dialog', { name: 'Signed access form for several members' });
  await walk.fill(dialog.getByLabel(/Form version/), 'v4');
  await walk.click(dialog.getByRole('button', { name: 'Record for 2 members' }));
  await expect(access.getByRole('status').filter({ hasText: 'recorded for 2 members' })).toBeVisible();
  await walk.click(access.getByRole('button', { name: 'Access granted for several…' }));
  dialog = page.getByRole('dialog', { name: 'Access granted for several members' });
  await walk.click(dialog.getByRole('button', { name: 'Record for 2 members' }));
  await expect(access.getByRole('status').filter({ hasText: 'Access granted' })).toBeVisible();
  await walk.click(stageGate(page, 'Active').getByRole('button', { name: 'Advance to Active' }));
  await expectCurrentStage(page, 'Active');

  walk.during('Active');
  const closureStart = page.getByRole('region', { name: 'Closure', exact: true });
  await walk.click(closureStart.getByRole('button', { name: 'Start the closure…' }));
  await walk.choose(closureStart.getByLabel(/Reason for closure/), { label: 'End date reached' });
  await walk.click(closureStart.getByRole('button', { name: 'Start the closure' }));
  await expect(closureStart.getByText(/Closure starts on/)).toBeVisible();
  await walk.click(stageGate(page, 'Closure').getByRole('button', { name: 'Advance to Closure' }));
  await expectCurrentStage(page, 'Closure');

  walk.during('Closure');
  await walk.check(page.getByLabel(/^Confirm (this is every extract|there were no extracts)/));
  await walk.click(page.getByRole('button', { name: 'Save extracts' }));
  await expect(page.locator('#closure-extracts').getByText('Complete', { exact: true })).toBeVisible();
  const revocation = page.getByRole('region', { name: /Access revoked/ });
  await walk.click(revocation.getByRole('button', { name: 'Revoke all members’ access…' }));
  await walk.click(
    page.getByRole('dialog', { name: 'Revoke all members’ access' }).getByRole('button', {
      name: 'Revoke access of 2 people',
    }),
  );
  await expect(revocation.getByRole('status').filter({ hasText: 'revoked' })).toBeVisible();
  const storage = page.locator('#closure-storage');
  const location = storage.getByRole('group', { name: 'Location 1' });
  if ((await location.count()) === 0)
    await walk.click(storage.getByRole('button', { name: 'Add a location' }));
  await walk.fill(location.getByLabel(/^Location/), 'Project volume DSH-NAS-01/asthma');
  await walk.fill(location.getByLabel('Media type'), 'NetApp volume');
  await walk.fill(location.getByLabel('Asset or serial number'), 'DSH-NAS-01');
  await walk.choose(location.getByLabel('Media afterwards'), { label: 'Reused' });
  await walk.click(location.getByRole('button', { name: /^Checked by me today/ }));
  await walk.click(storage.getByRole('button', { name: 'Save storage locations' }));
  await expect(storage.getByText('Complete', { exact: true })).toBeVisible();
  const destruction = page.locator('#closure-destruction');
  await walk.fill(destruction.getByLabel('Date of destruction'), '2028-01-10');
  await walk.check(destruction.getByRole('radio', { name: /^Purge/ }));
  await walk.fill(destruction.getByRole('textbox', { name: /^Technique/ }), 'Cryptographic erase');
  await walk.fill(destruction.getByRole('textbox', { name: /^Tool/ }), 'VeraCrypt 1.26.7');
  await walk.fill(destruction.getByRole('textbox', { name: /^Verification/ }), 'Read-back found no data.');
  await walk.fill(destruction.getByLabel('Name (performed by)'), 'Sam Engineer');
  await walk.fill(destruction.getByLabel('Name (witnessed by)'), 'Tess Officer');
  await walk.fill(destruction.getByLabel('Role (witnessed by)'), 'DSH manager');
  await walk.click(destruction.getByRole('button', { name: 'Save destruction details' }));
  await expect(destruction.getByText('Complete', { exact: true })).toBeVisible();
  const authorisation = page.locator('#closure-authorisation');
  await walk.fill(authorisation.getByLabel('Authorisation reference'), 'NHSE-AUTH-2028-01');
  await walk.click(authorisation.getByRole('button', { name: 'Save reference' }));
  await expect(
    page.getByText('Everything on the closure checklist is recorded: the certificate can be issued.'),
  ).toBeVisible();

  walk.during('Certificate');
  await walk.click(page.getByRole('link', { name: /Issue the certificate/ }).first());
  await walk.click(page.getByRole('button', { name: 'Issue certificate…' }));
  await walk.click(page.getByRole('button', { name: 'Issue certificate', exact: true }));
  await expect(
    page.getByRole('heading', { level: 1, name: /^Certificate of deletion DSH-CERT-/ }),
  ).toBeVisible();
  await walk.click(page.getByRole('button', { name: 'Save certificate PDF…' }));
  await expect(page.getByRole('status').filter({ hasText: 'Certificate saved to' })).toBeVisible();
  expect(bridge.savedFiles).toHaveLength(1);
  await rm(saveDir, { recursive: true, force: true });

  const table = [...walk.counts].map(([stage, n]) => `${stage.padEnd(12)} ${n}`).join('\n');
  console.log(`Actions from enquiry to certificate:\n${table}\n${'Total'.padEnd(12)} ${walk.total()}`);
  test.info().annotations.push({ type: 'actions', description: `${walk.total()}` });
  expect(walk.total()).toBeLessThanOrEqual(ACTION_BUDGET);
  expect(consoleErrors).toEqual([]);
});

/** Adds a new person as a member, from the Onboarding stage's "People who will need access". */
async function addMember(page: Page, walk: Walk, name: string, email: string): Promise<void> {
  const members = page.getByRole('region', { name: 'People who will need access' });
  await walk.click(members.getByRole('button', { name: 'Add a new person…' }));
  await walk.fill(members.getByLabel('Full name'), name);
  await walk.fill(members.getByLabel('E-mail address'), email);
  await walk.fill(members.getByLabel('Organisation'), 'University of Westmoor');
  await walk.click(members.getByRole('button', { name: 'Add person' }));
  await expect(members.getByText(`${name} was added as analyst.`)).toBeVisible();
}
