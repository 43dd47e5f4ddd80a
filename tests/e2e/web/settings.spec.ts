/** Settings as a DSH manager keeps them: the team, the application catalogue, the costing page, validity. */
import { expect, expectNoAxeViolations, openApp, test } from './fixtures';

// axe takes its time on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

test('an application is added by keyboard alone and listed in the catalogue', async ({ page }) => {
  await openApp(page, '/settings');
  const panel = page.getByRole('region', { name: 'Application catalogue' });
  await expect(panel.getByText('No applications in the catalogue yet.')).toBeVisible();

  await panel.getByRole('button', { name: 'Add an application' }).focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByLabel(/Application name/)).toBeFocused();
  await page.keyboard.type('QGIS');
  await page.keyboard.press('Tab');
  await expect(panel.getByLabel(/Version/)).toBeFocused();
  await page.keyboard.type('3.34');
  await page.keyboard.press('Enter');

  const row = panel.getByRole('row', { name: /QGIS/ });
  await expect(row.getByRole('cell', { name: '3.34' })).toBeVisible();
  await expect(row.getByText('Active')).toBeVisible();
  await expect(panel.getByRole('status')).toHaveText('Saved QGIS.');
  await expectNoAxeViolations(page);
});

test('a connection type is added with its price and listed; £0 charged per month is refused in words', async ({
  page,
}) => {
  await openApp(page, '/settings');
  const panel = page.getByRole('region', { name: 'Connection types and prices' });
  await panel.getByRole('button', { name: 'Add a connection type' }).click();
  const form = panel.getByRole('form', { name: 'Add a connection type' });
  await form.getByLabel(/Connection name/).fill('Dedicated virtual desktop');
  await form.getByLabel(/Price in pounds/).fill('0');
  await form.getByLabel(/Charged/).selectOption({ label: 'Per month' });
  await form.getByRole('button', { name: 'Add connection type' }).click();
  await expect(form.getByText('Give a price above £0.00, or choose the unit ‘free’.')).toBeVisible();
  await expect(form.getByLabel(/Price in pounds/)).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  await form.getByLabel(/Price in pounds/).fill('£1,250.50');
  await form.getByLabel(/Description/).fill('A remote desktop reserved for the project.');
  await form.getByRole('button', { name: 'Add connection type' }).click();
  const row = panel.getByRole('row', { name: /Dedicated virtual desktop/ });
  await expect(row.getByRole('cell', { name: '£1,250.50 a month' })).toBeVisible();
  await expect(row.getByRole('cell', { name: 'No booking' })).toBeVisible();

  // The audit log records who added it.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('cell', { name: /connection type/i }).first()).toBeVisible();
});

test('the staff list, the organisation and the NHS DSA validity are kept in Settings', async ({ page }) => {
  await openApp(page, '/settings');
  const contents = page.getByRole('navigation', { name: 'On this page' });
  await contents.getByRole('button', { name: 'Organisation and training' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Organisation and training' })).toBeFocused();

  const general = page.getByRole('region', { name: 'Organisation and training' });
  await general.getByLabel(/NHS DSA Level 1 validity/).fill('0');
  await general.getByRole('button', { name: 'Save settings' }).click();
  await expect(
    general.getByText('NHS DSA validity (months) must be a whole number from 1 to 60.'),
  ).toBeVisible();
  await general.getByLabel(/NHS DSA Level 1 validity/).fill('24');
  await general.getByLabel(/Organisation name/).fill('Westmoor Data Safe Haven');
  await general.getByRole('button', { name: 'Save settings' }).click();
  await expect(general.getByText('Settings saved.')).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Organisation and training' }).getByLabel(/NHS DSA Level 1 validity/),
  ).toHaveValue('24');

  const staff = page.getByRole('region', { name: 'Staff' });
  await expect(staff.getByRole('row', { name: /Tess Officer \(you\)/ })).toBeVisible();
  await staff.getByRole('button', { name: 'Add a staff member' }).click();
  await staff.getByLabel(/^Name/).fill('Pat Manager');
  await staff.getByLabel(/Work e-mail address/).fill('pat.manager@dsh.example.ac.uk');
  await staff.getByLabel(/Role/).selectOption({ label: 'DSH manager' });
  await staff.getByRole('button', { name: 'Add staff member' }).click();
  const pat = staff.getByRole('row', { name: /Pat Manager/ });
  await expect(pat.getByRole('cell', { name: 'Manager', exact: true })).toBeVisible();
  await pat.getByRole('button', { name: 'Mark as left: Pat Manager' }).click();
  await expect(pat.getByText('Left the team')).toBeVisible();
  await expectNoAxeViolations(page);
});
