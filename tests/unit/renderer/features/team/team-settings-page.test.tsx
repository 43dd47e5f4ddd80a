import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { TeamSyncContext } from '../../../../../renderer/sync/context';
import { TeamSettingsPage } from '../../../../../renderer/features/team/TeamSettingsPage';
import { CONNECTED, renderWithSync, teamSyncDouble, type DoubleOptions } from './team-sync-double';

function showPage(options: DoubleOptions = {}) {
  const double = teamSyncDouble(options);
  renderWithSync(<TeamSettingsPage />, double.sync, '/settings/team');
  return double;
}

const field = (label: RegExp) => screen.getByLabelText(label);

/** The page in a team with this sync status. */
function renderWithClocks(status: DoubleOptions['status']) {
  const double = teamSyncDouble({ status, connection: CONNECTED });
  return renderWithSync(<TeamSettingsPage />, double.sync, '/settings/team');
}

async function fillSignIn() {
  await userEvent.type(field(/Server address/), 'https://dsh-sync.example.ac.uk:6984');
  await userEvent.type(field(/Your user name/), ' alex.reed ');
  await userEvent.type(field(/Password/), 'correct horse');
}

describe('Settings → Team, in solo mode', () => {
  it('explains solo mode and offers a labelled sign-in form, the database named dsh-desk by default', () => {
    showPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Team' })).toBeInTheDocument();
    expect(
      screen.getByText(/works in solo mode: every record stays on this workstation only/),
    ).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Sign in to the team server' });
    expect(within(form).getByLabelText(/Server address/)).toHaveValue('');
    expect(within(form).getByLabelText(/Database name/)).toHaveValue('dsh-desk');
    expect(within(form).getByLabelText(/Your user name/)).toHaveValue('');
    expect(within(form).getByLabelText(/Password/)).toHaveAttribute('type', 'password');
  });

  it('says what is missing in the contract’s words and does not try to sign in', async () => {
    const { calls } = showPage();
    await userEvent.clear(field(/Database name/));
    await userEvent.type(field(/Database name/), 'DSH Desk');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in and start syncing' }));
    expect(await screen.findByText('Enter the team server’s address.')).toBeInTheDocument();
    expect(screen.getByText('Enter your user name on the team server.')).toBeInTheDocument();
    expect(screen.getByText('Enter your password.')).toBeInTheDocument();
    expect(screen.getByText(/A database name starts with a lower-case letter/)).toBeInTheDocument();
    expect(field(/Server address/)).toHaveAttribute('aria-invalid', 'true');
    expect(calls.signIn).toEqual([]);
  });

  it('signs in with what was typed (trimmed), then clears the password', async () => {
    const { calls } = showPage();
    await fillSignIn();
    await userEvent.click(screen.getByRole('button', { name: 'Sign in and start syncing' }));
    await waitFor(() => expect(field(/Password/)).toHaveValue(''));
    expect(calls.signIn).toEqual([
      {
        url: 'https://dsh-sync.example.ac.uk:6984',
        database: 'dsh-desk',
        username: 'alex.reed',
        password: 'correct horse',
      },
    ]);
    expect(field(/Your user name/)).toHaveValue(' alex.reed ');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says in words why a sign-in was refused, and keeps everything typed', async () => {
    showPage({ refuse: { signIn: 'The team server refused this user name or password.' } });
    await fillSignIn();
    await userEvent.click(screen.getByRole('button', { name: 'Sign in and start syncing' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Not signed in: The team server refused this user name or password.',
    );
    expect(field(/Server address/)).toHaveValue('https://dsh-sync.example.ac.uk:6984');
    expect(field(/Your user name/)).toHaveValue(' alex.reed ');
    expect(field(/Password/)).toHaveValue('correct horse');
  });
});

describe('Settings → Team, in a team', () => {
  it('shows the server, database, account, roles, since when and how the password is kept', () => {
    showPage({ status: { phase: 'synced', lastSyncedAt: '2026-12-06T14:02:00Z' }, connection: CONNECTED });
    expect(screen.queryByRole('form', { name: 'Sign in to the team server' })).not.toBeInTheDocument();
    const panel = screen.getByRole('region', { name: 'Connected to the team' });
    const fact = (term: string) => within(panel).getByText(term).nextElementSibling;
    expect(fact('Now')).toHaveTextContent('Synced');
    expect(fact('Server')).toHaveTextContent('https://dsh-sync.example.ac.uk:6984');
    expect(fact('Database')).toHaveTextContent('dsh-desk');
    expect(fact('Your account')).toHaveTextContent('alex.reed');
    expect(fact('Roles')).toHaveTextContent('dsh-staff, dsh-managers');
    expect(fact('Signed in since')).toHaveTextContent('6 Dec 2026, 09:15');
    expect(fact('Password')).toHaveTextContent('Protected by the operating system’s key store');
    expect(fact('Last synced')).toHaveTextContent('6 Dec 2026, 14:02');
  });

  it('names a workstation whose clock is far ahead, and shows nothing of the kind while clocks agree', () => {
    const clocksAhead = [
      {
        device: '1a2b3c4d-0000-4000-8000-000000000001',
        aheadMs: 3 * 3_600_000,
        at: '2026-12-06T17:00:00.000Z',
        lastUser: 'Kim Officer',
      },
    ];
    const { unmount } = renderWithClocks({ phase: 'synced', clocksAhead });
    const note = screen.getByRole('note', { name: 'Workstation clocks ahead' });
    expect(note).toHaveTextContent(
      'The clock of workstation 1a2b3c4d (last used by Kim Officer) is about 3 hours ahead of this workstation’s',
    );
    expect(note).toHaveTextContent('its latest event is timed 6 Dec 2026, 17:00');
    unmount();
    renderWithClocks({ phase: 'synced', clocksAhead: [] });
    expect(screen.queryByRole('note', { name: 'Workstation clocks ahead' })).not.toBeInTheDocument();
  });

  it('syncs now on request, and says so — or says why not', async () => {
    const { calls } = showPage({ status: { phase: 'synced' }, connection: CONNECTED });
    await userEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(
      await screen.findByText(/Synced: this workstation and the team server are up to date/),
    ).toBeInTheDocument();
    expect(calls.syncNow).toBe(1);
  });

  it('says why a sync did not happen', async () => {
    showPage({
      status: { phase: 'offline' },
      connection: CONNECTED,
      refuse: { syncNow: 'The team server did not answer.' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(await screen.findByText('Not synced: The team server did not answer.')).toBeInTheDocument();
  });

  it('pauses syncing, and offers to resume it once paused', async () => {
    const running = showPage({ status: { phase: 'synced' }, connection: CONNECTED });
    await userEvent.click(screen.getByRole('button', { name: 'Pause syncing' }));
    expect(running.calls.setPaused).toEqual([true]);
  });

  it('offers to resume once paused, and says changes are kept meanwhile', async () => {
    const paused = showPage({ status: { phase: 'synced', paused: true }, connection: CONNECTED });
    expect(screen.getByText(/Syncing is paused: changes are kept here/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sync now' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Resume syncing' }));
    expect(paused.calls.setPaused).toEqual([false]);
  });

  it('asks before leaving, saying local records stay on this workstation', async () => {
    const { calls } = showPage({ status: { phase: 'synced', pending: 2 }, connection: CONNECTED });
    await userEvent.click(screen.getByRole('button', { name: 'Leave the team…' }));
    const question = screen.getByRole('group', { name: /Leave the team\?/ });
    expect(question).toHaveTextContent('Local records stay on this workstation: nothing here is deleted.');
    expect(question).toHaveTextContent('2 changes made here have not reached the server yet');
    expect(within(question).getByRole('button', { name: 'Stay in the team' })).toHaveFocus();
    await userEvent.click(within(question).getByRole('button', { name: 'Stay in the team' }));
    expect(calls.leave).toBe(0);
    expect(screen.queryByRole('group', { name: /Leave the team\?/ })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Leave the team…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Leave the team' }));
    expect(calls.leave).toBe(1);
  });

  it('says which projects lose their provisional references on leaving, and what they became', async () => {
    const double = teamSyncDouble({
      status: { phase: 'synced' },
      provisionalReferences: 2,
      numberedOnLeaving: [
        { projectId: 'p1', from: 'DSH-2026-P-7F3K9Z', to: 'DSH-2026-015' },
        { projectId: 'p2', from: 'DSH-2026-P-Q2W8MX', to: 'DSH-2026-016' },
      ],
    });
    // The workstation is in the team until it leaves, as the provider has it.
    function InTeamUntilLeft() {
      const [inTeam, setInTeam] = useState(true);
      const sync = {
        ...double.sync,
        connection: inTeam ? CONNECTED : { configured: false as const },
        leave: async () => {
          const numbered = await double.sync.leave();
          setInTeam(false);
          return numbered;
        },
      };
      return (
        <TeamSyncContext.Provider value={sync}>
          <MemoryRouter initialEntries={['/settings/team']}>
            <TeamSettingsPage />
          </MemoryRouter>
        </TeamSyncContext.Provider>
      );
    }
    render(<InTeamUntilLeft />);
    await userEvent.click(screen.getByRole('button', { name: 'Leave the team…' }));
    expect(screen.getByRole('group', { name: /Leave the team\?/ })).toHaveTextContent(
      '2 projects have a provisional reference (such as DSH-2026-P-7F3K9Z) that the team server has not confirmed. On leaving, each gets the next reference of this workstation (such as DSH-2026-015), as in solo mode',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Leave the team' }));

    const left = await screen.findByRole('region', { name: 'You left the team' });
    expect(within(left).getByRole('status')).toHaveTextContent(
      'This workstation is in solo mode again: its records stay here and are no longer shared.2 projects had a provisional reference the team server never confirmed; they now have this workstation’s next references:DSH-2026-P-7F3K9Z is now DSH-2026-015DSH-2026-P-Q2W8MX is now DSH-2026-016',
    );
    expect(within(left).getByRole('link', { name: 'DSH-2026-015' })).toHaveAttribute('href', '/projects/p1');
    expect(screen.getByRole('form', { name: 'Sign in to the team server' })).toBeInTheDocument();
    expect(double.calls.leave).toBe(1);
  });

  it('says why leaving failed, and stays asked', async () => {
    showPage({
      status: { phase: 'synced' },
      connection: CONNECTED,
      refuse: { leave: 'The password could not be forgotten.' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Leave the team…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Leave the team' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Still in the team: The password could not be forgotten.',
    );
    expect(screen.getByRole('group', { name: /Leave the team\?/ })).toBeInTheDocument();
  });

  it('offers to sign in again while sync needs attention, with the server and account filled in', async () => {
    const { calls } = showPage({
      status: { phase: 'attention', problem: 'The team server refused your password.', quarantined: 1 },
      connection: CONNECTED,
    });
    expect(screen.getByText('Now').nextElementSibling).toHaveTextContent(
      'Needs attention: The team server refused your password.',
    );
    expect(
      screen.getByText('1 record from the server failed its checks and was not applied.'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Sign in again…' }));
    const form = screen.getByRole('form', { name: 'Sign in again' });
    expect(within(form).getByLabelText(/Server address/)).toHaveValue(CONNECTED.url);
    expect(within(form).getByLabelText(/Your user name/)).toHaveValue('alex.reed');
    expect(within(form).getByLabelText(/Password/)).toHaveValue('');
    await userEvent.type(within(form).getByLabelText(/Password/), 'new password');
    await userEvent.click(within(form).getByRole('button', { name: 'Sign in and start syncing' }));
    await waitFor(() =>
      expect(screen.queryByRole('form', { name: 'Sign in again' })).not.toBeInTheDocument(),
    );
    expect(calls.signIn).toEqual([
      { url: CONNECTED.url, database: 'dsh-desk', username: 'alex.reed', password: 'new password' },
    ]);
  });

  it('shows the first sync’s progress, with pause and resume', async () => {
    const running = showPage({
      status: { phase: 'syncing', firstSync: { received: 1240, paused: false } },
      connection: CONNECTED,
    });
    const panel = screen.getByRole('region', { name: 'First sync' });
    expect(within(panel).getByRole('status')).toHaveTextContent('Received 1,240 records');
    await userEvent.click(within(panel).getByRole('button', { name: 'Pause the first sync' }));
    expect(running.calls.setPaused).toEqual([true]);
  });

  it('offers to resume a paused first sync', async () => {
    const paused = showPage({
      status: { phase: 'syncing', firstSync: { received: 1, paused: true } },
      connection: CONNECTED,
    });
    const panel = screen.getByRole('region', { name: 'First sync' });
    expect(within(panel).getByRole('status')).toHaveTextContent('Paused. Received 1 record');
    await userEvent.click(within(panel).getByRole('button', { name: 'Resume the first sync' }));
    expect(paused.calls.setPaused).toEqual([false]);
  });
});
