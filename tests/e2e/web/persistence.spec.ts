/** The data must never move: what the app stores survives closing and reopening the browser. */
import { chromium } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../helpers/chromium';
import { expect, expectPageShown, signInIfAsked, test, waitForAppReady } from './fixtures';

async function readInstallationId(profile: string, baseURL: string): Promise<string> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${baseURL}/#/settings`);
    await waitForAppReady(page);
    await signInIfAsked(page);
    await expectPageShown(page);
    const id = page.getByTestId('installation-id');
    await expect(id).toHaveText(/^[0-9a-f-]{36}$/);
    return (await id.textContent()) ?? '';
  } finally {
    await context.close();
  }
}

test('IndexedDB data survives a browser restart', async ({ baseURL }) => {
  // Three browser starts with fresh profiles: about 23 s on a loaded two-core machine, near the default 30.
  test.setTimeout(90_000);
  const profile = await mkdtemp(path.join(tmpdir(), 'dsh-profile-'));
  try {
    const first = await readInstallationId(profile, baseURL!);
    const afterRestart = await readInstallationId(profile, baseURL!);
    expect(afterRestart).toBe(first);
    // A fresh profile is a fresh database with its own id: the value is stored, not recomputed per start.
    const otherProfile = await mkdtemp(path.join(tmpdir(), 'dsh-profile-'));
    try {
      expect(await readInstallationId(otherProfile, baseURL!)).not.toBe(first);
    } finally {
      await rm(otherProfile, { recursive: true, force: true });
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
