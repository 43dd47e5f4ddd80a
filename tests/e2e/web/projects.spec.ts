/**
 * Projects as a new DSH officer meets them: recording an enquiry, taking it through its gates, the ways a
 * project ends, and finding it again in the register — by mouse and keyboard, with no accessibility
 * violations. The demo data gives the catalogues (applications, the costing page) and other projects.
 */
import type { Page } from '@playwright/test';
import { installTestBridge } from '../../helpers/test-bridge';
import { expect, expectNoAxeViolations, openApp, test } from './fixtures';
import { loadDemoData } from './demo-data';
import { expectCurrentStage, stageGate } from './pages/project-page';
import { openRegister, recordEnquiry } from './pages/project-register';
import { goToSection } from './pages/sidebar';

/** Each test walks several screens over the demo data (loaded through the UI) and runs axe on them. */
const JOURNEY_MS = 180_000;

/** Saves the discussion (this officer took part) and an outcome with its reason. */
async function recordDiscussionAndOutcome(page: Page, outcome: 'Suitable' | 'Not suitable', reason: string) {
  const discussion = page.getByRole('form', { name: 'Initial discussion' });
  await discussion.getByRole('checkbox', { name: 'Tess Officer' }).check();
  await discussion.getByLabel('Notes').fill('Scope, data flows and timelines discussed.');
  await discussion.getByRole('button', { name: 'Save discussion' }).click();
  await expect(discussion.getByText('Saved.')).toBeVisible();
  const suitability = page.getByRole('form', { name: 'Suitability outcome' });
  await suitability.getByRole('radio', { name: new RegExp(`^${outcome}`) }).check();
  await suitability.getByRole('textbox', { name: /^Reason/ }).fill(reason);
  await suitability.getByRole('button', { name: 'Save outcome' }).click();
  if (outcome === 'Not suitable') {
    // "Not suitable" ends the enquiry: it asks to confirm, then declines it with this reason.
    const confirm = suitability.getByRole('group', { name: 'Decline the enquiry?' });
    await expect(confirm).toContainText(reason);
    await confirm.getByRole('button', { name: 'Decline the enquiry' }).click();
    return;
  }
  await expect(suitability.getByText('Saved.')).toBeVisible();
}

/** Writes a reason in the gate's reason form and confirms it. */
async function confirmWithReason(page: Page, form: string, confirm: string, reason: string) {
  const reasonForm = page.getByRole('form', { name: form });
  await reasonForm.getByLabel('Reason').fill(reason);
  await reasonForm.getByRole('button', { name: confirm, exact: true }).click();
}

