/**
 * The booking calendar as a new DSH officer meets it, on the demo data (generated for the real today):
 * booking a session, a full session, a member who is not ready, a blackout over booked days, calendar files,
 * accessibility and the keyboard. Dates are computed from today in London, as the app computes them.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import ICAL from 'ical.js';
import { addDaysIso, londonDayStart, londonToday } from '../../../shared/dates';
import { sessionStartInstant, weekStartOf } from '../../../shared/domain/bookings';
import { installTestBridge } from '../../helpers/test-bridge';
import { expect, expectNoAxeViolations, expectPageShown, openApp, test } from './fixtures';
import { loadDemoData } from './demo-data';
import { weekdayNextWeek } from './demo-days';
import { offeredValues } from './select-options';
import { sharePage } from './shared-page';

// A year of a DSH team, loaded through the UI for every test: room on a busy machine (three times the default).
test.describe.configure({ timeout: 90_000 });

const today = londonToday();
/** Saturday of next week: no demo session, no bank holiday. */
const saturdayNextWeek = addDaysIso(weekStartOf(today), 12);

/** Opens a calendar address and waits until its data is on screen. */
async function showCalendar(page: Page, route: string, marker: string): Promise<void> {
  await page.goto(`/#${route}`);
  await expect(page.locator(marker)).toHaveCount(1);
}

/** The booking form's person choices. */
const people = (form: Locator) => form.getByRole('group', { name: 'Person' });

/**
 * In a booking form whose session is chosen, picks the first project and member the booking rules allow
 * (skipping `skip`); returns the person's name and the project's reference.
 */
async function chooseAllowedBooking(
  form: Locator,
  skip: string[] = [],
): Promise<{ person: string; project: string }> {
  const project = form.getByLabel('Project');
  const values = await offeredValues(project);
  for (const value of values) {
    await project.selectOption(value);
    const group = people(form);
    await expect(
      group.getByRole('radio').or(group.getByText('This project has no members.')).first(),
    ).toBeVisible();
    const choices = group.locator('li.candidate');
    for (let i = 0; i < (await choices.count()); i++) {
      const choice = choices.nth(i);
      const radio = choice.getByRole('radio');
      const person = (await choice.locator('.candidate-name').textContent())!;
      if ((await radio.isDisabled()) || skip.includes(person)) continue;
      await radio.check();
      const allowed = form.getByText('This session can be booked.');
      await expect(allowed.or(form.getByText('This booking cannot be made:'))).toBeVisible();
      if (await allowed.isVisible()) {
        return { person, project: (await project.locator('option:checked').textContent())!.split(' — ')[0]! };
      }
    }
  }
  throw new Error('No project in the demo data has a member who may book this session.');
}

/** Chooses a member (not `skip`) who may use the DSH, of the chosen project or, failing that, another. */
async function chooseMember(form: Locator, skip: string): Promise<void> {
  const project = form.getByLabel('Project');
  const values = await offeredValues(project);
  const current = await project.inputValue();
  for (const value of [current, ...values.filter((v) => v !== current)]) {
    await project.selectOption(value);
    await expect(people(form).getByRole('radio').first()).toBeVisible();
    const choices = people(form).locator('li.candidate');
    for (let i = 0; i < (await choices.count()); i++) {
      const radio = choices.nth(i).getByRole('radio');
      const person = await choices.nth(i).locator('.candidate-name').textContent();
      if ((await radio.isDisabled()) || person === skip) continue;
      await radio.check();
      return;
    }
  }
  throw new Error('No other member in the demo data may use the DSH.');
}

/** Books the first seat the rules allow in the open form; returns who was booked. */
async function bookFirstAllowed(
  form: Locator,
  skip: string[] = [],
): Promise<{ person: string; project: string }> {
  const who = await chooseAllowedBooking(form, skip);
  await form.getByRole('button', { name: 'Book this session' }).click();
  await expect(form.getByRole('status')).toContainText(`Booked ${who.person} (${who.project})`);
  return who;
}

/**
 * On a page shared by several tests: goes to the dashboard, so that nothing of the calendar an earlier test left
 * (an open dialog, a focused cell) is there when the next one opens it.
 */
async function leaveTheCalendar(page: Page): Promise<void> {
  await page.goto('/#/dashboard');
  await expectPageShown(page);
}

