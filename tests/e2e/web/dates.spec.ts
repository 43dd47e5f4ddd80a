import { formatShortDate, londonToday } from '../../../shared/dates';
import { expect, expectNoAxeViolations, openApp, test } from './fixtures';

// A US-English machine: the browser's own date input would show 12/06/2026 for 6 December.
test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

test('date fields show and read dd/mm/yyyy whatever the machine’s locale: typed, or picked from a calendar', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openApp(page, '/projects/new');
  const received = page.getByLabel('Date received');
  await expect(received).toHaveValue(formatShortDate(londonToday()));

  await received.fill('6/12/26');
  await received.blur();
  await expect(received).toHaveValue('06/12/2026');
  await received.fill('06122026');
  await received.blur();
  await expect(received).toHaveValue('06/12/2026');

  await page.getByRole('button', { name: 'Choose from a calendar' }).click();
  const calendar = page.getByRole('dialog', { name: 'Calendar' });
  // Weeks start on Monday (the weekday headings are hidden from screen readers: each day names itself).
  await expect(calendar.locator('thead th').first()).toHaveText(/^Mo/);
  await expect(calendar.getByRole('button', { name: 'Go to the Next Month' })).toBeEnabled();
  await expectNoAxeViolations(page);
  await calendar.getByRole('button', { name: /Tuesday, 15 December 2026/ }).click();
  await expect(calendar).toHaveCount(0);
  await expect(received).toHaveValue('15/12/2026');

  // An impossible day is refused with a message under the field; nothing is saved.
  await received.fill('31/02/2026');
  await page.getByRole('button', { name: 'Save enquiry' }).click();
  await expect(page.getByText('Date received must be a real calendar date.')).toBeVisible();
  await expect(received).toHaveAttribute('aria-invalid', 'true');
});
