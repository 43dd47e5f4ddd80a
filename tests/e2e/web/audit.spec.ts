/** The audit log as an auditor meets it: every change listed, filterable, and tamper-evident. */
import { expect, expectNoAxeViolations, openApp, test } from './fixtures';

test('demo data can be loaded once, and every record it writes is in a verifiable audit log', async ({
  page,
}) => {
  await openApp(page, '/audit');
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('1 event match.');
  await expect(page.getByRole('cell', { name: 'Created staff member.' })).toBeVisible();
  await expect(page.getByRole('cell', { name: /Tess Officer/ })).toBeVisible();
  // Each event shows the fields it changed, before and after.
  await page.getByText('changed by event 1').locator('..').click();
  const name = page.getByRole('term').filter({ hasText: /^name$/ });
  await expect(name).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'Tess Officer' })).toContainText('—');
  await expectNoAxeViolations(page);

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Load demo data…' }).click();
  await page.getByRole('button', { name: 'Load demo data', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Demo data loaded' })).toHaveText(
    /Demo data loaded: [\d,]+ records\./,
  );
  const loaded = Number((await page.getByText(/Demo data loaded/).textContent())!.replace(/\D/g, ''));

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText(
    `${(loaded + 1).toLocaleString('en-GB')} events match.`,
  );
  await page.getByLabel('Record type').selectOption({ label: 'person' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('200 events match.');
  await expect(page.getByRole('row')).toHaveCount(51);
  await page.getByRole('button', { name: 'Older' }).click();
  await expect(page.getByText('Page 2')).toBeVisible();

  await page.getByRole('button', { name: 'Verify the audit log' }).click();
  await expect(
    page.getByText(`The audit log is intact: ${(loaded + 1).toLocaleString('en-GB')} events checked.`),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // Demo data goes only into an empty database.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByText('This database already holds projects or people')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Load demo data…' })).toBeDisabled();
});

test('an event changed behind the app’s back is caught by the verification, naming the event', async ({
  page,
}) => {
  await openApp(page, '/audit');
  await page.getByRole('button', { name: 'Verify the audit log' }).click();
  await expect(page.getByText('The audit log is intact: 1 event checked.')).toBeVisible();
  // Tamper with event 1 directly in IndexedDB, as someone editing the database file would.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('dsh-desk');
        open.onsuccess = () => {
          const store = open.result.transaction('auditEvents', 'readwrite').objectStore('auditEvents');
          const get = store.get(1);
          get.onsuccess = () => {
            const put = store.put({
              ...get.result,
              actor: { ...get.result.actor, staffName: 'Someone Else' },
            });
            put.onsuccess = () => resolve();
            put.onerror = () => reject(put.error);
          };
        };
        open.onerror = () => reject(open.error);
      }),
  );
  await page.getByRole('button', { name: 'Verify the audit log' }).click();
  await expect(
    page.getByText('The audit log has been tampered with: event 1 was changed after it was written.'),
  ).toBeVisible();
});
