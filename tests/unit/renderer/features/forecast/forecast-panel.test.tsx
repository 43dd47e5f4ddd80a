/**
 * The dashboard's "Not ready on the day" panel over the demo data with every NHS DSA record lapsing
 * tomorrow, so that many bookings are at risk: it counts them all, draws the first few with their person
 * named, and draws every one (named) when the officer asks, and the first few again after.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { addDaysIso, londonToday } from '../../../../../shared/dates';
import { generateDemoData } from '../../../../../shared/demo';
import { AppContext, type AppServices } from '../../../../../renderer/app/app-context';
import { loadDataSet } from '../../../../../renderer/db/data-set-loader';
import { SHOWN_AT_RISK } from '../../../../../renderer/features/forecast/AtRiskList';
import { ForecastPanel } from '../../../../../renderer/features/forecast/ForecastPanel';
import type { Host } from '../../../../../renderer/host';
import { freshDb, type TestDb } from '../../db/db-fixtures';

const today = londonToday();
const tomorrow = addDaysIso(today, 1);

let t: TestDb;
let expected: number;
beforeAll(async () => {
  t = await freshDb();
  const demo = generateDemoData({ today });
  const trainingRecords = demo.trainingRecords.map((record) =>
    record.kind === 'nhs-dsa-level-1' && record.completedOn <= tomorrow
      ? { ...record, expiresOn: tomorrow }
      : record,
  );
  await loadDataSet(t.ctx, { ...demo, trainingRecords });
  const horizon = addDaysIso(today, demo.settings.bookingHorizonDays);
  // At least every standing booking after tomorrow of someone with no DSA record completed later.
  expected = demo.bookings.filter(
    (b) =>
      b.status === 'booked' &&
      b.date > tomorrow &&
      b.date <= horizon &&
      !trainingRecords.some(
        (r) => r.personId === b.personId && r.kind === 'nhs-dsa-level-1' && r.completedOn > tomorrow,
      ),
  ).length;
});
afterAll(() => t.db.close());

function renderPanel(start = true) {
  const host = { kind: 'browser', openExternal: jest.fn() } as unknown as Host;
  const services: AppServices = { db: t.db, host, persistence: 'persisted', osUserName: 'sam' };
  const panel = (started: boolean) => (
    <AppContext.Provider value={services}>
      <MemoryRouter>
        <ForecastPanel today={today} start={started} />
      </MemoryRouter>
    </AppContext.Provider>
  );
  const rendered = render(panel(start));
  return { ...rendered, start: () => rendered.rerender(panel(true)) };
}

describe('the forecast panel with many bookings at risk', () => {
  jest.setTimeout(60_000);

  it('waits, saying it is reading, until the dashboard starts it; then counts', async () => {
    const { start } = renderPanel(false);
    const panel = await screen.findByRole('region', { name: /^Not ready on the day/ });
    // Given time to read, a panel not started still reads nothing.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(panel).toHaveTextContent('Reading bookings…');
    expect(within(panel).queryByRole('listitem')).toBeNull();
    start();
    await within(panel).findByRole('button', { name: /^Show all \(\d+\)$/ }, { timeout: 20_000 });
    expect(within(panel).getAllByRole('listitem')).toHaveLength(SHOWN_AT_RISK);
  });

  it('counts every booking at risk, draws the first few named, and all of them on request', async () => {
    expect(expected).toBeGreaterThan(SHOWN_AT_RISK);
    renderPanel();
    const panel = await screen.findByRole('region', { name: /^Not ready on the day/ });
    const showAll = await within(panel).findByRole('button', { name: /^Show all \(\d+\)$/ });
    const count = Number(/\((\d+)\)/.exec(showAll.textContent ?? '')![1]);
    expect(count).toBeGreaterThanOrEqual(expected);
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent(
      `Not ready on the day ${count}`,
    );
    expect(showAll).toHaveAttribute('aria-expanded', 'false');
    const drawn = within(panel).getAllByRole('listitem');
    expect(drawn).toHaveLength(SHOWN_AT_RISK);
    // Each drawn row names its person, in the link and in its reasons.
    for (const row of drawn) {
      const name = within(row).getAllByRole('link')[0]!.textContent!;
      expect(name).not.toBe('A member');
      expect(row).toHaveTextContent(`${name} has no NHS DSA Level 1 training valid on`);
    }

    await userEvent.click(showAll);
    await waitFor(() => expect(within(panel).getAllByRole('listitem')).toHaveLength(count), {
      timeout: 20_000,
    });
    expect(within(panel).queryByText(/This person/)).toBeNull();
    expect(within(panel).queryByText('A member')).toBeNull();
    const fewer = within(panel).getByRole('button', { name: `Show the first ${SHOWN_AT_RISK}` });
    expect(fewer).toHaveAttribute('aria-expanded', 'true');

    await userEvent.click(fewer);
    await waitFor(() => expect(within(panel).getAllByRole('listitem')).toHaveLength(SHOWN_AT_RISK), {
      timeout: 20_000,
    });
  });
});
