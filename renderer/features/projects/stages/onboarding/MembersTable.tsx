/**
 * The project's members as the officer sees them, with no I/O: name (a link to the person), e-mail and role;
 * where the list may be changed, a role select and "Remove", which asks once more before it acts. What the
 * officer chooses goes out through the callbacks; `MembersPanel` reads the members and saves.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { MEMBERSHIP_ROLES, type Membership, type MembershipRole } from '../../../../../shared/domain';
import { DataTable } from '../../../../components/DataTable';
import { roleLabel } from '../../../../components/people/roles';
import type { ProjectMember } from '../../../../db/repositories/project-members';

interface MembersTableProps {
  /** The table's caption, e.g. "Members of DSH-2026-014". */
  caption: string;
  rows: readonly Pick<ProjectMember, 'membership' | 'person'>[];
  /** Roles may be changed and members removed. */
  editable: boolean;
  onRole: (membership: Membership, name: string, role: MembershipRole) => void;
  onRemove: (membership: Membership, name: string) => void;
}

/** The members table. */
export function MembersTable({ caption, rows, editable, onRole, onRemove }: MembersTableProps) {
  // The member whose removal is being confirmed.
  const [removing, setRemoving] = useState<string | null>(null);
  return (
    <DataTable
      caption={caption}
      headings={['Name', 'E-mail address', 'Role']}
      actions={editable}
      className="members-table"
      scroll={false}
    >
      {rows.map(({ membership, person }) => {
        const name = person?.name ?? 'A person no longer recorded';
        return (
          <tr key={membership.id}>
            <td>{person ? <Link to={`/people/${person.id}`}>{name}</Link> : name}</td>
            <td>{person?.email}</td>
            <td>
              {editable ? (
                <select
                  aria-label={`Role of ${name}`}
                  value={membership.role}
                  onChange={(event) => onRole(membership, name, event.target.value as MembershipRole)}
                >
                  {MEMBERSHIP_ROLES.map((option) => (
                    <option key={option} value={option}>
                      {roleLabel(option)}
                    </option>
                  ))}
                </select>
              ) : (
                roleLabel(membership.role)
              )}
            </td>
            {editable && (
              <td className="actions-cell">
                {removing === membership.id ? (
                  <span className="confirm-inline">
                    Remove {name}?{' '}
                    <button
                      type="button"
                      className="button danger small"
                      onClick={() => {
                        setRemoving(null);
                        onRemove(membership, name);
                      }}
                    >
                      Remove
                    </button>{' '}
                    <button
                      type="button"
                      className="button secondary small"
                      onClick={() => setRemoving(null)}
                    >
                      Keep
                    </button>
                  </span>
                ) : (
                  <button
                    type="button"
                    className="button secondary small"
                    onClick={() => setRemoving(membership.id)}
                  >
                    Remove<span className="visually-hidden"> {name}</span>
                  </button>
                )}
              </td>
            )}
          </tr>
        );
      })}
    </DataTable>
  );
}