test.describe('booking on the calendar of the demo data', () => {
  // One load of the demo data for the three: each books into a session of its own choosing, and counts what it
  // finds when it looks (the bookings standing on a day, the latest audit events), never what an earlier one left.
  const shared = sharePage(loadDemoData, { timeout: 90_000 });
  test.beforeEach(async () => {
    await leaveTheCalendar(shared().page);
  });

  test('an officer finds a free session for a researcher and books it; it shows in the day and the audit log', async () => {
    const { page } = shared();
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Calendar' }).click();
    await expect(page.locator(`[data-week-rendered="${weekStartOf(today)}"]`)).toHaveCount(1);
    await page.getByRole('link', { name: 'Find free sessions' }).click();

    const search = page.getByRole('form', { name: 'Find free sessions' });
    await search.getByLabel('Project').selectOption({ index: 1 });
    const person = search.getByLabel('Person');
    // The team's option comes with the project at once; its members are read after.
    await expect(
      person.locator('option:not([value=""])').filter({ hasNotText: 'All ready members' }).first(),
    ).toBeAttached();
    const ready = await person
      .locator('option')
      .evaluateAll(
        (options) =>
          (options as HTMLOptionElement[]).find(
            (o) =>
              o.value &&
              !o.textContent!.includes('not ready') &&
              !o.textContent!.includes('All ready members'),
          )?.value ?? '',
      );
    await person.selectOption(ready);
    await search.getByLabel('To').fill(addDaysIso(today, 20));
    await search.getByRole('button', { name: 'Find free sessions' }).click();

    const results = page.getByRole('table', { name: 'Free sessions, earliest first' });
    const first = results.getByRole('row').nth(1);
    const href = (await first.getByRole('link').getAttribute('href'))!;
    const date = href.slice(href.lastIndexOf('/') + 1);
    const session = (await first.getByRole('cell').nth(1).textContent())!;
    await first.getByRole('button', { name: /^Book / }).click();

    const dialog = page.getByRole('dialog', { name: 'Book a session' });
    const form = dialog.getByRole('form', { name: 'Book a session' });
    await expect(form.getByText(`Session: ${session} on`)).toBeVisible();
    await expect(form.getByText('This session can be booked.')).toBeVisible();
    const name = (await people(form)
      .locator('li')
      .filter({ has: page.getByRole('radio', { checked: true }) })
      .locator('.candidate-name')
      .textContent())!;
    await form.getByRole('button', { name: 'Book this session' }).click();
    await expect(form.getByRole('status')).toContainText(`Booked ${name}`);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toHaveCount(0);

    await showCalendar(page, `/calendar/day/${date}`, `[data-day-rendered="${date}"]`);
    const sessionPanel = page.getByRole('region', { name: session });
    await expect(sessionPanel.getByRole('link', { name })).toBeVisible();

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Audit log' }).click();
    await expect(page.getByRole('row').nth(1)).toContainText(`Created booking of ${name} on `);
    await expect(page.getByRole('row').nth(1)).toContainText('Tess Officer');
  });

  test('a full session refuses the next booking, saying why', async () => {
    const { page } = shared();
    // A one-seat session on Saturdays, set up as the officer would.
    await openApp(page, '/calendar/settings');
    await page.getByRole('button', { name: 'Add a session…' }).click();
    const sessionForm = page.getByRole('form', { name: 'Add a session' });
    await sessionForm.getByLabel('Weekday').selectOption({ label: 'Saturday' });
    await sessionForm.getByLabel('Name').fill('Saturday clinic');
    await sessionForm.getByLabel('Starts').fill('10:00');
    await sessionForm.getByLabel('Ends').fill('12:00');
    await sessionForm.getByLabel('Seats').fill('1');
    await sessionForm.getByRole('button', { name: 'Add the session' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Saved the Saturday Saturday clinic' }),
    ).toBeVisible();

    await showCalendar(
      page,
      `/calendar/week/${saturdayNextWeek}`,
      `[data-week-rendered="${weekStartOf(saturdayNextWeek)}"]`,
    );
    const clinic = page.getByRole('row', { name: /Saturday clinic/ });
    await clinic.getByRole('gridcell').filter({ hasText: '1 free' }).click();
    const dialog = page.getByRole('dialog', { name: /Saturday clinic 10:00–12:00, Saturday/ });
    await expect(dialog.getByText('0 of 1 seat taken, 1 free')).toBeVisible();
    const form = dialog.getByRole('form', { name: 'Book a session' });
    const first = await bookFirstAllowed(form);
    await expect(dialog.getByText('Full: 1 of 1 seat taken')).toBeVisible();
    await expect(dialog.getByRole('table', { name: /Bookings of Saturday clinic/ })).toContainText(
      first.person,
    );

    // The next person: the rules refuse, with the reason, and the form cannot book.
    await chooseMember(form, first.person);
    await expect(form.getByText('This booking cannot be made:')).toBeVisible();
    await expect(
      form.getByRole('listitem').filter({ hasText: 'This session is full: its only seat is taken.' }),
    ).toBeVisible();
    await expect(form.getByRole('button', { name: 'Book this session' })).toBeDisabled();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(clinic.getByRole('gridcell').filter({ hasText: 'Full' })).toContainText(first.person);
  });

  test('a blackout over booked days lists the bookings, and cancels them with a reason when confirmed', async () => {
    const { page } = shared();
    const date = weekdayNextWeek;
    await showCalendar(page, `/calendar/day/${date}`, `[data-day-rendered="${date}"]`);
    const morning = page.getByRole('region', { name: 'Morning 09:00–13:00' });
    await morning.getByRole('button', { name: /^Book a seat in Morning/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Book a session' });
    const booked = await bookFirstAllowed(dialog.getByRole('form', { name: 'Book a session' }));
    await dialog.getByRole('button', { name: 'Close' }).click();
    const standing = await page.getByRole('button', { name: /^Cancel the booking of / }).count();
    expect(standing).toBeGreaterThan(0);

    await page.getByRole('link', { name: 'Booking settings' }).click();
    const add = page.getByRole('form', { name: 'Add a blackout date' });
    await add.getByLabel('Date').fill(date);
    await add.getByLabel('Reason').fill('Air conditioning repair');
    await add.getByRole('button', { name: 'Add the blackout date' }).click();

    // The bookings it hits are listed: person, project, session. Leaving keeps everything as it was.
    const conflicts = page.getByRole('form', { name: new RegExp(`^${standing} bookings? stands? on`) });
    const rows = conflicts
      .getByRole('table', { name: 'Bookings the blackout would cancel' })
      .getByRole('row');
    await expect(rows).toHaveCount(standing + 1);
    const ours = rows.filter({ hasText: booked.person });
    await expect(ours).toContainText(booked.project);
    await expect(ours).toContainText('Morning 09:00–13:00');
    await conflicts.getByRole('button', { name: 'Leave the blackout unsaved' }).click();
    await expect(conflicts).toHaveCount(0);
    await expect(page.getByRole('table', { name: 'Blackout dates from today on' })).not.toContainText(
      'Air conditioning repair',
    );

    // Again, and this time cancel them with the reason.
    await add.getByRole('button', { name: 'Add the blackout date' }).click();
    await expect(conflicts.getByLabel(/Reason for cancelling/)).toHaveValue(
      'The DSH is closed: Air conditioning repair',
    );
    await conflicts
      .getByRole('button', { name: new RegExp(`^Cancel ${standing} bookings? and save the blackout`) })
      .click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved 1 blackout date' })).toHaveText(
      `Saved 1 blackout date and cancelled ${standing} booking${standing === 1 ? '' : 's'}.`,
    );
    await expect(page.getByRole('table', { name: 'Blackout dates from today on' })).toContainText(
      'Air conditioning repair',
    );
    // Saved: the form is empty again, and leaving does not ask about unsaved changes.
    await expect(add.getByLabel('Date')).toHaveValue('');
    await expect(add.getByLabel('Reason')).toHaveValue('');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Calendar' }).click();
    await expect(page).not.toHaveURL(/calendar\/settings/);
    await expect(page.getByText('Leave without saving?')).toHaveCount(0);

    await showCalendar(page, `/calendar/day/${date}`, `[data-day-rendered="${date}"]`);
    await expect(page.getByText('The DSH is closed on this day:')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Cancel the booking of / })).toHaveCount(0);
    await morning.getByText(/cancelled booking/).click();
    await expect(morning.getByRole('listitem').filter({ hasText: booked.person })).toContainText(
      'The DSH is closed: Air conditioning repair',
    );

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Audit log' }).click();
    await expect(page.getByRole('row').nth(1)).toContainText('Created blackout date ');
    await expect(page.getByRole('row').nth(2)).toContainText(
      /Cancelled booking of .+ on \d{2}\/\d{2}\/\d{4}\./,
    );
    await expect(page.getByRole('row').nth(2)).toContainText('The DSH is closed: Air conditioning repair');
  });
});

