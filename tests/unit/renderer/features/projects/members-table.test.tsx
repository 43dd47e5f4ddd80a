import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import type { Membership, MembershipRole } from '../../../../../shared/domain';
import { MembersTable } from '../../../../../renderer/features/projects/stages/onboarding/MembersTable';
import { aMembership, aPerson, fixtureId } from '../../../../helpers/domain-fixtures';

// The members table alone: what the officer sees for given members, and what it hands back.
const ada = aPerson({ id: fixtureId(1), name: 'Ada Lead', email: 'ada@example.org' });
const rows = [
  { membership: aMembership({ id: fixtureId(11), personId: ada.id, role: 'lead' }), person: ada },
  {
    membership: aMembership({ id: fixtureId(12), personId: fixtureId(2), role: 'analyst' }),
    person: undefined,
  },
];

function renderTable(editable: boolean) {
  const roles: [string, MembershipRole][] = [];
  const removed: string[] = [];
  render(
    <MemoryRouter>
      <MembersTable
        caption="Members of DSH-0042"
        rows={rows}
        editable={editable}
        onRole={(membership: Membership, name, role) => roles.push([`${membership.id} ${name}`, role])}
        onRemove={(_membership, name) => removed.push(name)}
      />
    </MemoryRouter>,
  );
  return { roles, removed, table: screen.getByRole('table', { name: 'Members of DSH-0042' }) };
}

describe('the members table', () => {
  it('shows each member with a link, the e-mail and the role, and nothing to change when read-only', () => {
    const { table } = renderTable(false);
    expect(within(table).getByRole('link', { name: 'Ada Lead' })).toHaveAttribute(
      'href',
      `/people/${ada.id}`,
    );
    expect(within(table).getByText('ada@example.org')).toBeInTheDocument();
    expect(within(table).getByText('A person no longer recorded')).toBeInTheDocument();
    expect(within(table).getByText('Lead researcher')).toBeInTheDocument();
    expect(within(table).queryByRole('combobox')).not.toBeInTheDocument();
    expect(within(table).queryByRole('button')).not.toBeInTheDocument();
  });

  it('hands back a new role chosen for a member', async () => {
    const { table, roles } = renderTable(true);
    await userEvent.selectOptions(
      within(table).getByRole('combobox', { name: 'Role of Ada Lead' }),
      'analyst',
    );
    expect(roles).toEqual([[`${fixtureId(11)} Ada Lead`, 'analyst']]);
  });

  it('asks once more before removing, and removes nobody when the officer keeps them', async () => {
    const { table, removed } = renderTable(true);
    await userEvent.click(within(table).getByRole('button', { name: 'Remove Ada Lead' }));
    expect(within(table).getByText(/Remove Ada Lead\?/)).toBeInTheDocument();
    await userEvent.click(within(table).getByRole('button', { name: 'Keep' }));
    expect(removed).toEqual([]);
    await userEvent.click(within(table).getByRole('button', { name: 'Remove Ada Lead' }));
    await userEvent.click(within(table).getByRole('button', { name: 'Remove' }));
    expect(removed).toEqual(['Ada Lead']);
    expect(within(table).queryByText(/Remove Ada Lead\?/)).not.toBeInTheDocument();
  });
});
