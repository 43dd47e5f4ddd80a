import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { ConflictsNavItem } from '../../../../../renderer/features/team/ConflictsNavItem';
import { SyncStatusIndicator } from '../../../../../renderer/features/team/SyncStatusIndicator';
import { CONNECTED, renderWithSync, teamSyncDouble, type DoubleOptions } from './team-sync-double';

function showHeader(options: DoubleOptions) {
  const { sync } = teamSyncDouble(options);
  return renderWithSync(
    <>
      <header>
        <SyncStatusIndicator />
      </header>
      <Routes>
        <Route path="/" element={<p>Dashboard</p>} />
        <Route path="/settings/team" element={<h1>Team settings shown</h1>} />
        <Route path="/conflicts" element={<h1>Conflicts shown</h1>} />
      </Routes>
    </>,
    sync,
  );
}

describe('The sync state in the header', () => {
  afterEach(() => jest.useRealTimers());

  it('shows nothing without team sync, and only an empty live region in solo mode', () => {
    const { container } = renderWithSync(<SyncStatusIndicator />, null);
    expect(container).toBeEmptyDOMElement();

    showHeader({ status: { phase: 'solo' } });
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveTextContent('');
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it.each([
    [{ phase: 'synced' } as const, 'Synced'],
    [{ phase: 'syncing', pending: 3 } as const, 'Syncing 3 changes'],
    [{ phase: 'syncing', pending: 1 } as const, 'Syncing 1 change'],
    [
      { phase: 'syncing', pending: 0, firstSync: { received: 1240, paused: false } } as const,
      'First sync: 1,240 records received',
    ],
    [
      { phase: 'attention', problem: 'The team server refused your password.' } as const,
      'Needs attention: The team server refused your password.',
    ],
  ])('reads %j as “%s”, in a polite live region, linking to Settings → Team', (status, text) => {
    showHeader({ status, connection: CONNECTED });
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    const link = within(region).getByRole('link', { name: `Team sync: ${text}` });
    expect(link).toHaveAttribute('href', '/settings/team');
  });

  it('says since when it is offline in London time, and that changes are kept here', () => {
    jest.useFakeTimers({
      now: new Date('2026-07-01T15:00:00Z'),
      doNotFake: ['setTimeout', 'queueMicrotask'],
    });
    const { unmount } = showHeader({ status: { phase: 'offline', offlineSince: '2026-07-01T13:32:00Z' } });
    // 13:32 UTC is 14:32 in London in summer (BST), whatever this machine's own time zone.
    expect(screen.getByRole('link', { name: /Team sync:/ })).toHaveTextContent(
      'Offline since 14:32 — changes are kept here',
    );
    unmount();
    showHeader({ status: { phase: 'offline', offlineSince: '2026-06-30T08:05:00Z' } });
    expect(screen.getByRole('link', { name: /Team sync:/ })).toHaveTextContent(
      'Offline since 30 Jun 2026, 09:05 — changes are kept here',
    );
  });

  it('adds “n conflicts” linking to the Conflicts page only when there are some', async () => {
    const { unmount } = showHeader({ status: { phase: 'synced', conflicts: 0 } });
    expect(screen.queryByRole('link', { name: /conflict/ })).not.toBeInTheDocument();
    unmount();

    showHeader({ status: { phase: 'synced', conflicts: 2 } });
    await userEvent.click(screen.getByRole('link', { name: '2 conflicts' }));
    expect(screen.getByRole('heading', { name: 'Conflicts shown' })).toBeInTheDocument();
  });

  it.each([
    [
      { phase: 'synced', files: { sending: 0, fetching: 2, refused: 0 } } as const,
      'Syncing 2 evidence files',
    ],
    [
      { phase: 'syncing', pending: 3, files: { sending: 1, fetching: 0, refused: 0 } } as const,
      'Syncing 3 changes and 1 evidence file',
    ],
    [
      { phase: 'synced', files: { sending: 0, fetching: 4, refused: 1 } } as const,
      'Needs attention: 1 evidence file refused (its record says why)',
    ],
    [
      {
        phase: 'attention',
        problem: 'The team server refused your password.',
        files: { sending: 0, fetching: 0, refused: 2 },
      } as const,
      'Needs attention: The team server refused your password. — 2 evidence files refused (its record says why)',
    ],
  ])('counts evidence files still on their way or refused: %j reads “%s”', async (status, text) => {
    showHeader({ status, connection: CONNECTED });
    const region = screen.getByRole('status');
    expect(region).toHaveAttribute('aria-live', 'polite');
    // Reached with the keyboard like the rest of the state, and opens Settings → Team.
    await userEvent.tab();
    expect(within(region).getByRole('link', { name: `Team sync: ${text}` })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'Team settings shown' })).toBeInTheDocument();
  });

  it('is reached with the keyboard and opens Settings → Team', async () => {
    showHeader({ status: { phase: 'synced' } });
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Team sync: Synced' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'Team settings shown' })).toBeInTheDocument();
  });
});

describe('The Conflicts entry of the sidebar', () => {
  const sidebar = (options: DoubleOptions | null) =>
    renderWithSync(
      <ul>
        <ConflictsNavItem />
      </ul>,
      options ? teamSyncDouble(options).sync : null,
    );

  it('is absent without team sync, and in solo mode with no conflicts', () => {
    sidebar(null);
    sidebar({ status: { phase: 'solo', conflicts: 0 } });
    expect(screen.queryByRole('link', { name: /Conflicts/ })).not.toBeInTheDocument();
  });

  it('is there in team mode, and after leaving the team while conflicts remain, with their count', () => {
    const { unmount } = sidebar({ status: { phase: 'synced' }, connection: CONNECTED });
    expect(screen.getByRole('link', { name: 'Conflicts' })).toHaveAttribute('href', '/conflicts');
    unmount();
    sidebar({ status: { phase: 'solo', conflicts: 3 } });
    expect(screen.getByRole('link', { name: 'Conflicts (3)' })).toBeInTheDocument();
  });
});
