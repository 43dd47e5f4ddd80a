/**
 * The readiness forecast and the Monday briefing, as an officer meets them with the demo data: a booked
 * researcher's NHS DSA expiry is corrected to the day before their booking; the week view flags the booking
 * in its cell and lists it with a renewal e-mail draft one click away, the dashboard lists it, and the
 * briefing (on screen and as the PDF the main process writes, read with pdftotext) names it.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { installTestBridge, type TestBridgeRecord } from '../../helpers/test-bridge';
import { pdfPages } from '../../helpers/pdf-files';
import { londonToday, plusDays, readStores, type Row } from './dashboard-demo';
import { expect, expectNoAxeViolations, openApp, test } from './fixtures';
import { loadDemoData } from './demo-data';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const longDate = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
};
const shortDate = (day: string) => day.split('-').reverse().join('/');
/** 0 = Sunday … 6 = Saturday. */
const weekdayOf = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay();

/** The Monday of the week a briefing made today covers: this week, or the coming one at the weekend. */
function briefingMonday(today: string): string {
  const weekday = weekdayOf(today);
  if (weekday === 6) return plusDays(today, 2);
  if (weekday === 0) return plusDays(today, 1);
  return plusDays(today, 1 - weekday);
}

/** A standing booking in the briefing's week, at least two days ahead, whose person has one NHS DSA record. */
function chooseBooking(rows: Record<string, Row[]>, today: string, monday: string) {
  const sunday = plusDays(monday, 6);
  for (const booking of rows.bookings!) {
    if (booking.status !== 'booked' || booking.date < plusDays(today, 2)) continue;
    if (booking.date < monday || booking.date > sunday) continue;
    const dsa = rows.trainingRecords!.filter(
      (r) => r.personId === booking.personId && r.kind === 'nhs-dsa-level-1',
    );
    if (dsa.length !== 1 || dsa[0]!.completedOn >= plusDays(booking.date, -1)) continue;
    const person = rows.people!.find((p) => p.id === booking.personId)!;
    return { booking, dsa: dsa[0]!, person };
  }
  throw new Error(`The demo data has no booking to use between ${monday} and ${sunday}.`);
}

let saveDir: string;
test.beforeEach(async () => {
  saveDir = await mkdtemp(path.join(tmpdir(), 'dsh-briefing-'));
});
test.afterEach(async () => {
  await rm(saveDir, { recursive: true, force: true });
});

test('a booking whose person will not be ready is flagged, offers a renewal draft, and is in the briefing PDF', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const bridge: TestBridgeRecord = await installTestBridge(page, { saveDir, dataFolder: '/data' });
  await loadDemoData(page);
  const today = londonToday();
  const monday = briefingMonday(today);
  const rows = await readStores(page, ['bookings', 'trainingRecords', 'people']);
  const { booking, dsa, person } = chooseBooking(rows, today, monday);
  const lapses = plusDays(booking.date, -1);

  // The demo books only people ready on the day: nothing is flagged yet.
  await openApp(page, '/dashboard');
  await expect(
    page
      .getByRole('region', { name: /^Not ready on the day/ })
      .getByText('Everyone booked will be ready on the day of their booking.'),
  ).toBeVisible();

  // The officer corrects the expiry on the researcher's certificate: it lapses the day before the booking.
  await openApp(page, `/people/${person.id}`);
  await page
    .getByRole('button', { name: `Correct NHS DSA Level 1 training completed ${shortDate(dsa.completedOn)}` })
    .click();
  await page.getByLabel('Expiry date').fill(shortDate(lapses));
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('button', { name: 'Save changes' })).toHaveCount(0);

  // The week view flags the booking's session and lists the booking, with the renewal draft.
  await openApp(page, `/calendar/week/${monday}`);
  await expect(page.locator(`[data-week-rendered="${monday}"]`)).toBeVisible();
  await expect(
    page
      .getByRole('gridcell')
      .filter({ hasText: /not ready on the day/ })
      .first(),
  ).toBeVisible();
  const weekList = page.getByRole('region', { name: /^Not ready on the day/ });
  const item = weekList.getByRole('listitem').filter({ hasText: person.name }).first();
  await expect(item).toContainText(`no NHS DSA Level 1 training valid on ${shortDate(booking.date)}`);
  await item.getByRole('button', { name: `Renewal e-mail draft to ${person.name}` }).click();
  await expect.poll(() => bridge.openedExternal.length).toBe(1);
  const mailto = decodeURIComponent(bridge.openedExternal[0]!);
  expect(mailto.startsWith(`mailto:${person.email}?`)).toBe(true);
  expect(mailto).toContain(`valid until ${longDate(lapses)}`);
  expect(mailto).toContain(longDate(booking.date));
  await expect(item.getByRole('status')).toHaveText(
    `Draft opened in your e-mail program, to ${person.name}.`,
  );
  await expectNoAxeViolations(page);

  // The dashboard lists it too.
  await openApp(page, '/dashboard');
  const panel = page.getByRole('region', { name: /^Not ready on the day/ });
  await expect(panel.getByRole('listitem').filter({ hasText: person.name }).first()).toBeVisible();
  await expect(page.locator('[data-dashboard-state="ready"]')).toBeVisible();
  await expectNoAxeViolations(page);

  // The briefing names it, and its PDF says the same.
  await page.getByRole('link', { name: 'Monday briefing' }).click();
  await expect(page.locator('[data-briefing-state="ready"]')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Monday briefing' })).toBeVisible();
  await expect(page.getByText(`Week of Monday ${longDate(monday)}, for the whole team`)).toBeVisible();
  const notReady = page.getByRole('region', { name: /^Not ready on the day/ });
  await expect(notReady.getByRole('listitem').filter({ hasText: person.name }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Export as PDF…' }).click();
  await expect.poll(() => bridge.savedFiles.length, { timeout: 30_000 }).toBe(1);
  expect(path.basename(bridge.savedFiles[0]!)).toBe(`Monday briefing ${monday} team.pdf`);
  await expect(page.getByRole('status').filter({ hasText: 'Briefing saved to' })).toBeVisible();
  const text = pdfPages(new Uint8Array(await readFile(bridge.savedFiles[0]!)))
    .join(' ')
    .replace(/\s+/g, ' ');
  expect(text).toContain('Monday briefing');
  expect(text).toContain(`Week of Monday ${longDate(monday)} · for the whole team`);
  for (const heading of [
    'Trainings expiring',
    'Forms missing',
    'Projects ending',
    'Closures open',
    'Bookings',
  ]) {
    expect(text).toMatch(new RegExp(`${heading} \\(\\d+\\)`));
  }
  expect(text).toMatch(/Not ready on the day \([1-9]\d*\)/);
  expect(text).toContain(person.name);
  expect(text).toContain(`no NHS DSA Level 1 training valid on ${shortDate(booking.date)}`);

  // One officer's briefing is a filter of the team's: the projects other officers look after are left out.
  const teamItems = await page.getByRole('main').getByRole('listitem').count();
  await page.getByLabel('Briefing for').selectOption({ label: 'Me (Tess Officer)' });
  await expect(page.getByText(`Week of Monday ${longDate(monday)}, for Tess Officer`)).toBeVisible();
  await expect(page.getByText(/leaves out the projects another officer is case officer of/)).toBeVisible();
  expect(await page.getByRole('main').getByRole('listitem').count()).toBeLessThanOrEqual(teamItems);
});
