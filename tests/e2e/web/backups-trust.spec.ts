/**
 * Settings → Backups under tampering and a wrong clock, in real Chromium, through the test bridge with the
 * REAL main-process handlers (sealing with a test installation key) and a real temporary backups folder.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { manifestLine, parseManifestLine } from '../../../shared/contract/backup-payloads';
import { installTestBridge } from '../../helpers/test-bridge';
import { expect, expectNoAxeViolations, openApp } from './fixtures';
import { backupStatus, openBackupsOnDemoData, test } from './backup-folders';

/** Rewrites the backup at `file` with one project's title changed and its checksum recomputed (seal kept). */
async function changeATitle(file: string): Promise<string> {
  const text = await readFile(file, 'utf8');
  const end = text.indexOf('\n');
  const found = parseManifestLine(text.slice(0, end));
  if (!found.ok) throw new Error(found.problem);
  const body = text.slice(end + 1);
  const forged = body.replace(/"title":"[^"]*"/, '"title":"A title nobody recorded"');
  expect(forged).not.toBe(body);
  const sha256 = createHash('sha256').update(forged).digest('hex');
  await writeFile(file, `${manifestLine({ ...found.manifest, sha256 })}${forged}`);
  return forged;
}

test('a hand-edited backup (a title changed, its checksum recomputed) is flagged and not restored unconfirmed', async ({
  page,
  folders,
}) => {
  test.setTimeout(120_000);
  await openBackupsOnDemoData(page, folders);
  const { backupsDir } = folders;
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(backupStatus(page)).toHaveText(/^Backed up \(60 projects/, { timeout: 30_000 });
  const [name] = await readdir(backupsDir);
  await changeATitle(path.join(backupsDir, name!));

  // The list marks it as damaged, once it is read again.
  await page.reload();
  const row = page.getByRole('row', { name: /Backed up by hand/ });
  await expect(row).toContainText('Damaged: its seal is broken', { timeout: 30_000 });

  await row.getByRole('button', { name: /^Restore the backup made / }).click();
  const confirm = page.getByRole('group', { name: /^Restore the backup made / });
  await expect(confirm.getByRole('alert')).toContainText(
    'This backup has been changed since DSH Desk made it.',
    { timeout: 30_000 },
  );
  await expect(confirm).not.toContainText('passed every check');
  const restoreButton = confirm.getByRole('button', { name: 'Restore this backup' });
  await expect(restoreButton).toBeDisabled();
  await page.locator('section.panel').screenshot({ path: '/tmp/dsh-backups-unvouched.png' });
  await expectNoAxeViolations(page);

  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toHaveCount(0);
  expect(await readdir(backupsDir)).toEqual([name]); // nothing restored: no backup made before a restore

  // Only an explicit confirmation restores it, and the audit log says what could not be vouched for.
  await row.getByRole('button', { name: /^Restore the backup made / }).click();
  await confirm.getByLabel(/I understand that DSH Desk cannot vouch for this backup/).check();
  await confirm.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByText(/^Restored the backup made /)).toBeVisible({ timeout: 60_000 });
});

test('backups dated in the future do not stop "Back up now" from keeping yesterday’s, and the panel warns', async ({
  page,
  folders,
}) => {
  const { saveDir, backupsDir } = folders;
  test.setTimeout(90_000);
  const realNow = Date.now();
  const clock = { at: new Date(realNow - 24 * 3600_000) };
  await installTestBridge(page, { saveDir, dataFolder: '/data', backupsDir, now: () => clock.at });
  await openApp(page, '/settings/backups');
  // Keep a single daily backup: the rule that, before, let future-dated backups eat the history.
  await page.getByLabel('Daily backups kept').fill('1');
  await page.getByLabel('Weekly backups kept').fill('0');
  await page.getByRole('button', { name: 'Save backup settings' }).click();
  await expect(page.getByText('each of the last 1 days')).toBeVisible();

  const backUpNow = async () => {
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(backupStatus(page)).toHaveText(/^Backed up /, { timeout: 30_000 });
  };
  // Yesterday: DSH Desk started (an automatic backup, now that there is data), and the officer backed up by hand.
  await page.reload();
  // The backup at start copies the whole demo database first: on a loaded machine, longer than 5 s.
  await expect(page.getByRole('cell', { name: 'Automatic, at start' })).toBeVisible({ timeout: 30_000 });
  await backUpNow();
  // Yesterday the clock then jumped three days ahead for a while.
  clock.at = new Date(realNow + 3 * 24 * 3600_000);
  await backUpNow();
  clock.at = new Date(realNow + 3 * 24 * 3600_000 + 3600_000);
  await backUpNow();
  const before = (await readdir(backupsDir)).filter((name) => name.startsWith('dsh-desk-backup-'));
  expect(before).toHaveLength(4);
  expect(before.filter((name) => name.endsWith('-start.json'))).toHaveLength(1);

  // Today, with the clock right again.
  clock.at = new Date(realNow);
  await backUpNow();
  const after = (await readdir(backupsDir)).filter((name) => name.startsWith('dsh-desk-backup-'));
  expect(after).toEqual(expect.arrayContaining(before));
  expect(after).toHaveLength(5);

  const warning = page.getByRole('alert').filter({ hasText: 'clock looks wrong' });
  await expect(warning).toContainText('2 backups are dated later than the time now');
  await expect(warning).toContainText('Nothing was deleted because of them');
  await expect(warning).toContainText('Check the computer’s date, time and time zone.');
  await page.locator('section.panel').screenshot({ path: '/tmp/dsh-backups-clock.png' });
});
