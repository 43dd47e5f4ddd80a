import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SettingsPage } from '../../../../../renderer/features/settings/SettingsPage';
import { harness, renderSignedIn } from '../stages/app-harness';

// Each test types into real forms over a real (fake-indexeddb) database: slower than jest's default allows.
jest.setTimeout(60_000);

async function section(name: string | RegExp): Promise<HTMLElement> {
  return screen.findByRole('region', { name });
}

describe('Settings', () => {
  it('lists its sections at the top, each a heading of the page', async () => {
    const h = await harness();
    renderSignedIn(h, <SettingsPage />);
    const contents = await screen.findByRole('navigation', { name: 'On this page' });
    const names = within(contents)
      .getAllByRole('button')
      .map((button) => button.textContent);
    expect(names).toEqual([
      'Staff',
      'Application catalogue',
      'Connection types and prices',
      'Organisation and training',
      'About this installation',
      'Demo data',
    ]);
    for (const name of names)
      expect(screen.getByRole('heading', { level: 2, name: name! })).toBeInTheDocument();
    await userEvent.click(within(contents).getByRole('button', { name: 'Connection types and prices' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Connection types and prices' })).toHaveFocus();
  });

  it('refuses a connection priced £0 but charged per month, and a price that is not an amount, saving nothing', async () => {
    const h = await harness();
    renderSignedIn(h, <SettingsPage />);
    const panel = await section('Connection types and prices');
    await userEvent.click(within(panel).getByRole('button', { name: 'Add a connection type' }));
    const form = within(panel).getByRole('form', { name: 'Add a connection type' });
    await userEvent.type(within(form).getByLabelText(/Connection name/), 'Dedicated desktop');
    await userEvent.type(within(form).getByLabelText(/Price in pounds/), '0');
    await userEvent.selectOptions(within(form).getByLabelText(/Charged/), 'Per month');
    await userEvent.click(within(form).getByRole('button', { name: 'Add connection type' }));
    expect(
      await within(form).findByText('Give a price above £0.00, or choose the unit ‘free’.'),
    ).toBeInTheDocument();
    expect(within(form).getByLabelText(/Price in pounds/)).toHaveAttribute('aria-invalid', 'true');

    await userEvent.clear(within(form).getByLabelText(/Price in pounds/));
    await userEvent.type(within(form).getByLabelText(/Price in pounds/), 'twelve');
    await userEvent.click(within(form).getByRole('button', { name: 'Add connection type' }));
    expect(
      await within(form).findByText('Enter the price in pounds and pence, e.g. 1,200.00.'),
    ).toBeInTheDocument();
    expect(await h.db.connectionTypes.count()).toBe(0);

    await userEvent.clear(within(form).getByLabelText(/Price in pounds/));
    await userEvent.type(within(form).getByLabelText(/Price in pounds/), '£1,250.50');
    await userEvent.click(within(form).getByLabelText(/Needs booking/));
    await userEvent.click(within(form).getByRole('button', { name: 'Add connection type' }));
    const row = await within(panel).findByRole('row', { name: /Dedicated desktop/ });
    expect(within(row).getByText('£1,250.50 a month')).toBeInTheDocument();
    expect(within(row).getByText('Needs booking')).toBeInTheDocument();
    expect((await h.db.connectionTypes.toArray())[0]).toMatchObject({
      pricePence: 125_050,
      unit: 'per-month',
    });
  });

  it('adds an application to the catalogue, and stops offering it', async () => {
    const h = await harness();
    renderSignedIn(h, <SettingsPage />);
    const panel = await section('Application catalogue');
    expect(await within(panel).findByText('No applications in the catalogue yet.')).toBeInTheDocument();
    await userEvent.click(within(panel).getByRole('button', { name: 'Add an application' }));
    await userEvent.click(within(panel).getByRole('button', { name: 'Add application' }));
    expect(await within(panel).findByText('Application name is required.')).toBeInTheDocument();
    expect(await h.db.applications.count()).toBe(0);

    await userEvent.type(within(panel).getByLabelText(/Application name/), 'QGIS');
    await userEvent.type(within(panel).getByLabelText(/Version/), '3.34');
    await userEvent.click(within(panel).getByRole('button', { name: 'Add application' }));
    const row = await within(panel).findByRole('row', { name: /QGIS/ });
    expect(within(row).getByText('Active')).toBeInTheDocument();

    await userEvent.click(within(row).getByRole('button', { name: 'Edit QGIS' }));
    await userEvent.click(within(panel).getByLabelText(/Offered to new projects/));
    await userEvent.click(within(panel).getByRole('button', { name: 'Save changes' }));
    expect(await within(panel).findByText('Not offered')).toBeInTheDocument();
  });

  it('adds a staff member, refuses a second with the same e-mail, and marks one as having left', async () => {
    const h = await harness();
    renderSignedIn(h, <SettingsPage />);
    const panel = await section('Staff');
    expect(
      within(panel).queryByRole('button', { name: /Mark as left: Sam Officer/ }),
    ).not.toBeInTheDocument();

    await userEvent.click(within(panel).getByRole('button', { name: 'Add a staff member' }));
    await userEvent.type(within(panel).getByLabelText(/^Name/), 'Pat Manager');
    await userEvent.type(within(panel).getByLabelText(/Work e-mail address/), 'sam@dsh.example.ac.uk');
    await userEvent.selectOptions(within(panel).getByLabelText(/Role/), 'DSH manager');
    await userEvent.click(within(panel).getByRole('button', { name: 'Add staff member' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'A staff member with the e-mail address sam@dsh.example.ac.uk is already recorded.',
    );
    expect(await h.db.staffMembers.count()).toBe(1);

    const email = within(panel).getByLabelText(/Work e-mail address/);
    await userEvent.clear(email);
    await userEvent.type(email, 'pat@dsh.example.ac.uk');
    // The account Pat signs in to the team server with: the audit log names Pat by it.
    await userEvent.type(within(panel).getByLabelText(/Team account/), 'pat.manager');
    await userEvent.click(within(panel).getByRole('button', { name: 'Add staff member' }));
    const row = await within(panel).findByRole('row', { name: /Pat Manager/ });
    expect(
      (await h.db.staffMembers.where('email').equals('pat@dsh.example.ac.uk').first())?.teamAccount,
    ).toBe('pat.manager');
    await userEvent.click(within(row).getByRole('button', { name: 'Mark as left: Pat Manager' }));
    expect(await within(row).findByText('Left the team')).toBeInTheDocument();
  });

  it('refuses an NHS DSA validity of 0 months, then saves the organisation name and validity', async () => {
    const h = await harness();
    renderSignedIn(h, <SettingsPage />);
    const panel = await section('Organisation and training');
    const months = await within(panel).findByLabelText(/NHS DSA Level 1 validity/);
    await userEvent.clear(months);
    await userEvent.type(months, '0');
    await userEvent.click(within(panel).getByRole('button', { name: 'Save settings' }));
    expect(
      await within(panel).findByText('NHS DSA validity (months) must be a whole number from 1 to 60.'),
    ).toBeInTheDocument();
    expect(await h.db.settings.count()).toBe(0);

    await userEvent.clear(months);
    await userEvent.type(months, '24');
    const name = within(panel).getByLabelText(/Organisation name/);
    await userEvent.clear(name);
    await userEvent.type(name, 'Westmoor Data Safe Haven');
    await userEvent.click(within(panel).getByRole('button', { name: 'Save settings' }));
    expect(await within(panel).findByText('Settings saved.')).toBeInTheDocument();
    expect(await h.db.settings.get('settings')).toMatchObject({
      organisationName: 'Westmoor Data Safe Haven',
      dsaValidityMonths: 24,
      bookingHorizonDays: 90,
    });
  });
});