test('an enquiry through the UI to Active: invalid input is refused field by field; saved, it cannot advance until its discussion and outcome are recorded; the onboarding form moves it to Set Up, an override needs a reason and is on the timeline, and a ready lead lets it become Active', async ({
  page,
  consoleErrors,
}) => {
  // One walk, where there were two that recorded the same enquiry and took it to Onboarding the same way.
  test.setTimeout(JOURNEY_MS + 60_000);
  await loadDemoData(page);

  // A new enquiry: invalid input first — each field says what is wrong, and nothing is saved.
  await openRegister(page);
  const count = page.getByRole('status').filter({ hasText: 'projects' });
  await expect(count).toHaveText(/^[\d,]+ projects$/);
  const before = await count.textContent();
  await page.getByRole('link', { name: 'New enquiry' }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel('Contact e-mail address').fill('imogen at westmoor');
  await page.getByRole('button', { name: 'Save enquiry' }).click();
  await expect(page.getByText('Title is required.')).toBeVisible();
  await expect(page.getByText('Contact e-mail address must look like name@example.ac.uk.')).toBeVisible();
  await expect(page.getByLabel('Working title')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Working title')).toBeFocused();
  // Leaving asks first; staying keeps what was typed.
  await goToSection(page, 'Projects');
  await page.getByRole('button', { name: 'Stay on this page' }).click();
  await expect(page.getByLabel('Contact e-mail address')).toHaveValue('imogen at westmoor');
  await page.getByRole('link', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Leave without saving' }).click();
  await expect(count).toHaveText(before!);

  const reference = await recordEnquiry(page, {
    title: 'Air pollution and childhood asthma',
    contact: 'Dr Imogen Ashworth',
    email: 'imogen.ashworth@westmoor.ac.uk',
  });
  expect(reference).toMatch(/^DSH-\d{4}-\d{3}$/);
  await expectCurrentStage(page, 'Enquiry');
  await expectNoAxeViolations(page);

  // Too early: Advance is disabled and the gate says why; the project stays an enquiry.
  const enquiryGate = stageGate(page, 'Onboarding');
  await expect(enquiryGate.getByRole('button', { name: 'Advance to Onboarding' })).toBeDisabled();
  await expect(enquiryGate.getByRole('listitem')).toHaveText([
    'Record the initial discussion.',
    'Record the suitability outcome.',
  ]);
  await expect(
    page.getByRole('navigation', { name: 'Project stages' }).getByText('(current stage)'),
  ).toHaveCount(1);

  await recordDiscussionAndOutcome(page, 'Suitable', 'Routine data, tier 2: fits the DSH.');
  await expect(
    enquiryGate.getByText('Everything needed is recorded. The project can move on.'),
  ).toBeVisible();
  await enquiryGate.getByRole('button', { name: 'Advance to Onboarding' }).click();

  await expectCurrentStage(page, 'Onboarding');
  await expect(
    page.getByRole('region', { name: 'Timeline' }).getByText('Moved from Enquiry to Onboarding.'),
  ).toBeVisible();

  // Onboarding: the form, completed with the lead researcher.
  const onboarding = page.getByRole('form', { name: 'Onboarding form' });
  await expect(onboarding).toBeVisible();
  await expectNoAxeViolations(page);
  await onboarding
    .getByRole('button', { name: 'Add the enquiry contact, Dr Imogen Ashworth, as a new person' })
    .click();
  const newPerson = onboarding.getByRole('group', { name: 'New person' });
  await expect(newPerson.getByLabel('E-mail address')).toHaveValue('imogen.ashworth@westmoor.ac.uk');
  await newPerson.getByRole('button', { name: 'Add person' }).click();
  await expect(onboarding.getByText('Dr Imogen Ashworth', { exact: true })).toBeVisible();
  await onboarding.getByLabel('Data controller').fill('University of Westmoor');

  await onboarding.getByRole('button', { name: 'Add a dataset' }).click();
  const dataset = onboarding.getByRole('group', { name: 'Dataset 1' });
  await dataset.getByLabel('Name').fill('CPRD Aurum primary care records');
  await dataset.getByLabel('Provider').fill('CPRD');
  await dataset.getByLabel('Classification').selectOption('Pseudonymised');
  await dataset.getByLabel('Tier').selectOption('Tier 2');
  await dataset.getByLabel(/^Approximate size/).fill('120 GB');

  for (const [approval, reference] of [
    ['Ethics approval', 'REC 26/NW/0101'],
    ['IRAS / HRA approval', 'IRAS 345678'],
    ['NHS England DARS / DSA', 'DARS-NIC-700001'],
    ['DSPT of the organisation', 'DSPT 8WM01'],
  ] as const) {
    await onboarding.getByRole('group', { name: approval }).getByRole('radio', { name: 'Reference' }).check();
    await onboarding.getByLabel(`${approval} reference`).fill(reference);
  }
  await onboarding
    .getByRole('group', { name: 'CAG approval' })
    .getByRole('radio', { name: 'Not applicable' })
    .check();
  await onboarding.getByLabel('Why CAG approval is not applicable').fill('Consent is in place.');

  await onboarding.getByLabel('Planned start').fill('2027-01-04');
  await onboarding.getByLabel('Planned end').fill('2028-01-03');
  await onboarding.getByRole('checkbox', { name: /R and RStudio/ }).check();
  await onboarding.getByRole('radio', { name: /Dedicated virtual desktop £150.00 per month/ }).check();
  await expect(onboarding.getByText('£150.00 a month × 12 months = £1,800.00')).toBeVisible();
  await onboarding.getByRole('radio', { name: /Core connection Free/ }).check();
  await expect(onboarding.getByText('Core connection is free: £0.00.')).toBeVisible();

  // The form saves itself a moment after the typing stops (no Save button); the gate reads what is saved.
  await onboarding.getByRole('button', { name: 'Check the form' }).click();
  await expect(onboarding.getByText('The form is complete.', { exact: false })).toBeVisible();
  await expect(onboarding.getByRole('button', { name: 'Save draft' })).toHaveCount(0);
  await expect(onboarding.getByRole('status').filter({ hasText: /^Saved at \d\d:\d\d$/ })).toBeVisible();
  await onboarding.locator('.form-actions').screenshot({ path: 'test-results/onboarding-autosave.png' });

  const onboardingGate = stageGate(page, 'Set Up');
  await expect(onboardingGate.getByRole('listitem')).toHaveText([
    'Add the people who will need access, at least the lead researcher.',
  ]);
  await page.getByRole('button', { name: 'Add Dr Imogen Ashworth as lead researcher' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'was added as lead researcher' })).toBeVisible();
  await onboardingGate.getByRole('button', { name: 'Advance to Set Up' }).click();
  await expectCurrentStage(page, 'Set Up');

  // Earlier stages stay readable, and read-only.
  await page.getByRole('tab', { name: 'Onboarding' }).click();
  await expect(
    page.getByRole('region', { name: 'Onboarding form' }).getByText('CPRD Aurum primary care records'),
  ).toBeVisible();
  await expect(page.getByText(/^Saved at|Changes save themselves/)).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole('tab', { name: 'Set Up (current)' }).click();

  // An override needs a reason, and then stands out on the timeline with it.
  const setupGate = stageGate(page, 'Access');
  await setupGate.getByRole('button', { name: 'Override…' }).click();
  const override = page.getByRole('form', { name: 'Override the gate' });
  await override.getByRole('button', { name: 'Override and move on' }).click();
  await expect(override.getByText('Give a reason.')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Set Up (current)' })).toBeVisible();
  await confirmWithReason(
    page,
    'Override the gate',
    'Override and move on',
    'Environment built by the infrastructure team; checklist to be recorded tomorrow.',
  );
  await expect(page.getByRole('tab', { name: 'Access (current)' })).toBeVisible();
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const overrideEntry = timeline.getByRole('listitem').filter({ hasText: 'Overrode the Set Up gate' });
  await expect(overrideEntry).toContainText('Overrode the Set Up gate and moved to Access.');
  await expect(overrideEntry).toContainText(
    '“Environment built by the infrastructure team; checklist to be recorded tomorrow.”',
  );
  await expect(overrideEntry).toContainText('Tess Officer');
  await expect(timeline.getByText('Moved from Onboarding to Set Up.')).toBeVisible();
  await expect(timeline.getByText('Added Dr Imogen Ashworth as lead researcher.')).toBeVisible();

  // Access: the set-up was overridden, so the lead's training is recorded here; with the signed form and
  // access granted she is ready, and only then does the gate let the project become Active.
  const lead = 'Dr Imogen Ashworth';
  const accessGate = stageGate(page, 'Active');
  await expect(accessGate.getByRole('button', { name: 'Advance to Active' })).toBeDisabled();
  await expect(accessGate.getByRole('listitem').first()).toContainText(lead);
  const training = page.getByRole('region', { name: 'Training of members' });
  await training.getByRole('button', { name: `Add DSH environment training for ${lead}` }).click();
  await training.getByRole('button', { name: 'Add training' }).click();
  await expect(training.getByText(`Saved DSH environment training of ${lead}.`)).toBeVisible();
  await training.getByRole('button', { name: `Add NHS DSA Level 1 training for ${lead}` }).click();
  await training.getByLabel(/Certificate or evidence reference/).fill('DSA-2026-77001');
  await training.getByRole('button', { name: 'Add training' }).click();
  await expect(training.getByText(`Saved NHS DSA Level 1 training of ${lead}.`)).toBeVisible();
  const card = page.getByRole('region', { name: 'Access of members' }).getByRole('article', { name: lead });
  await card.getByRole('button', { name: `Record signed form: ${lead}` }).click();
  await card.getByLabel(/Form version/).fill('v3.1');
  await card.getByRole('button', { name: 'Record signed form' }).click();
  await card.getByRole('button', { name: `Record access granted: ${lead}` }).click();
  await card.getByRole('button', { name: 'Record access granted' }).click();
  await expect(card.getByText(/^(Ready|Expiring)$/)).toBeVisible();
  await expect(accessGate.getByText('Everything needed is recorded. The project can move on.')).toBeVisible();
  await expectNoAxeViolations(page);
  await accessGate.getByRole('button', { name: 'Advance to Active' }).click();
  await expectCurrentStage(page, 'Active');
  await expect(timeline.getByText('Moved from Access to Active.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Change requests' })).toBeVisible();

  // The register finds it by reference and by the lead researcher's name.
  await openRegister(page);
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill(reference);
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText(/^1 of \d+ projects match$/);
  await expect(page.getByRole('row').filter({ hasText: reference })).toContainText('Dr Imogen Ashworth');
  await search.fill('ashworth');
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText(/^1 of \d+ projects match$/);
  // The search applied as the officer typed, and left the focus where they are typing.
  await expect(search).toBeFocused();
  await expect(page.getByRole('link', { name: reference })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(consoleErrors).toEqual([]);
});

test('an enquiry found not suitable is declined, and a project can be withdrawn: both end read-only', async ({
  page,
}) => {
  test.setTimeout(JOURNEY_MS);
  await loadDemoData(page);

  await recordEnquiry(page, {
    title: 'Genomics of rare eye disease',
    contact: 'Prof Ada Mwangi',
    email: 'ada.mwangi@westmoor.ac.uk',
  });
  // One step: the outcome, confirmed, declines the enquiry with its reason (no second "Decline…").
  await recordDiscussionAndOutcome(page, 'Not suitable', 'Needs whole-genome data the DSH cannot hold.');
  await expect(page.getByRole('heading', { name: /This enquiry was declined on/ })).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: /This enquiry was declined/ })
      .getByText('Reason: “Needs whole-genome data the DSH cannot hold.”'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Genomics of rare eye disease');
  await expect(page.getByText('Declined', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: /^Save/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Edit enquiry' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: /Moving on/ })).toHaveCount(0);
  await expect(
    page.getByRole('region', { name: 'Timeline' }).getByText('Declined the enquiry.'),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // A demo project in Onboarding, withdrawn.
  await openRegister(page);
  await page.getByLabel('Stage').selectOption('Onboarding');
  await page.getByLabel('Status').selectOption('In progress');
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toBeVisible();
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page.getByRole('form', { name: 'Onboarding form' })).toBeVisible();
  await stageGate(page, 'Set Up').getByRole('button', { name: 'Withdraw…' }).click();
  await confirmWithReason(page, 'Withdraw the project', 'Withdraw', 'The research team lost its funding.');
  await expect(
    page.getByRole('heading', { name: /This project was withdrawn during Onboarding on/ }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Onboarding form' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Onboarding form' })).toBeVisible();
  await expect(page.getByText(/^Saved at|Changes save themselves/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Remove/ })).toHaveCount(0);
  await expect(page.getByRole('tab', { name: /current/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('the register: counts, filters, sorting, and a project opened by keyboard alone', async ({ page }) => {
  test.setTimeout(JOURNEY_MS);
  await openApp(page, '/projects');
  await expect(page.getByRole('heading', { name: 'No projects yet' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New enquiry' })).toHaveCount(2);
  await expectNoAxeViolations(page);
  await loadDemoData(page);
  await openRegister(page);

  const count = page.getByRole('status').filter({ hasText: 'project' });
  await expect(count).toHaveText('60 projects');
  await page.getByLabel('Status').selectOption('Declined');
  await expect(count).toHaveText(/^\d+ of 60 projects match$/);
  const declined = page.getByRole('table').getByRole('row');
  await expect(declined.nth(1)).toContainText('Declined');
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(count).toHaveText('60 projects');

  // Sorted by reference, oldest first, from its column heading.
  await page.getByRole('button', { name: 'Reference' }).click();
  await page.getByRole('button', { name: 'Reference' }).click();
  await expect(page.getByRole('columnheader', { name: 'Reference' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(page.getByLabel('Sort by')).toHaveValue('reference-asc');
  const firstReference = page.getByRole('table').getByRole('row').nth(1).getByRole('link');
  await expect(firstReference).toHaveText(/^DSH-\d{4}-001$/);

  // Only the rows on screen are in the document, however long the list.
  expect(await page.getByRole('table').getByRole('row').count()).toBeLessThan(61);
  await expect(page.getByRole('table')).toHaveAttribute('aria-rowcount', '61');

  // By keyboard: Tab from the search box to the first project's link, then Enter.
  await page.getByRole('searchbox', { name: 'Search' }).focus();
  let focused = '';
  for (let presses = 0; presses < 12 && !/^DSH-/.test(focused); presses++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  }
  expect(focused).toMatch(/^DSH-\d{4}-001$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^${focused} · `) })).toBeFocused();

  // The stage tabs: arrow keys move between them.
  const current = page.getByRole('tab', { selected: true });
  await current.focus();
  await page.keyboard.press('Home');
  await expect(page.getByRole('tab', { name: 'Enquiry' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Enquiry' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /^Onboarding/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: /^Onboarding/ })).toBeVisible();
});

test('an e-mail draft for a member opens in the mail client as a mailto: link', async ({ page }) => {
  const bridge = await installTestBridge(page, { saveDir: '/tmp', dataFolder: '/tmp' });
  await loadDemoData(page);
  await openRegister(page);
  await page.getByLabel('Stage').selectOption('Access');
  await page.getByLabel('Status').selectOption('In progress');
  // The register shows the filtered rows once its count says so (the rows before it are another question's).
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText(
    /^\d+ of \d+ projects? match$/,
  );
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page.getByRole('tab', { name: 'Access (current)' })).toBeVisible();
  const email = page.getByRole('region', { name: 'E-mail a member' });
  await expect(email.getByLabel('Draft')).toHaveValue('access-form-request');
  const to = await email.getByLabel('To').locator('option').first().textContent();
  await email.getByRole('button', { name: 'Open e-mail draft' }).click();
  await expect(email.getByRole('status')).toHaveText(`Draft opened in your e-mail program, to ${to}.`);
  expect(bridge.openedExternal).toHaveLength(1);
  expect(bridge.openedExternal[0]).toMatch(/^mailto:[^?]+@[^?]+\?subject=User%20access%20form%20for%20DSH-/);
});
