import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SessionTemplatesPanel } from '../../../../../renderer/features/calendar/settings/SessionTemplatesPanel';
import { harness, renderSignedIn } from '../stages/app-harness';

// Types into the real form over a real (fake-indexeddb) database: slower than jest's default allows.
jest.setTimeout(60_000);

describe('setting up a session in the hour the clocks change', () => {
  it('refuses a Sunday session starting at 01:30 beside its start time, and saves nothing', async () => {
    const h = await harness();
    renderSignedIn(h, <SessionTemplatesPanel />);
    const panel = await screen.findByRole('region', { name: 'Bookable sessions' });
    await userEvent.click(within(panel).getByRole('button', { name: 'Add a session…' }));
    const form = within(panel).getByRole('form', { name: 'Add a session' });
    await userEvent.selectOptions(within(form).getByLabelText('Weekday'), 'Sunday');
    // A time input takes its value whole, as a browser's time picker gives it.
    fireEvent.change(within(form).getByLabelText('Starts'), { target: { value: '01:30' } });
    fireEvent.change(within(form).getByLabelText('Ends'), { target: { value: '04:00' } });
    await userEvent.click(within(form).getByRole('button', { name: 'Add the session' }));

    expect(
      await within(form).findByText(
        /^Start cannot be between 01:00 and 02:00: that is the hour the UK clocks change/,
      ),
    ).toBeInTheDocument();
    expect(within(form).getByLabelText('Starts')).toHaveAttribute('aria-invalid', 'true');
    expect(await h.db.sessionTemplates.count()).toBe(0);
  });
});
