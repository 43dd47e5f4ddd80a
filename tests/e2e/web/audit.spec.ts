/** The audit log as an auditor meets it: every change listed, filterable, and tamper-evident. */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { installTestBridge } from '../../helpers/test-bridge';
import { expect, expectNoAxeViolations, expectPageShown, openApp, test, waitForAppReady } from './fixtures';
import { loadDemoData } from './demo-data';
import { addPerson } from './pages/people';
import { goToSection } from './pages/sidebar';

test('demo data can be loaded once, and every record it writes is in a verifiable audit log', async ({
  page,
}) => {
  // A year of a DSH team's records is loaded, listed and verified: the heaviest journey of the suite.
  test.setTimeout(120_000);
  await openApp(page, '/audit');
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText('1 event match.');
  await expect(page.getByRole('cell', { name: /Created staff member Tess Officer\./ })).toBeVisible();
  await expect(page.getByRole('cell', { name: /^Tess Officer \(/ })).toBeVisible();
  // Each event shows the fields it changed, before and after.
  await page.getByText('changed by event 1').locator('..').click();
  const name = page.getByRole('term').filter({ hasText: /^Name$/ });
  await expect(name).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'Tess Officer' })).toContainText('—');
  await expectNoAxeViolations(page);

  // Through Settings, as an officer would: the status line says how many records were written.
  const loaded = await loadDemoData(page);

  await goToSection(page, 'Audit log');
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
  // Every event's fingerprint is recomputed: seconds for a year of records on a busy machine.
  await expect(
    page.getByText(`The audit log is intact: ${(loaded + 1).toLocaleString('en-GB')} events checked.`),
  ).toBeVisible({ timeout: 30_000 });
  await expectNoAxeViolations(page);

  // Demo data goes only into an empty database.
  await goToSection(page, 'Settings');
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

/** Deletes, in raw IndexedDB, the newest audit event and the head row: what someone editing the files would do. */
async function deleteTailAndHead(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('dsh-desk');
        open.onsuccess = () => {
          const tx = open.result.transaction(['auditEvents', 'meta'], 'readwrite');
          const events = tx.objectStore('auditEvents');
          events.openCursor(null, 'prev').onsuccess = (event) => {
            const cursor = (event.target as IDBRequest<IDBCursorWithValue | null>).result;
            cursor?.delete();
            tx.objectStore('meta').delete('auditHead');
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

/** Adds a person from the People section. */
async function addPersonFromSidebar(page: Page, name: string, email: string) {
  await goToSection(page, 'People');
  await addPerson(page, { name, email });
}

for (const desktop of [false, true]) {
  test(`a deleted tail and head stay detected after later saves and a restart (${desktop ? 'desktop app' : 'browser'})`, async ({
    page,
  }) => {
    // Three people added around a reload: ~11 s of a 30 s default on a busy CI machine.
    test.setTimeout(60_000);
    const saveDir = await mkdtemp(path.join(tmpdir(), 'dsh-save-'));
    const auditAnchorFile = path.join(saveDir, 'audit-anchor.json');
    if (desktop) await installTestBridge(page, { saveDir, dataFolder: saveDir, auditAnchorFile });
    /** The event the anchor outside the database says the log ends at. */
    const anchoredSeq = async (): Promise<number> => {
      const text = desktop
        ? await readFile(auditAnchorFile, 'utf8').catch(() => 'null')
        : await page.evaluate(() => localStorage.getItem('dsh-desk.audit-anchor') ?? 'null');
      return (JSON.parse(text) as { latest?: { head: { seq: number } } } | null)?.latest?.head.seq ?? 0;
    };
    await openApp(page, '/people');
    await addPersonFromSidebar(page, 'Dr Ada Nowak', 'ada.nowak@example.ac.uk');
    await expect.poll(anchoredSeq).toBe(2);
    await deleteTailAndHead(page);
    // The next start of the app: nothing is remembered in the page; only the anchor outside the database.
    await page.reload();
    await waitForAppReady(page);
    await expectPageShown(page);
    await addPersonFromSidebar(page, 'Dr Ben Nowak', 'ben.nowak@example.ac.uk');
    await addPersonFromSidebar(page, 'Dr Cai Nowak', 'cai.nowak@example.ac.uk');

    await goToSection(page, 'Audit log');
    await page.getByRole('button', { name: 'Verify the audit log' }).click();
    const verdict = page.getByRole('status').filter({ hasText: 'audit log' });
    await expect(verdict).toContainText('The audit log has been tampered with: event 2 is missing');
    await expect(verdict).toContainText('the record of where the audit log ends was missing');
    await expectNoAxeViolations(page);
  });
}
