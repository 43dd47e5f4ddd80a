/**
 * Bookings where the project is, on the demo data (generated for the real today): booking two people weekly
 * for a month from the project page with a preview, refusals listed by day and person, free sessions for the
 * project's team, and setting up sessions once (copying a day, the normal week). Axe on each new screen.
 */
import type { Locator, Page } from '@playwright/test';
import { addDaysIso, londonToday } from '../../../shared/dates';
import { isoWeekdayOf } from '../../../shared/domain/bookings';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { loadDemoData } from './demo-data';
import { weekdayNextWeek } from './demo-days';
import { offeredValues } from './select-options';

// A year of a DSH team, loaded through the UI for every test: room on a busy machine (three times the default).
test.describe.configure({ timeout: 90_000 });

const today = londonToday();

/**
 * Opens the page of the first project that may book and has at least two members ready on `day`, and its
 * "Book sessions" dialog with the first day set; returns the dialog.
 */
async function openBookingForTwo(page: Page, day: string): Promise<Locator> {
  await page.goto('/#/calendar/find');
  const choice = page.getByRole('form', { name: 'Find free sessions' }).getByLabel('Project');
  // The projects that may book are read after the form is drawn.
  const projects = await offeredValues(choice);
  for (const id of projects) {
    await page.goto(`/#/projects/${id}`);
    const panel = page.getByRole('region', { name: 'Bookings' });
    await panel.getByRole('button', { name: 'Book sessions…' }).click();
    const dialog = page.getByRole('dialog', { name: /^Book sessions for DSH-/ });
    await dialog.getByLabel('First day').fill(day);
    const people = dialog.getByRole('group', { name: 'People' });
    await expect(people.getByRole('checkbox').first()).toBeVisible();
    if ((await people.getByRole('checkbox', { disabled: false }).count()) >= 2) return dialog;
    await dialog.getByRole('button', { name: 'Close' }).click();
  }
  throw new Error('No project in the demo data has two members ready to book.');
}

/** Ticks the first two ready members; returns their names. */
async function chooseTwo(dialog: Locator): Promise<string[]> {
  const ready = dialog.getByRole('group', { name: 'People' }).getByRole('checkbox', { disabled: false });
  const names: string[] = [];
  for (let i = 0; i < 2; i++) {
    await ready.nth(i).check();
    names.push((await ready.nth(i).locator('xpath=..').locator('.candidate-name').textContent())!);
  }
  return names;
}

