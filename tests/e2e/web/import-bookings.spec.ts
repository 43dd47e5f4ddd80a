/**
 * Importing bookings on the demo data (generated for the real today): a CSV made by the test from the demo's
 * active projects and their members, one week ahead, with bad rows (a stranger, an unknown project, a
 * Saturday, a session that day does not have, a repeated row); each row previewed as booked or refused with
 * the rule in words; imported in one step and undone; and the export of the bookings read back unchanged.
 */
import { readFile } from 'node:fs/promises';
import { addDaysIso, formatShortDate } from '../../../shared/dates';
import { isoWeekdayOf } from '../../../shared/domain/bookings';
import { readStores } from './dashboard-demo';
import { loadDemoData } from './demo-data';
import { weekdayNextWeek } from './demo-days';
import { expect, expectNoAxeViolations, openApp, test } from './fixtures';

test.describe.configure({ timeout: 180_000 });

/** The demo sessions' weekday next week. */
const day = weekdayNextWeek;
const saturday = addDaysIso(day, 6 - isoWeekdayOf(day));

test('bookings from a CSV file are checked by every booking rule, imported, undone, and round-trip through the export', async ({
  page,
}) => {
  await openApp(page, '/settings');
  await loadDemoData(page);
  const { projects, memberships, people, connectionTypes } = await readStores(page, [
    'projects',
    'memberships',
    'people',
    'connectionTypes',
  ]);
  const booked = new Set(connectionTypes.filter((type) => type.needsBooking).map((type) => type.id));
  const active = projects.filter(
    (p) => p.status === 'open' && p.stage === 'active' && booked.has(p.onboarding.connectionTypeId),
  );
  const emailOf = new Map(people.map((person) => [person.id, person.email as string]));
  // Every current member of every project that books, on the same afternoon: the rules decide which may.
  const candidates = active
    .flatMap((project) =>
      memberships
        .filter((m) => m.projectId === project.id && !m.accessRevoked)
        .map((m) => `${emailOf.get(m.personId)},${project.reference},${formatShortDate(day)},Afternoon`),
    )
    .slice(0, 60);
  expect(candidates.length).toBeGreaterThan(1);
  const reference = active[0]!.reference as string;
  const csv = [
    'E-mail,Project reference,Date,Session',
    ...candidates,
    `stranger@example.ac.uk,${reference},${formatShortDate(day)},Afternoon`,
    `${candidates[0]!.split(',')[0]},DSH-2099-999,${formatShortDate(day)},Afternoon`,
    `${candidates[0]!.split(',')[0]},${reference},${formatShortDate(saturday)},Afternoon`,
    `${candidates[0]!.split(',')[0]},${reference},${formatShortDate(day)},Evening`,
    candidates[0]!,
  ].join('\r\n');
  const first = candidates.length + 2;

  await page.goto('/#/settings/import');
  await page.getByLabel('Bookings of the core connection').check();
  await page.getByLabel(/Spreadsheet file/).setInputFiles({
    name: 'bookings.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await page.getByRole('button', { name: 'Read the file' }).click();
  await expect(page.getByRole('heading', { name: '2. Match the columns' })).toBeVisible();
  await expect(page.getByLabel(/^Session/)).toHaveValue('3');
  await page.getByRole('button', { name: 'Preview the import' }).click();

  const rows = page.getByRole('table', { name: 'What each row of bookings.csv will do' });
  await expect(rows.getByRole('row', { name: new RegExp(`^${first} Refused`) })).toContainText(
    '“stranger@example.ac.uk”: is not the e-mail address of anyone recorded.',
  );
  await expect(rows.getByRole('row', { name: new RegExp(`^${first + 1} Refused`) })).toContainText(
    '“DSH-2099-999”: is not the reference of any project recorded.',
  );
  await expect(rows.getByRole('row', { name: new RegExp(`^${first + 2} Refused`) })).toContainText(
    `there are no sessions on a Saturday (${formatShortDate(saturday)}).`,
  );
  await expect(rows.getByRole('row', { name: new RegExp(`^${first + 3} Refused`) })).toContainText(
    '“Evening”: is not a session on a',
  );
  await expect(rows.getByRole('row', { name: new RegExp(`^${first + 4} Refused`) })).toContainText(
    'repeats row 2 (the same booking)',
  );
  const summary = await page
    .getByText(/^bookings\.csv: \d+ new, 0 to update, \d+ already recorded, \d+ refused\./)
    .textContent();
  const created = Number(/: (\d+) new/.exec(summary ?? '')![1]);
  expect(created).toBeGreaterThan(0);
  // The rules decide each member's row (not ready on the day, the session full…): at least one is booked.
  await expect(rows.getByRole('row', { name: /^\d+ New / }).first()).toContainText(
    `${formatShortDate(day)}, Afternoon (13:00–17:00)`,
  );
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/import-bookings-preview.png', fullPage: true });

  await page.getByRole('button', { name: `Import ${created} record${created === 1 ? '' : 's'}` }).click();
  await expect(page.getByRole('heading', { name: 'Imported' })).toBeVisible();

  // The export writes the same columns: read back, every booking is already recorded.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export bookings as CSV…' }).click();
  const exported = await readFile((await (await download).path())!, 'utf8');
  expect(exported.split(/\r?\n/)[0]).toContain('E-mail address,Project reference,Date,Session');
  await page.getByRole('button', { name: 'Import another file' }).click();
  await page.getByLabel('Bookings of the core connection').check();
  await page.getByLabel(/Spreadsheet file/).setInputFiles({
    name: 'exported bookings.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(exported, 'utf8'),
  });
  await page.getByRole('button', { name: 'Read the file' }).click();
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await expect(
    page.getByText(/^exported bookings\.csv: 0 new, 0 to update, \d+ already recorded, 0 refused\./),
  ).toBeVisible();

  await page.goto('/#/settings/import');
  await page.getByRole('button', { name: 'Undo the import of bookings.csv' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is undone' })).toHaveText(
    `The import of bookings.csv is undone: ${created} record${created === 1 ? '' : 's'} removed, 0 restored.`,
  );
});
