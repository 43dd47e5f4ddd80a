/**
 * Settings → Backups in real Chromium. With the test bridge, the REAL main-process handlers keep the backups
 * in a temporary backups folder; without it, the browser fallback downloads them.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseManifestLine } from '../../../shared/contract/backup-payloads';
import { installTestBridge } from '../../helpers/test-bridge';
import { expect, expectNoAxeViolations, openApp } from './fixtures';
import { backupStatus, openBackupsOnDemoData, test } from './backup-folders';
import { loadDemoData } from './demo-data';

test('backs up, restores from the list after its checks and a confirmation, and undoes with one click', async ({
  page,
  consoleErrors,
  folders,
}) => {
  const { saveDir, backupsDir } = folders;
  // Each backup and restore here streams a few thousand records through the test bridge, chunk by chunk.
  test.setTimeout(180_000);
  await installTestBridge(page, { saveDir, dataFolder: '/home/officer/.config/DSH Desk', backupsDir });
  await openApp(page, '/settings/backups');
  await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();
  await expect(page.getByText('There are no backups yet.')).toBeVisible();
  await expect(page.getByText(backupsDir)).toBeVisible();

  await page.getByRole('button', { name: 'Back up now' }).click();
  // A backup goes to main chunk by chunk: on a loaded machine even six records take more than expect's 5 s.
  await expect(backupStatus(page)).toHaveText(
    /^Backed up \(0 projects, 0 people; \d+ records in all\) into dsh-desk-backup-.*-manual\.json\.$/,
    { timeout: 30_000 },
  );
  const [first] = await readdir(backupsDir);
  expect(first).toMatch(/^dsh-desk-backup-.*-manual\.json$/);
  await expect(page.getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('cell', { name: 'Backed up by hand' })).toBeVisible();

  // Work goes on: a year of demo data.
  await loadDemoData(page);

  // Restore the backup from before it: checked, then confirmed.
  await page.goto('/#/settings/backups');
  await page.getByRole('button', { name: /^Restore the backup made / }).click();
  const confirm = page.getByRole('group', { name: /^Restore the backup made / });
  await expect(confirm).toContainText('passed every check');
  await expect(confirm).toContainText('0 projects, 0 people');
  await page.locator('section.panel').screenshot({ path: '/tmp/dsh-backups-confirm.png' });
  await page.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByText(/^Restored the backup made /)).toBeVisible({ timeout: 30_000 });
  const afterRestore = (await readdir(backupsDir)).sort();
  expect(afterRestore).toHaveLength(2);
  expect(afterRestore[1]).toMatch(/-before-restore\.json$/);
  await expect(page.getByRole('row', { name: /Before a restore/ })).toContainText('60 projects, 200 people');
  await page.locator('section.panel').screenshot({ path: '/tmp/dsh-backups-restored.png' });
  await expectNoAxeViolations(page);

  // One click undoes it.
  await page.getByRole('button', { name: 'Undo this restore' }).click();
  await expect(backupStatus(page)).toHaveText(
    /^The restore was undone: DSH Desk holds the data as it was at /,
    { timeout: 60_000 },
  );
  await page.screenshot({ path: '/tmp/dsh-backups-undone.png', fullPage: true });
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(backupStatus(page)).toHaveText(
    /^Backed up \(60 projects, 200 people; [\d,]+ records in all\)/,
    { timeout: 30_000 },
  );

  // Every backup and restore is in the audit log.
  await page.goto('/#/audit');
  await page.getByLabel('Record type').selectOption({ label: 'database' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('cell', { name: 'Undid a restore of the database.' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Backed up the database.' }).first()).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('refuses a file that is not a backup, says why, and changes nothing', async ({ page, folders }) => {
  const { saveDir, backupsDir } = folders;
  const notABackup = path.join(saveDir, 'notes.json');
  await writeFile(notABackup, '{"projects": []}\n');
  await installTestBridge(page, {
    saveDir,
    dataFolder: '/data',
    backupsDir,
    answerOpenDialog: () => notABackup,
  });
  await openApp(page, '/settings/backups');
  await page.getByRole('button', { name: 'Restore from a file…' }).click();
  await expect(backupStatus(page)).toHaveText(
    'Not restored. This file is not a DSH Desk backup. Nothing has been changed.',
  );
  expect(await readdir(backupsDir).catch(() => [])).toEqual([]);
});

test('exports a sealed backup where the officer chooses, and keeps the backup settings', async ({
  page,
  folders,
}) => {
  const { saveDir, backupsDir } = folders;
  const bridge = await installTestBridge(page, { saveDir, dataFolder: '/data', backupsDir });
  await openApp(page, '/settings/backups');
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(backupStatus(page)).toHaveText(/^Exported to .*DSH Desk backup \d{4}-\d{2}-\d{2}\.json\.$/);
  const exported = (await readdir(saveDir)).find((name) => name.startsWith('DSH Desk backup'))!;
  const text = await readFile(path.join(saveDir, exported), 'utf8');
  expect(parseManifestLine(text.slice(0, text.indexOf('\n')))).toMatchObject({
    ok: true,
    manifest: { reason: 'export', seal: { installationId: bridge.installationKey.installationId } },
  });

  await page.getByLabel('Daily backups kept').fill('0');
  await page.getByRole('button', { name: 'Save backup settings' }).click();
  await expect(page.getByText('Keep at least one daily backup.')).toBeVisible();
  await page.getByLabel('Daily backups kept').fill('10');
  await page.getByRole('button', { name: 'Save backup settings' }).click();
  await expect(page.getByText('each of the last 10 days')).toBeVisible();
  expect(JSON.parse(await readFile(path.join(backupsDir, 'backup-settings.json'), 'utf8'))).toEqual({
    keepDaily: 10,
    keepWeekly: 4,
    everyHours: 4,
  });
});

test('in a plain browser: says automatic backups need the desktop app, and "Back up now" downloads one', async ({
  page,
}) => {
  await openApp(page, '/settings/backups');
  await expect(page.getByText('Automatic backups need the DSH Desk desktop app.')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up now' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^dsh-desk-backup-.*-manual\.json$/);
  await expect(backupStatus(page)).toHaveText(
    /^Downloaded dsh-desk-backup-.*-manual\.json .*Keep it somewhere safe\.$/,
  );
  const text = await readFile((await file.path())!, 'utf8');
  expect(parseManifestLine(text.slice(0, text.indexOf('\n')))).toMatchObject({
    ok: true,
    manifest: { reason: 'manual' },
  });
  await expectNoAxeViolations(page);
});

test('says in words how far a backup has got, chunk by chunk, then where it went', async ({
  page,
  folders,
}) => {
  test.setTimeout(120_000);
  await openBackupsOnDemoData(page, folders);
  await expect(page.getByRole('button', { name: 'Back up now' })).toBeEnabled();
  // Every progress sentence the status line shows, however briefly.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __progressSeen: string[] }).__progressSeen = seen;
    new MutationObserver(() => {
      const words = document.querySelector('.backup-progress-words')?.textContent;
      if (words && seen.at(-1) !== words) seen.push(words);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(backupStatus(page)).toHaveText(
    /^Backed up \(60 projects, 200 people; [\d,]+ records in all\) into /,
    { timeout: 60_000 },
  );
  const seen = await page.evaluate(() => (window as unknown as { __progressSeen: string[] }).__progressSeen);
  const total = /([\d,]+) records in all/.exec((await backupStatus(page).textContent())!)![1];
  expect(seen.length).toBeGreaterThan(1);
  for (const words of seen) expect(words).toMatch(new RegExp(`^Backed up [\\d,]+ of ${total} records$`));
  expect(seen.at(-1)).toBe(`Backed up ${total} of ${total} records`);
  await expectNoAxeViolations(page);
});