test.describe('bookings where the project is', () => {
  test.beforeEach(async ({ page }) => {
    await loadDemoData(page);
  });

  test('an officer books two people weekly for a month from the project page, after a preview', async ({
    page,
  }) => {
    const dialog = await openBookingForTwo(page, weekdayNextWeek);
    const reference = (await dialog.getByRole('heading').first().textContent())!.replace(
      'Book sessions for ',
      '',
    );
    const names = await chooseTwo(dialog);
    await dialog.getByLabel('Weeks').fill('4');
    await dialog.getByRole('group', { name: 'Sessions' }).getByRole('checkbox').last().check();
    await dialog.getByRole('button', { name: 'Preview the bookings' }).click();

    const preview = dialog.getByRole('table', { name: 'The bookings asked for, by day' });
    await expect(preview.getByRole('row')).toHaveCount(9);
    for (const name of names) await expect(preview.getByRole('cell', { name, exact: true })).toHaveCount(4);
    await expectNoAxeViolations(page);
    const passing = await preview.getByText('Will be booked').count();
    expect(passing).toBeGreaterThan(0);
    await expect(dialog.getByText(`${passing} booking${passing === 1 ? '' : 's'} can be made`)).toBeVisible();

    await dialog.getByRole('button', { name: `Book ${passing} session${passing === 1 ? '' : 's'}` }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'Booked' })).toContainText(
      `Booked ${passing} session${passing === 1 ? '' : 's'}.`,
    );
    await dialog.getByRole('button', { name: 'Close' }).click();

    const bookings = page.getByRole('table', { name: `Upcoming bookings of ${reference}` });
    await expect(bookings.getByRole('link', { name: names[0] }).first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Bookings' })).toContainText('weekly bookings used');
    await expectNoAxeViolations(page);

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Audit log' }).click();
    await expect(page.getByRole('row').nth(1)).toContainText('Created booking of');
  });

  test('weeks beyond the booking horizon are refused by day and person; a bad repeat is refused in words, keeping the choices', async ({
    page,
  }) => {
    await page.goto('/#/calendar/settings');
    const horizon = Number(await page.getByLabel('Booking horizon (days)').inputValue());
    const lastDay = addDaysIso(today, horizon);
    const dialog = await openBookingForTwo(page, weekdayNextWeek);
    // A weekday 8 to 13 days before the horizon's last day: weeks 1 and 2 are inside it, 3 and 4 beyond.
    const first = [8, 9, 10, 11, 12, 13]
      .map((n) => addDaysIso(lastDay, -n))
      .find((day) => isoWeekdayOf(day) <= 5)!;
    await dialog.getByLabel('First day').fill(first);
    const names = await chooseTwo(dialog);
    await dialog.getByLabel('Weeks').fill('4');
    await dialog.getByRole('group', { name: 'Sessions' }).getByRole('checkbox').first().check();
    await dialog.getByRole('button', { name: 'Preview the bookings' }).click();

    const preview = dialog.getByRole('table', { name: 'The bookings asked for, by day' });
    const refused = preview.getByRole('row').filter({ hasText: 'Sessions can be booked at most' });
    await expect(refused).toHaveCount(4);
    for (const name of names) await expect(refused.filter({ hasText: name })).toHaveCount(2);

    // Nothing typed is lost by a refusal: an impossible repeat is refused in words, the choices stay.
    await dialog.getByLabel('Weeks').fill('30');
    await dialog.getByRole('button', { name: 'Preview the bookings' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Weeks must be a whole number from 1 to 26.');
    await expect(
      dialog.getByRole('group', { name: 'People' }).getByRole('checkbox', { checked: true }),
    ).toHaveCount(2);
  });

  test('free sessions for the project’s whole team, booked together from the list', async ({ page }) => {
    const dialog = await openBookingForTwo(page, weekdayNextWeek);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('link', { name: 'Find free sessions for the team' }).click();

    const results = page.getByRole('table', { name: 'Free sessions for the team, earliest first' });
    await expect(results.getByRole('row').nth(1)).toBeVisible();
    await expect(results.getByRole('row').nth(1)).toContainText(/All \d+|\d+ of \d+/);
    await expectNoAxeViolations(page);
    await results
      .getByRole('row')
      .nth(1)
      .getByRole('button', { name: /^Book / })
      .click();

    const booking = page.getByRole('dialog', { name: /^Book sessions for DSH-/ });
    const ticked = booking.getByRole('group', { name: 'People' }).getByRole('checkbox', { checked: true });
    await expect(ticked).not.toHaveCount(0);
    const chosen = await ticked.count();
    await expect(
      booking.getByRole('group', { name: 'Sessions' }).getByRole('checkbox', { checked: true }),
    ).toHaveCount(1);
    await booking.getByRole('button', { name: 'Preview the bookings' }).click();
    await expect(booking.getByText('Will be booked')).toHaveCount(chosen);
  });
});

test('an officer copies Monday’s sessions to the weekend, then goes back to the normal week', async ({
  page,
}) => {
  await loadDemoData(page);
  await page.goto('/#/calendar/settings');
  const sessions = page.getByRole('region', { name: 'Bookable sessions' });
  const normal = sessions.getByRole('region', { name: 'Normal week' });
  await normal.getByRole('button', { name: 'Save the sessions offered now as the normal week' }).click();
  await expect(normal.getByRole('status')).toContainText('Saved the normal week');
  await expect(normal.getByText('The sessions offered now are the normal week.')).toBeVisible();

  const copy = sessions.getByRole('form', { name: 'Copy a day’s sessions' });
  await copy.getByLabel('Copy the sessions of').selectOption({ label: 'Monday' });
  await copy.getByRole('button', { name: 'Copy the sessions' }).click();
  await expect(copy.getByRole('alert')).toHaveText('Choose at least one day to copy to.');

  const group = copy.getByRole('group', { name: 'To' });
  await group.getByLabel('Saturday').check();
  await group.getByLabel('Sunday').check();
  await copy.getByRole('button', { name: 'Copy the sessions' }).click();
  await expect(copy.getByRole('status')).toContainText(
    /Copied \d+ sessions? of Monday to Saturday and Sunday\./,
  );
  const table = sessions.getByRole('table', { name: 'Bookable sessions, Monday first' });
  await expect(table.getByRole('row').filter({ hasText: 'Saturday' }).first()).toContainText('Yes');
  await expectNoAxeViolations(page);

  // The weekend was a one-off: applying the normal week stops offering it (kept, with any bookings).
  await expect(normal.getByText(/Stop offering Saturday/).first()).toBeVisible();
  await normal.getByRole('button', { name: 'Apply the normal week' }).click();
  await expect(normal.getByRole('status')).toContainText('Applied the normal week');
  await expect(table.getByRole('row').filter({ hasText: 'Saturday' }).first()).toContainText('No');
  await expect(normal.getByText('The sessions offered now are the normal week.')).toBeVisible();

  // Copying again adds nothing twice, and says so.
  await group.getByLabel('Saturday').check();
  await copy.getByRole('button', { name: 'Copy the sessions' }).click();
  await expect(copy.getByRole('alert')).toHaveText(
    'No session was copied. Every Monday session is already set up on the days chosen.',
  );
});
