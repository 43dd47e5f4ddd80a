import { screen, waitFor, within } from '@testing-library/react';
import { ProjectPage } from '../../../../../renderer/features/projects/ProjectPage';
import { addApplication } from '../../../../../renderer/db/repositories/catalogues';
import { applicationForm } from '../../db/db-fixtures';
import {
  aProjectInOnboarding,
  appDb,
  officer,
  renderScreen,
  storedProject,
  theCostingPage,
} from './app-harness';

// The whole project page renders over fake-indexeddb in jsdom: slower than a browser.
jest.setTimeout(30_000);

async function openOnboarding() {
  const t = await appDb();
  const costing = await theCostingPage(t);
  const project = await aProjectInOnboarding(t);
  const harness = await renderScreen(<ProjectPage />, {
    path: '/projects/:projectId',
    url: `/projects/${project.id}`,
    t,
  });
  await screen.findByRole('heading', { name: 'Onboarding form' }, { timeout: 15000 });
  return { ...harness, project, costing };
}

describe('the onboarding form', () => {
  it('estimates the cost of the chosen connection for the planned dates, live', async () => {
    const { costing } = await openOnboarding();
    const user = officer();
    const estimate = () => screen.getByRole('heading', { name: 'Estimated cost' }).parentElement!;
    expect(estimate()).toHaveTextContent('Choose a connection type to see its cost for the planned dates.');

    await user.click(screen.getByRole('radio', { name: /Dedicated virtual desktop £150.00 per month/ }));
    expect(estimate()).toHaveTextContent('Enter the planned start and end dates to estimate the cost.');
    expect(screen.getByLabelText(/Cost code/)).toHaveAccessibleDescription(
      'Needed: Dedicated virtual desktop is chargeable.',
    );

    await user.fill('Planned start', '2027-01-15');
    await user.fill('Planned end', '2028-01-15');
    expect(estimate()).toHaveTextContent('£1,800.00');
    expect(estimate()).toHaveTextContent('£150.00 a month × 12 months = £1,800.00');

    await user.click(screen.getByRole('radio', { name: /High-memory analysis server £2,400.00 per year/ }));
    expect(estimate()).toHaveTextContent('£2,400.00 a year × 1 year = £2,400.00');

    await user.click(screen.getByRole('radio', { name: /Core connection Free/ }));
    expect(estimate()).toHaveTextContent('£0.00');
    expect(costing.core.name).toBe('Core connection');
  });

  it('saves an incomplete draft by itself, and "Check the form" marks what the gate still needs under each field', async () => {
    const t = await openOnboarding();
    const user = officer();
    await user.click(screen.getByRole('button', { name: 'Add a dataset' }));
    const dataset = screen.getByRole('group', { name: 'Dataset 1' });
    // Every field the gate asks of a dataset is marked so, from the same schema.
    for (const label of ['Name', 'Provider', 'Classification', 'Tier', 'Approximate size']) {
      expect(within(dataset).getByLabelText(`${label} (required)`)).toBeInTheDocument();
    }
    await user.click(within(dataset).getByLabelText(/^Name/));
    await user.paste('Hospital Episode Statistics');
    await user.fill('Planned start', '2027-03-01');
    await user.fill('Planned end', '2027-02-01');
    // No Save button: the form saves itself a moment after the typing stops.
    expect(screen.queryByRole('button', { name: 'Save draft' })).toBeNull();
    await waitFor(
      async () =>
        expect((await storedProject(t, t.project.id)).onboarding).toEqual({
          datasets: [{ name: 'Hospital Episode Statistics' }],
          plannedStart: '2027-03-01',
          plannedEnd: '2027-02-01',
        }),
      { timeout: 15_000 },
    );
    expect(await screen.findByText(/^Saved at \d\d:\d\d$/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Check the form' }));
    expect(
      await screen.findByText(/things still to complete: see the messages under the fields/),
    ).toBeVisible();
    // Saving re-reads the stored draft into the form: find the row again.
    const saved = screen.getByRole('group', { name: 'Dataset 1' });
    expect(within(saved).getByLabelText(/^Name/)).toHaveValue('Hospital Episode Statistics');
    expect(within(saved).getByLabelText(/^Provider/)).toHaveAccessibleDescription('Provider is required.');
    expect(screen.getByLabelText('Planned end')).toHaveAccessibleDescription(
      expect.stringContaining('Planned end must be after planned start.'),
    );
    expect(screen.getByText('Say whether Ethics approval applies.')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Connection type' })).toHaveAccessibleDescription(
      'Choose a connection type.',
    );
  });

  it('still saves a draft after "Check the form", and counts what the gate lists', async () => {
    const t = await openOnboarding();
    const user = officer();
    await user.click(screen.getByRole('button', { name: 'Check the form' }));
    const line = await screen.findByText(/things? still to complete/);
    // The gate reads its facts in a query of its own: wait for it.
    const gate = within(
      await screen.findByRole(
        'list',
        { name: /^\d+ things? to complete before the project can move on:$/ },
        { timeout: 15_000 },
      ),
    );
    // The gate lists the form's gaps and, besides them, the members the project still needs.
    const formReasons = gate
      .getAllByRole('listitem')
      .filter((item) => !/people who will need access/.test(item.textContent ?? ''));
    expect(line).toHaveTextContent(`${formReasons.length} things still to complete`);

    await user.click(screen.getByLabelText('Data controller'));
    await user.paste('University of Northshire');
    expect(await screen.findByText(/^Saved at \d\d:\d\d$/, {}, { timeout: 15_000 })).toBeInTheDocument();
    expect((await storedProject(t, t.project.id)).onboarding).toEqual({
      dataController: 'University of Northshire',
    });
  });

  it('refuses a draft with a value that is not well-formed and names the field', async () => {
    const t = await openOnboarding();
    const user = officer();
    await user.click(screen.getByRole('button', { name: 'Request a new application' }));
    const request = screen.getByRole('group', { name: 'Request 1' });
    await user.click(within(request).getByLabelText('Note'));
    await user.paste('Needed for multilevel models.');

    expect(
      await within(request).findByText('Application name is required.', {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Nothing was saved');
    expect(screen.getByText('Not saved: see the message above.')).toBeInTheDocument();
    expect((await storedProject(t, t.project.id)).onboarding).toEqual({});
  });

  it('offers the catalogue’s applications as checkboxes and saves the ticked ones', async () => {
    const t = await appDb();
    const app = await addApplication(t.ctx, applicationForm());
    const project = await aProjectInOnboarding(t);
    await renderScreen(<ProjectPage />, { path: '/projects/:projectId', url: `/projects/${project.id}`, t });
    const user = officer();
    await user.click(await screen.findByRole('checkbox', { name: /RStudio/ }));
    await waitFor(
      async () => expect((await t.db.projects.get(project.id))!.onboarding.applicationIds).toEqual([app.id]),
      { timeout: 15_000 },
    );
  });
});
