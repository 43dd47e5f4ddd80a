import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addBlackoutDates } from '../../../../../renderer/db/repositories/booking-settings';
import { BlackoutDatesPanel } from '../../../../../renderer/features/calendar/settings/BlackoutDatesPanel';
import { day, harness, renderSignedIn } from '../stages/app-harness';

// Types into the real panel over a real (fake-indexeddb) database: slower than jest's default allows.
jest.setTimeout(60_000);

/** An ISO day as the officer types it. */
const typed = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

async function panelOf() {
  return within(await screen.findByRole('region', { name: 'Blackout dates' }));
}

describe('Settings → Blackout dates', () => {
  it('adds a blackout date with its reason, lists it and says so', async () => {
    const h = await harness();
    renderSignedIn(h, <BlackoutDatesPanel />);
    const panel = await panelOf();
    expect(await panel.findByText('No blackout dates from today on.')).toBeInTheDocument();
    const form = within(panel.getByRole('form', { name: 'Add a blackout date' }));
    await userEvent.type(form.getByRole('textbox', { name: /^Date/ }), typed(day(10)));
    await userEvent.type(form.getByRole('textbox', { name: /^Reason/ }), 'Maintenance of the DSH');
    await userEvent.click(form.getByRole('button', { name: 'Add the blackout date' }));

    await waitFor(() => expect(panel.getByRole('status')).toHaveTextContent('Saved 1 blackout date.'));
    const table = await panel.findByRole('table', { name: 'Blackout dates from today on' });
    expect(within(table).getByRole('cell', { name: 'Maintenance of the DSH' })).toBeInTheDocument();
    expect((await h.db.blackoutDates.toArray()).map((b) => [b.date, b.reason])).toEqual([
      [day(10), 'Maintenance of the DSH'],
    ]);
  });

  it('refuses a blackout without a reason beside the field, and saves nothing', async () => {
    const h = await harness();
    renderSignedIn(h, <BlackoutDatesPanel />);
    const form = within((await panelOf()).getByRole('form', { name: 'Add a blackout date' }));
    await userEvent.type(form.getByRole('textbox', { name: /^Date/ }), typed(day(10)));
    await userEvent.click(form.getByRole('button', { name: 'Add the blackout date' }));

    expect(await form.findByRole('textbox', { name: /^Reason/ })).toHaveAttribute('aria-invalid', 'true');
    expect(await h.db.blackoutDates.count()).toBe(0);
  });

  it('removes a blackout date, so the day can be booked again', async () => {
    const h = await harness();
    await addBlackoutDates(h.ctx, [{ date: day(3), reason: 'Power cut' }]);
    renderSignedIn(h, <BlackoutDatesPanel />);
    const panel = await panelOf();
    expect(await panel.findByRole('cell', { name: 'Power cut' })).toBeInTheDocument();
    await userEvent.click(panel.getByRole('button', { name: /^Remove the blackout of / }));

    await waitFor(() => expect(panel.getByRole('status')).toHaveTextContent(/can be booked again\.$/));
    expect(await panel.findByText('No blackout dates from today on.')).toBeInTheDocument();
    expect(await h.db.blackoutDates.count()).toBe(0);
  });

  it('adds the coming bank holidays in one step, and then offers none', async () => {
    const h = await harness();
    renderSignedIn(h, <BlackoutDatesPanel />);
    const panel = await panelOf();
    const add = await panel.findByRole('button', { name: /^Add \d+ bank holidays as blackout dates$/ });
    const count = Number(/\d+/.exec(add.textContent ?? '')![0]);
    await userEvent.click(add);

    // Eighteen audited writes: longer than one on a loaded machine.
    await waitFor(
      () => expect(panel.getByRole('status')).toHaveTextContent(`Saved ${count} blackout dates.`),
      {
        timeout: 20_000,
      },
    );
    expect(
      await panel.findByText(/^Every bank holiday up to .* is already a blackout date\.$/),
    ).toBeInTheDocument();
    expect(await h.db.blackoutDates.count()).toBe(count);
  });
});
