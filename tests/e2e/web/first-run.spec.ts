/** A new installation: the dashboard says what setup is missing, and the setup page gets it done. */
import { expect, expectNoAxeViolations, openApp, test } from './fixtures';

test.describe.configure({ timeout: 120_000 });

test('a new installation is set up from the dashboard: starter connections, a normal week, links to Settings', async ({
  page,
}) => {
  await openApp(page, '/dashboard');
  // Signing in added the first staff member: one step of five is done.
  const reminder = page.getByRole('region', { name: 'DSH Desk is not fully set up' });
  await expect(reminder).toContainText('1 of 5 setup steps done; next: name your organisation.');
  await reminder.getByRole('link', { name: 'Finish setting up' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Set up DSH Desk' })).toBeFocused();
  const connections = page.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: /Set out the connection types and prices/ }),
  });
  await expect(connections.getByText('Not yet')).toBeVisible();
  await connections.getByRole('button', { name: 'Add the usual three connection types' }).click();
  await expect(connections.getByRole('status')).toHaveText('Added 3 connection types to the costing page.');
  await expect(connections.getByText('Done')).toBeVisible();

  const sessions = page.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: /Set up bookable sessions/ }),
  });
  await sessions.getByRole('button', { name: 'Add a normal week of sessions' }).click();
  await expect(sessions.getByRole('status')).toHaveText('Added 10 weekly sessions.');
  await expect(sessions.getByText('Done')).toBeVisible();
  // Pressed again, nothing is added twice.
  await connections.getByRole('button', { name: 'Add the usual three connection types' }).click();
  await expect(connections.getByRole('status')).toHaveText(
    'The costing page already has the usual three connection types.',
  );
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('3 of 5 steps done.', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);

  // Each step links to the panel where it is done, opened there.
  await page.getByRole('link', { name: 'Application catalogue' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Application catalogue' })).toBeFocused();
  const costing = page.getByRole('region', { name: 'Connection types and prices' });
  await expect(costing.getByRole('row', { name: /Core connection/ })).toContainText('Free');
  await expect(costing.getByRole('row', { name: /High-memory analysis server/ })).toContainText('£2,400.00');
});
