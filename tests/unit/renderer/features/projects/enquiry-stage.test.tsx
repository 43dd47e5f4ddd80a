import { act, screen, waitFor, within } from '@testing-library/react';
import { ProjectPage } from '../../../../../renderer/features/projects/ProjectPage';
import { recordDiscussion } from '../../../../../renderer/db/repositories/projects';
import { anEnquiry, appDb, officer, renderScreen, storedProject } from './app-harness';

// The whole project page renders over fake-indexeddb in jsdom: slower than a browser.
jest.setTimeout(30_000);

async function openEnquiry() {
  const t = await appDb();
  const project = await anEnquiry(t);
  const harness = await renderScreen(<ProjectPage />, {
    path: '/projects/:projectId',
    url: `/projects/${project.id}`,
    t,
  });
  await screen.findByRole('heading', { name: 'Initial discussion' }, { timeout: 15_000 });
  await screen.findByRole('region', { name: 'Moving on to Onboarding' }, { timeout: 15_000 });
  return { ...harness, project };
}

describe('the Enquiry stage', () => {
  it('keeps Advance disabled and lists what is missing until the discussion and a suitable outcome are saved', async () => {
    const t = await openEnquiry();
    const user = officer();
    const gate = screen.getByRole('region', { name: 'Moving on to Onboarding' });
    expect(within(gate).getByRole('button', { name: 'Advance to Onboarding' })).toBeDisabled();
    expect(within(gate).getByText('Record the initial discussion.')).toBeInTheDocument();
    expect(within(gate).getByText('Record the suitability outcome.')).toBeInTheDocument();

    // The discussion needs the staff who took part.
    const discussion = screen.getByRole('form', { name: 'Initial discussion' });
    await user.click(within(discussion).getByRole('button', { name: 'Save discussion' }));
    expect(
      await within(discussion).findByText('Choose who from the DSH team took part.'),
    ).toBeInTheDocument();
    expect((await storedProject(t, t.project.id)).discussion).toBeUndefined();

    await user.click(within(discussion).getByRole('checkbox', { name: 'Sam Officer' }));
    await user.fill('Notes', 'Scope and data flows discussed.');
    await user.click(within(discussion).getByRole('button', { name: 'Save discussion' }));
    expect(await within(discussion).findByText('Saved.')).toBeInTheDocument();
    await waitFor(() => expect(within(gate).queryByText('Record the initial discussion.')).toBeNull());

    // The outcome needs a choice and a reason.
    const outcome = screen.getByRole('form', { name: 'Suitability outcome' });
    await user.click(within(outcome).getByRole('button', { name: 'Save outcome' }));
    expect(await within(outcome).findByText('Choose the suitability outcome.')).toBeInTheDocument();
    expect(within(outcome).getByText('Give the reason for this outcome.')).toBeInTheDocument();

    await user.click(within(outcome).getByRole('radio', { name: /^Suitable/ }));
    await user.fill(/^Reason/, 'Data and analysis fit the DSH.');
    await user.click(within(outcome).getByRole('button', { name: 'Save outcome' }));
    expect(await within(outcome).findByText('Saved.')).toBeInTheDocument();

    const advance = within(gate).getByRole('button', { name: 'Advance to Onboarding' });
    await waitFor(() => expect(advance).toBeEnabled());
    expect(
      within(gate).getByText('Everything needed is recorded. The project can move on.'),
    ).toBeInTheDocument();
    const stored = await storedProject(t, t.project.id);
    expect(stored.discussion).toMatchObject({
      staffIds: [t.ctx.actor.staffId],
      notes: 'Scope and data flows discussed.',
    });
    expect(stored.suitability).toMatchObject({
      outcome: 'suitable',
      reason: 'Data and analysis fit the DSH.',
    });

    await user.click(advance);
    expect(
      await screen.findByRole('heading', { name: 'Onboarding form' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect((await storedProject(t, t.project.id)).stage).toBe('onboarding');
    // The onboarding form offers the enquiry's contact as the lead researcher.
    expect(
      await screen.findByRole('button', { name: 'Add the enquiry contact, Dr A Smith, as a new person' }),
    ).toBeInTheDocument();
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    expect(await within(timeline).findByText('Moved from Enquiry to Onboarding.')).toBeInTheDocument();
  });

  it('declines the enquiry in one confirmed step when the outcome is not suitable, keeping the reason', async () => {
    const t = await openEnquiry();
    const user = officer();
    const outcome = screen.getByRole('form', { name: 'Suitability outcome' });
    await user.click(within(outcome).getByRole('radio', { name: /^Not suitable/ }));
    await user.fill(/^Reason/, 'No NHS data: the DSH is not needed.');
    await user.click(within(outcome).getByRole('button', { name: 'Save outcome' }));
    // Nothing is recorded before the officer confirms.
    const confirm = await screen.findByRole('group', { name: 'Decline the enquiry?' });
    expect((await storedProject(t, t.project.id)).status).toBe('open');
    expect(confirm).toHaveTextContent('No NHS data: the DSH is not needed.');
    await user.click(within(confirm).getByRole('button', { name: 'Decline the enquiry' }));

    await waitFor(async () => expect((await storedProject(t, t.project.id)).status).toBe('declined'));
    const stored = await storedProject(t, t.project.id);
    expect(stored.ended?.reason).toBe('No NHS data: the DSH is not needed.');
    expect(stored.suitability?.outcome).toBe('not-suitable');
    expect(await screen.findByRole('heading', { name: /This enquiry was declined/ })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Override…' })).toBeNull());
  });

  it('refuses to move the project while a form of the page has unsaved changes', async () => {
    const t = await openEnquiry();
    const user = officer();
    await user.fill('Notes', 'Half-written notes');
    await user.click(screen.getByRole('button', { name: 'Withdraw…' }));
    const withdraw = screen.getByRole('form', { name: 'Withdraw the project' });
    await user.type(within(withdraw).getByLabelText(/Reason/), 'The team withdrew.');
    await user.click(within(withdraw).getByRole('button', { name: 'Withdraw' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Save or discard your changes to the Initial discussion first',
    );
    expect((await storedProject(t, t.project.id)).status).toBe('open');
  });

  it('refuses to overwrite a discussion changed elsewhere, and offers the latest version', async () => {
    const t = await openEnquiry();
    const user = officer();
    const discussion = screen.getByRole('form', { name: 'Initial discussion' });
    await user.click(within(discussion).getByRole('checkbox', { name: 'Sam Officer' }));
    await user.fill('Notes', 'My notes');
    // Meanwhile, in another window:
    await act(() =>
      recordDiscussion(t.ctx, t.project.id, t.project.revision, {
        heldOn: '2026-11-21',
        staffIds: [t.ctx.actor.staffId],
        notes: 'Notes from the other window',
      }),
    );
    await user.click(within(discussion).getByRole('button', { name: 'Save discussion' }));
    const refusal = await within(discussion).findByRole('alert');
    expect(refusal).toHaveTextContent('changed elsewhere');
    expect(refusal).toHaveTextContent(`Initial discussion changed by ${t.ctx.actor.staffName} on `);
    expect(within(discussion).getByLabelText('Notes')).toHaveValue('My notes');
    expect((await storedProject(t, t.project.id)).discussion!.notes).toBe('Notes from the other window');

    await user.click(within(discussion).getByRole('button', { name: 'Show the latest' }));
    expect(within(discussion).getByLabelText('Notes')).toHaveValue('Notes from the other window');
    expect(within(discussion).queryByRole('alert')).toBeNull();
  });
});
