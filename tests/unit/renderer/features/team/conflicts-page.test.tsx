import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConflictsPage } from '../../../../../renderer/features/team/ConflictsPage';
import type { ConflictRow } from '../../../../../renderer/sync/types';
import { CONNECTED, renderWithSync, teamSyncDouble, type DoubleOptions } from './team-sync-double';

const PROJECT: ConflictRow = {
  docId: 'project:p1',
  type: 'project',
  table: 'projects',
  recordId: 'p1',
  title: 'Project DSH-2026-014 · Lung imaging',
  fields: [
    { field: 'title', mine: 'Lung imaging', theirs: 'Lung imaging study' },
    { field: 'closureStart', mine: { startedOn: '2026-12-01', reason: 'early-end' }, theirs: undefined },
  ],
  mine: { record: {}, by: 'Alex Reed', at: '2026-12-06T14:02:00Z' },
  theirs: { record: {}, by: 'Sam Okafor', at: '2026-12-06T14:05:00Z' },
  foundAt: '2026-12-06T14:10:00Z',
};

const STAFF: ConflictRow = {
  docId: 'staff-member:s1',
  type: 'staff-member',
  table: 'staffMembers',
  recordId: 's1',
  title: 'Staff member Priya Shah',
  fields: [{ field: 'active', mine: true, theirs: false }],
  mine: { record: {}, by: 'Alex Reed', at: '2026-12-05T10:00:00Z' },
  theirs: { record: {}, by: 'Sam Okafor', at: '2026-12-05T11:00:00Z' },
  foundAt: '2026-12-05T11:30:00Z',
};

function showPage(options: DoubleOptions = {}) {
  const double = teamSyncDouble({ connection: CONNECTED, status: { phase: 'synced' }, ...options });
  renderWithSync(<ConflictsPage />, double.sync, '/conflicts');
  return double;
}

async function open(title: string) {
  await userEvent.click(screen.getByRole('button', { name: title }));
  return screen.getByRole('region', { name: title });
}

describe('The Conflicts page', () => {
  it('says when there is nothing to choose', () => {
    showPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Conflicts' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'No conflicts' })).toBeInTheDocument();
  });

  it('lists each record in conflict with when it was found', () => {
    showPage({ conflicts: [PROJECT, STAFF] });
    const list = screen.getByRole('region', { name: '2 records to choose' });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(
      'Project DSH-2026-014 · Lung imaging · found 6 Dec 2026, 14:10 · 2 fields',
    );
    expect(items[1]).toHaveTextContent('Staff member Priya Shah · found 5 Dec 2026, 11:30 · 1 field');
  });

  it('shows both versions side by side, field by field, with who saved each and when', async () => {
    showPage({ conflicts: [PROJECT] });
    const resolver = await open(PROJECT.title);
    expect(within(resolver).getByRole('heading', { level: 2, name: PROJECT.title })).toHaveFocus();
    expect(
      within(resolver).getByRole('heading', { name: 'This workstation' }).nextElementSibling,
    ).toHaveTextContent('Saved by Alex Reed on 6 Dec 2026, 14:02');
    expect(
      within(resolver).getByRole('heading', { name: 'Team server' }).nextElementSibling,
    ).toHaveTextContent('Saved by Sam Okafor on 6 Dec 2026, 14:05');
    const title = within(resolver).getByRole('group', { name: 'Working title' });
    expect(
      within(title).getByRole('radio', { name: 'Keep this workstation’s version' }),
    ).toHaveAccessibleDescription('Lung imaging');
    expect(
      within(title).getByRole('radio', { name: 'Keep the team server’s version' }),
    ).toHaveAccessibleDescription('Lung imaging study');
    const closure = within(resolver).getByRole('group', { name: 'Closure start' });
    const [mine, theirs] = within(closure).getAllByRole('radio');
    expect(mine).toHaveAccessibleDescription('Started on: 01/12/2026 Reason: Early end');
    expect(theirs).toHaveAccessibleDescription('(empty)');
    for (const radio of within(resolver).getAllByRole('radio')) expect(radio).not.toBeChecked();
  });

  it('shows booleans as Yes and No', async () => {
    showPage({ conflicts: [STAFF] });
    const resolver = await open(STAFF.title);
    const active = within(resolver).getByRole('group', { name: 'Still in the team' });
    const [mine, theirs] = within(active).getAllByRole('radio');
    expect(mine).toHaveAccessibleDescription('Yes');
    expect(theirs).toHaveAccessibleDescription('No');
  });

  it('says which fields still need a choice, and saves nothing until each has one', async () => {
    const { calls } = showPage({ conflicts: [PROJECT] });
    const resolver = await open(PROJECT.title);
    const save = within(resolver).getByRole('button', { name: 'Save my choices' });
    expect(save).toHaveAccessibleDescription('Still to choose: Working title and Closure start.');
    await userEvent.click(save);
    expect(within(resolver).getByRole('alert')).toHaveTextContent(
      'Not saved: choose a version of Working title and Closure start first.',
    );
    await userEvent.click(
      within(within(resolver).getByRole('group', { name: 'Working title' })).getByRole('radio', {
        name: 'Keep this workstation’s version',
      }),
    );
    expect(save).toHaveAccessibleDescription('Still to choose: Closure start.');
    // The refusal was about the earlier state: it goes once the officer chooses; the hint stays up to date.
    expect(within(resolver).queryByRole('alert')).not.toBeInTheDocument();
    await userEvent.click(save);
    expect(calls.resolveConflict).toEqual([]);
  });

  it('sends the choice made for each field, then says it is saved', async () => {
    const { calls } = showPage({ conflicts: [PROJECT, STAFF] });
    const resolver = await open(PROJECT.title);
    const choose = (group: string, radio: string) =>
      userEvent.click(
        within(within(resolver).getByRole('group', { name: group })).getByRole('radio', { name: radio }),
      );
    await choose('Working title', 'Keep this workstation’s version');
    await choose('Closure start', 'Keep the team server’s version');
    await userEvent.click(within(resolver).getByRole('button', { name: 'Save my choices' }));
    expect(calls.resolveConflict).toEqual([['project:p1', { title: 'mine', closureStart: 'theirs' }]]);
    expect(
      await screen.findByText('Saved your choices for Project DSH-2026-014 · Lung imaging.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: PROJECT.title })).not.toBeInTheDocument();
  });

  it('says why a save failed and keeps the choices', async () => {
    showPage({ conflicts: [STAFF], refuse: { resolveConflict: 'The record changed again on the server.' } });
    const resolver = await open(STAFF.title);
    await userEvent.click(within(resolver).getByRole('radio', { name: 'Keep the team server’s version' }));
    await userEvent.click(within(resolver).getByRole('button', { name: 'Save my choices' }));
    expect(await within(resolver).findByRole('alert')).toHaveTextContent(
      'Not saved: The record changed again on the server. Your choices are kept.',
    );
    expect(within(resolver).getByRole('radio', { name: 'Keep the team server’s version' })).toBeChecked();
  });
});
