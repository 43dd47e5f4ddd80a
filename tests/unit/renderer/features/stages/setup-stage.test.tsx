import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addMonthsIso, formatShortDate } from '../../../../../shared/dates';
import { SetupStage } from '../../../../../renderer/features/projects/stages/setup/SetupStage';
import { updateSettings } from '../../../../../renderer/db/repositories/settings';
import { DEFAULT_SETTINGS } from '../../../../../shared/domain';
import { IDS } from '../../../../helpers/domain-fixtures';
import {
  day,
  harness,
  renderSignedIn,
  storedMembers,
  storedProject,
  storedTraining,
  today,
} from './app-harness';

function memberCard(name: string): HTMLElement {
  return screen.getByRole('article', { name });
}

// Each test types into real forms over a real (fake-indexeddb) database: slower than jest's default allows.
jest.setTimeout(60_000);

describe('SetupStage', () => {
  it('marks a checklist task done with who did it and when, then undoes it with a reason', async () => {
    const h = await harness();
    const project = await storedProject(h, 'setup');
    renderSignedIn(h, <SetupStage project={project} />);

    expect(await screen.findByText('0 of 5 done')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Mark ‘Environment created’ done' }));
    const form = screen.getByRole('form', { name: 'Mark ‘Environment created’ done' });
    expect(within(form).getByLabelText(/Done by/)).toHaveValue(h.staff.id);
    expect(within(form).getByLabelText(/Date done/)).toHaveValue(formatShortDate(today));
    await userEvent.type(within(form).getByLabelText(/Note/), 'Workspace p014');
    await userEvent.click(within(form).getByRole('button', { name: 'Mark done' }));

    expect(await screen.findByText('1 of 5 done')).toBeInTheDocument();
    expect(
      screen.getByText(`${formatShortDate(today)} by Sam Officer`, { exact: false }),
    ).toBeInTheDocument();
    expect(await h.db.setupTasks.count()).toBe(1);

    await userEvent.click(screen.getByRole('button', { name: 'Undo ‘Environment created’' }));
    await userEvent.click(screen.getByRole('button', { name: 'Mark not done' }));
    expect(await screen.findByText('Give a reason.')).toBeInTheDocument();
    expect(await h.db.setupTasks.count()).toBe(1);
    await userEvent.type(screen.getByLabelText(/Reason/), 'Marked on the wrong project.');
    await userEvent.click(screen.getByRole('button', { name: 'Mark not done' }));
    expect(await screen.findByText('0 of 5 done')).toBeInTheDocument();
    expect(await h.db.setupTasks.count()).toBe(0);
  });

  it('refuses an NHS DSA record without a certificate reference or with an expiry before completion, saving nothing', async () => {
    const h = await harness();
    const project = await storedProject(h, 'setup');
    await storedMembers(h);
    renderSignedIn(h, <SetupStage project={project} />);

    const card = await screen.findByRole('article', { name: 'Dr A Smith' });
    await userEvent.click(
      within(card).getByRole('button', { name: 'Add NHS DSA Level 1 training for Dr A Smith' }),
    );
    const form = within(card).getByRole('form', { name: 'Add training for Dr A Smith' });
    await userEvent.clear(within(form).getByLabelText(/Expiry date/));
    await userEvent.type(within(form).getByLabelText(/Expiry date/), day(-1));
    await userEvent.click(within(form).getByRole('button', { name: 'Add training' }));

    expect(
      await within(form).findByText('Enter the certificate reference of the NHS DSA training.'),
    ).toBeInTheDocument();
    expect(within(form).getByText('Expiry date must be after the completion date.')).toBeInTheDocument();
    expect(within(form).getByLabelText(/Certificate or evidence reference/)).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(await h.db.trainingRecords.count()).toBe(0);
  });

  it('fills in the NHS DSA expiry from the validity in the settings, following the completion date', async () => {
    const h = await harness();
    await updateSettings(h.ctx, 0, { ...DEFAULT_SETTINGS, dsaValidityMonths: 6 });
    const project = await storedProject(h, 'setup');
    await storedMembers(h);
    renderSignedIn(h, <SetupStage project={project} />);

    const card = await screen.findByRole('article', { name: 'Dr A Smith' });
    await userEvent.click(
      within(card).getByRole('button', { name: 'Add NHS DSA Level 1 training for Dr A Smith' }),
    );
    const expiry = within(card).getByLabelText(/Expiry date/);
    expect(expiry).toHaveValue(formatShortDate(addMonthsIso(today, 6)));
    const completed = within(card).getByLabelText(/Completion date/);
    await userEvent.clear(completed);
    await userEvent.type(completed, day(-10));
    expect(expiry).toHaveValue(formatShortDate(addMonthsIso(day(-10), 6)));
    expect(within(card).getByText(/Filled in 6 months after completion/)).toBeInTheDocument();
  });

  it('shows each member’s readiness with its reasons, and updates it as training is recorded', async () => {
    const h = await harness();
    const project = await storedProject(h, 'setup');
    await storedMembers(h);
    await storedTraining(h, IDS.analyst);
    renderSignedIn(h, <SetupStage project={project} />);

    const lead = await screen.findByRole('article', { name: 'Dr A Smith' });
    expect(within(lead).getByText('Not ready')).toBeInTheDocument();
    expect(within(lead).getByText('This person has no DSH environment training.')).toBeInTheDocument();
    expect(
      within(memberCard('Łukasz Nowak')).queryByText(/no DSH environment training/),
    ).not.toBeInTheDocument();

    await userEvent.click(
      within(lead).getByRole('button', { name: 'Add DSH environment training for Dr A Smith' }),
    );
    await userEvent.click(within(lead).getByRole('button', { name: 'Add training' }));
    expect(
      await within(lead).findByText('Saved DSH environment training of Dr A Smith.'),
    ).toBeInTheDocument();
    expect(await within(lead).findByText('Does not expire')).toBeInTheDocument();
    expect(within(lead).queryByText('This person has no DSH environment training.')).not.toBeInTheDocument();
  });

  it('is read-only once the project has been withdrawn', async () => {
    const h = await harness();
    const project = await storedProject(h, 'setup', {
      status: 'withdrawn',
      ended: { on: day(-1), reason: 'Funding ended.' },
    });
    await storedMembers(h);
    renderSignedIn(h, <SetupStage project={project} />);

    expect(await screen.findByText(/This project is withdrawn/)).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: 'Dr A Smith' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Mark .* done/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Add .* training/ })).not.toBeInTheDocument();
  });
});