test.describe('the calendar of the demo data, looked at', () => {
  // These only look (a dialog they open is left unsaved): one load of the demo data for all four.
  const shared = sharePage(loadDemoData, { timeout: 90_000 });
  test.beforeEach(async () => {
    await leaveTheCalendar(shared().page);
  });

  test('a member who is not ready cannot be chosen, and the reason is shown', async () => {
    const { page } = shared();
    await openApp(page, '/calendar');
    await page.getByRole('button', { name: 'Book a session…' }).click();
    const form = page
      .getByRole('dialog', { name: 'Book a session' })
      .getByRole('form', { name: 'Book a session' });
    const project = form.getByLabel('Project');
    const values = await offeredValues(project);
    const notReady = people(form).getByRole('radio', { disabled: true });
    for (const value of values) {
      await project.selectOption(value);
      await expect(people(form).getByRole('radio').first()).toBeVisible();
      if ((await notReady.count()) > 0) break;
    }
    await expect(notReady.first()).toBeDisabled();
    const member = people(form)
      .locator('li.candidate')
      .filter({ has: page.getByRole('radio', { disabled: true }) })
      .first();
    await expect(member.getByText('Not ready', { exact: true })).toBeVisible();
    const reason = member.getByRole('listitem').first();
    await expect(reason).toBeVisible();
    await expect(reason).toHaveText(/ has no | has not | was revoked /);
    await expect(notReady.first()).toHaveAccessibleDescription(/ has no | has not | was revoked /);
  });

  test('the week view and the session dialog have no accessibility violations', async () => {
    const { page } = shared();
    await showCalendar(page, '/calendar', `[data-week-rendered="${weekStartOf(today)}"]`);
    await expectNoAxeViolations(page);
    await showCalendar(
      page,
      `/calendar/week/${weekdayNextWeek}`,
      `[data-week-rendered="${weekStartOf(weekdayNextWeek)}"]`,
    );
    await page.getByRole('gridcell').filter({ hasText: 'free' }).first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.getByRole('dialog').getByLabel('Project').selectOption({ index: 1 });
    await expect(people(page.getByRole('dialog')).getByRole('radio').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the month view, the day list and the booking settings have no accessibility violations', async () => {
    const { page } = shared();
    await showCalendar(
      page,
      `/calendar/month/${today.slice(0, 7)}`,
      `[data-month-rendered="${today.slice(0, 7)}"]`,
    );
    await expectNoAxeViolations(page);
    await showCalendar(page, `/calendar/day/${weekdayNextWeek}`, `[data-day-rendered="${weekdayNextWeek}"]`);
    await expectNoAxeViolations(page);
    await page.goto('/#/calendar/settings');
    await expect(page.getByRole('heading', { name: 'Bookable sessions' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the week view is usable by keyboard alone: move, change week, open a session, book, close', async () => {
    const { page } = shared();
    await showCalendar(page, '/calendar', `[data-week-rendered="${weekStartOf(today)}"]`);
    // From the page's heading, Tab to the grid: it is one tab stop.
    let inGrid = false;
    for (let presses = 0; presses < 40 && !inGrid; presses++) {
      await page.keyboard.press('Tab');
      inGrid = await page.evaluate(() => document.activeElement?.getAttribute('role') === 'gridcell');
    }
    expect(inGrid).toBe(true);
    const focused = page.locator('[role="gridcell"]:focus');
    const start = (await focused.getAttribute('data-cell'))!;
    const [row, col] = start.split(':').map(Number) as [number, number];
    await page.keyboard.press(col > 0 ? 'ArrowLeft' : 'ArrowRight');
    await expect(focused).toHaveAttribute('data-cell', `${row}:${col > 0 ? col - 1 : col + 1}`);
    await page.keyboard.press('Home');
    await expect(focused).toHaveAttribute('data-cell', `${row}:0`);

    // Page Down: next week, focus stays in the grid.
    const nextMonday = addDaysIso(weekStartOf(today), 7);
    await page.keyboard.press('PageDown');
    await expect(page.locator(`[data-week-rendered="${nextMonday}"]`)).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 2, name: /^Week of / })).toContainText(
      String(Number(nextMonday.slice(8))),
    );
    await expect(focused).toHaveAttribute('data-cell', `${row}:0`);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowRight');
    await expect(focused).toHaveAttribute('data-cell', /:1$/);

    // Enter: the session dialog; book by keyboard; Escape closes and focus returns to the cell.
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const form = dialog.getByRole('form', { name: 'Book a session' });
    await form.getByLabel('Project').focus();
    await expect(form.getByLabel('Project')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(form.getByLabel('Project')).not.toHaveValue('');
    await expect(people(form).getByRole('radio').first()).toBeVisible();
    const firstEnabled = people(form).getByRole('radio', { disabled: false }).first();
    await page.keyboard.press('Tab');
    await expect(firstEnabled).toBeFocused();
    await page.keyboard.press('Space');
    await expect(firstEnabled).toBeChecked();
    await expect(
      form.getByText('This session can be booked.').or(form.getByText('This booking cannot be made:')),
    ).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(focused).toHaveAttribute('data-cell', /:1$/);

    // The month: Page Down, then Enter opens a day.
    await page.goto(`/#/calendar/month/${today.slice(0, 7)}`);
    await expect(page.locator(`[data-month-rendered="${today.slice(0, 7)}"]`)).toHaveCount(1);
    await page.locator('[role="gridcell"][tabindex="0"]').focus();
    await page.keyboard.press('PageDown');
    const nextMonth = addDaysIso(`${today.slice(0, 8)}01`, 40).slice(0, 7);
    await expect(page.locator(`[data-month-rendered="${nextMonth}"]`)).toHaveCount(1);
    await expect(page.locator('[role="gridcell"]:focus')).toHaveCount(1);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/calendar\/day\/\d{4}-\d{2}-\d{2}$/);
    await expect(page.locator('[data-day-rendered]')).toHaveCount(1);
  });
});

test.describe('calendar files', () => {
  let saveDir: string;
  test.beforeEach(async () => {
    saveDir = await mkdtemp(path.join(tmpdir(), 'dsh-ics-'));
  });
  test.afterEach(async () => {
    await rm(saveDir, { recursive: true, force: true });
  });

  test('a booking, and a person’s upcoming bookings, export as .ics files that parse with the right times', async ({
    page,
  }) => {
    const bridge = await installTestBridge(page, { saveDir, dataFolder: '/data' });
    await loadDemoData(page);
    const date = weekdayNextWeek;
    await showCalendar(page, `/calendar/day/${date}`, `[data-day-rendered="${date}"]`);
    const afternoon = page.getByRole('region', { name: 'Afternoon 13:00–17:00' });
    await afternoon.getByRole('button', { name: /^Book a seat in Afternoon/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Book a session' });
    const booked = await bookFirstAllowed(dialog.getByRole('form', { name: 'Book a session' }));
    await dialog.getByRole('button', { name: 'Close' }).click();

    await afternoon.getByRole('button', { name: `Calendar file of the booking of ${booked.person}` }).click();
    await expect(afternoon.getByRole('status').filter({ hasText: 'Calendar file saved to' })).toBeVisible();
    expect(bridge.savedFiles).toHaveLength(1);
    const events = eventsOf(await readFile(bridge.savedFiles[0]!, 'utf8'));
    expect(events).toHaveLength(1);
    const event = new ICAL.Event(events[0]!);
    expect(event.summary).toBe(`DSH session — ${booked.project}`);
    expect(event.startDate.toJSDate().toISOString()).toBe(sessionStartInstant(date, '13:00'));
    expect(event.endDate.toJSDate().toISOString()).toBe(sessionStartInstant(date, '17:00'));
    expect(event.description).toContain(`Person: ${booked.person}`);

    // The same person's upcoming bookings, from the filter.
    await page
      .getByRole('form', { name: 'Filter bookings' })
      .getByLabel('Person')
      .selectOption({ label: booked.person });
    await page.getByRole('button', { name: `Calendar file of ${booked.person}’s upcoming bookings` }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Calendar file saved to' }).first(),
    ).toBeVisible();
    await expect.poll(() => bridge.savedFiles.length).toBe(2);
    const upcoming = eventsOf(await readFile(bridge.savedFiles[1]!, 'utf8')).map((e) => new ICAL.Event(e));
    expect(upcoming.length).toBeGreaterThanOrEqual(1);
    expect(upcoming.map((e) => e.uid)).toContain(event.uid);
    for (const e of upcoming)
      expect(e.startDate.toJSDate().getTime()).toBeGreaterThanOrEqual(Date.parse(londonDayStart(today)));
  });
});

/** The VEVENTs of a calendar file. */
function eventsOf(text: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
}
