/** Who is using the app: chosen at first start, shown in the header, changeable. */
import { expect, expectNoAxeViolations, openApp, TEST_OFFICER, test } from './fixtures';

test('first start asks who is using the app, refuses bad input, then shows them in the header', async ({
  page,
}) => {
  await openApp(page, '/dashboard', { signIn: false });
  await expect(page.getByRole('heading', { level: 1, name: 'Who is using DSH Desk?' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Add me and continue' }).click();
  await expect(page.getByText('Name is required.')).toBeVisible();
  await page.getByLabel('Your name').fill('Tess Officer');
  await page.getByLabel('Work e-mail address').fill('not-an-email');
  await page.getByRole('button', { name: 'Add me and continue' }).click();
  await expect(page.getByText('E-mail address must look like name@example.ac.uk.')).toBeVisible();
  await expect(page.getByLabel('Work e-mail address')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Work e-mail address').fill(TEST_OFFICER.email);
  await page.getByRole('button', { name: 'Add me and continue' }).click();
  await expect(page.getByRole('banner')).toContainText('Signed in as Tess Officer');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
});

test('Change user returns to the chooser, where the team can be picked from a list', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Change user' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Who is using DSH Desk?' })).toBeVisible();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page.getByText('Choose your name, or add yourself below.')).toBeVisible();
  await page.getByRole('radio', { name: /Tess Officer/ }).check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page.getByRole('banner')).toContainText('Signed in as Tess Officer');
});
