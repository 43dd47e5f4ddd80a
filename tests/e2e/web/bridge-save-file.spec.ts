/** The renderer and the real main-process handlers together: saving a file writes it to disk, atomically. */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spellingPlanFor } from '../../../electron/services/spelling';
import { installTestBridge } from '../../helpers/test-bridge';
import { expect, openApp, test } from './fixtures';

let saveDir: string;
test.beforeEach(async () => {
  saveDir = await mkdtemp(path.join(tmpdir(), 'dsh-save-'));
});
test.afterEach(async () => {
  await rm(saveDir, { recursive: true, force: true });
});

test('Save diagnostics writes a real file through the bridge, and Settings shows where', async ({ page }) => {
  const mainLog = '2026-12-06T10:00:00.000Z ERROR DSH Desk: listBackups failed unexpectedly Error: EIO\n';
  const bridge = await installTestBridge(page, {
    saveDir,
    dataFolder: '/home/officer/.config/DSH Desk',
    mainLog,
  });
  await openApp(page, '/settings');
  await expect(page.getByText('Desktop app')).toBeVisible();
  await expect(page.getByText('/home/officer/.config/DSH Desk')).toBeVisible();
  await expect(page.getByTestId('spelling')).toHaveText(spellingPlanFor(process.platform).description);

  await page.getByRole('button', { name: 'Save diagnostics…' }).click();
  const saved = path.join(saveDir, 'DSH Desk diagnostics.json');
  const about = page.getByRole('region', { name: 'About this installation' });
  await expect(about.getByRole('status')).toContainText(`Saved to ${saved}`);
  const report = JSON.parse(await readFile(saved, 'utf8')) as Record<string, unknown>;
  expect(report).toMatchObject({
    name: 'DSH Desk',
    dataFolder: '/home/officer/.config/DSH Desk',
    databaseSchema: expect.any(Number),
    // The desktop app's main-process log travels with it, for whoever supports the installation.
    mainProcessLog: mainLog,
  });
  // Atomic write: only the file itself is left, no temporary file beside it.
  expect(await readdir(saveDir)).toEqual(['DSH Desk diagnostics.json']);

  await page.getByRole('button', { name: 'Show in folder' }).click();
  await expect.poll(() => bridge.shownInFolder).toEqual([saved]);
});

test('a cancelled save dialog says so and writes nothing', async ({ page }) => {
  await installTestBridge(page, { saveDir, dataFolder: '/data', answerSaveDialog: () => null });
  await openApp(page, '/settings');
  await page.getByRole('button', { name: 'Save diagnostics…' }).click();
  const about = page.getByRole('region', { name: 'About this installation' });
  await expect(about.getByRole('status')).toHaveText('Not saved: the save was cancelled.');
  expect(await readdir(saveDir)).toEqual([]);
});

test('a bad payload from the page is refused by main with a plain message, and nothing is written', async ({
  page,
}) => {
  await installTestBridge(page, { saveDir, dataFolder: '/data' });
  await openApp(page, '/settings');
  const message = await page.evaluate(async () => {
    try {
      await window.dsh!.saveFile({ suggestedName: '', kind: 'exe', bytes: new Uint8Array([1]) } as never);
      return 'saved';
    } catch (error) {
      return (error as Error).message;
    }
  });
  expect(message).toMatch(/^saveFile: /);
  expect(message).toContain('A file name is needed.');
  expect(await readdir(saveDir)).toEqual([]);
});
