/**
 * The command palette, by keyboard only: Ctrl+K opens it from anywhere, typing filters pages, actions,
 * projects and people, the arrow keys move the active option (combobox + listbox), Enter opens it, Escape
 * closes it and gives focus back. The shortcuts are listed on the Help page.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { installTestBridge } from '../../helpers/test-bridge';
import { readStores } from './dashboard-demo';
import { expect, expectNoAxeViolations, openApp, test } from './fixtures';
import { loadDemoData } from './demo-data';

const palette = (page: Page) => page.getByRole('dialog', { name: 'Command palette' });
const input = (page: Page) => palette(page).getByRole('combobox', { name: 'Go to or do' });

/** The option the combobox says is active (aria-activedescendant). */
async function activeOption(page: Page): Promise<string> {
  const id = await input(page).getAttribute('aria-activedescendant');
  const option = page.locator(`[id="${id}"]`);
  await expect(option).toHaveAttribute('aria-selected', 'true');
  return (await option.locator('.palette-option-label').textContent()) ?? '';
}

test('Ctrl+K opens the palette; the arrows, Enter and Escape work it without a mouse', async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page, '/dashboard');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeFocused();

  await page.keyboard.press('Control+K');
  await expect(input(page)).toBeFocused();
  await expect(input(page)).toHaveAttribute('aria-expanded', 'true');
  await expectNoAxeViolations(page);

  // Escape closes it and focus goes back where it was.
  await page.keyboard.press('Escape');
  await expect(palette(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeFocused();

  // Typing filters; the arrows move the active option, from the last back to the first.
  await page.keyboard.press('Control+K');
  await page.keyboard.type('new');
  const options = palette(page).getByRole('option');
  await expect(options).toHaveCount(2);
  await expect(options.nth(0)).toContainText('New enquiry');
  expect(await activeOption(page)).toBe('New enquiry');
  await page.keyboard.press('ArrowDown');
  expect(await activeOption(page)).toBe('New booking');
  await page.keyboard.press('ArrowDown');
  expect(await activeOption(page)).toBe('New enquiry');
  await page.keyboard.press('ArrowUp');
  expect(await activeOption(page)).toBe('New booking');
  await page.keyboard.press('Enter');
  await expect(palette(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Find free sessions' })).toBeVisible();

  // A page by name, then the action that starts an enquiry.
  await page.keyboard.press('Control+K');
  await page.keyboard.type('audit');
  expect(await activeOption(page)).toBe('Verify the audit log');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+K');
  await page.keyboard.type('enquiry');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'New enquiry' })).toBeVisible();

  // Nothing matching says so.
  await page.keyboard.press('Control+K');
  await page.keyboard.type('zzqx');
  await expect(palette(page).getByRole('status')).toHaveText(/Nothing matches/);
  await expect(input(page)).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Escape');

  // The Help page lists the shortcut, and is reached from the palette too.
  await page.keyboard.press('Control+K');
  await page.keyboard.type('shortcuts');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Help' })).toBeVisible();
  const anywhere = page.getByRole('table', { name: 'Anywhere' });
  await expect(anywhere.getByRole('row', { name: /Ctrl \+ K/ })).toContainText('Open the command palette');
  await expect(page.getByRole('table', { name: 'In the command palette' })).toContainText('Escape');
  await expectNoAxeViolations(page);
});

test('the header button opens the palette, and "Back up now" backs up from it', async ({ page }) => {
  test.setTimeout(90_000);
  const saveDir = await mkdtemp(path.join(tmpdir(), 'dsh-palette-'));
  try {
    await installTestBridge(page, { saveDir, dataFolder: '/data' });
    await openApp(page, '/projects');
    await page.getByRole('button', { name: /Go to or do/ }).focus();
    await page.keyboard.press('Enter');
    await expect(input(page)).toBeFocused();
    await page.keyboard.type('back up');
    expect(await activeOption(page)).toBe('Back up now');
    await page.keyboard.press('Enter');
    await expect(
      page
        .getByRole('banner')
        .getByRole('status')
        .filter({ hasText: /^Backed up/ }),
    ).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.getByRole('button', { name: /Go to or do/ })).toBeFocused();
  } finally {
    await rm(saveDir, { recursive: true, force: true });
  }
});

test('the palette finds a project by reference and a person by name', async ({ page }) => {
  test.setTimeout(120_000);
  await loadDemoData(page);
  const { projects, people } = await readStores(page, ['projects', 'people']);
  const project = projects.find((p) => p.status === 'open')!;
  const person = people.find((p) => people.filter((q) => q.name === p.name).length === 1)!;

  await page.keyboard.press('Control+K');
  await page.keyboard.type(project.reference);
  await expect(palette(page).getByRole('option').first()).toContainText(project.reference);
  expect(await activeOption(page)).toBe(`${project.reference} ${project.title}`);
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: `${project.reference} · ${project.title}` }),
  ).toBeVisible();

  await page.keyboard.press('Control+K');
  await page.keyboard.type(person.name);
  const option = palette(page).getByRole('option').filter({ hasText: person.name });
  await expect(option).toHaveCount(1);
  await expect(option).toContainText('Person');
  for (let moves = 0; moves < 12 && (await activeOption(page)) !== person.name; moves++) {
    await page.keyboard.press('ArrowDown');
  }
  expect(await activeOption(page)).toBe(person.name);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: person.name })).toBeVisible();
});
