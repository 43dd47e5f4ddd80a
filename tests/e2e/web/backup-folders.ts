/**
 * Where the backups specs start: for each test that asks for `folders`, a fresh temporary folder for the
 * files the app saves, with its backups folder inside, removed after the test; the backups page over the demo
 * data; and the panel's status line.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { installTestBridge } from '../../helpers/test-bridge';
import { loadDemoData } from './demo-data';
import { test as appTest } from './fixtures';

/** The temporary folders of one test: where files are saved, and the backups folder inside it. */
export interface BackupFolders {
  saveDir: string;
  backupsDir: string;
}

/** The app's fixtures, and `folders`. */
export const test = appTest.extend<{ folders: BackupFolders }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern: none here
  folders: async ({}, use) => {
    const saveDir = await mkdtemp(path.join(tmpdir(), 'dsh-save-'));
    await use({ saveDir, backupsDir: path.join(saveDir, 'backups') });
    await rm(saveDir, { recursive: true, force: true });
  },
});

/** The backups panel's status line. */
export const backupStatus = (page: Page) => page.locator('.backup-status');

/** Opens Settings → Backups on the demo data, the test bridge keeping the backups in `folders`. */
export async function openBackupsOnDemoData(page: Page, folders: BackupFolders): Promise<void> {
  await installTestBridge(page, { ...folders, dataFolder: '/data' });
  await loadDemoData(page);
  await page.goto('/#/settings/backups');
}
