/** Settings → Staff: the DSH team who use DSH Desk and are named in its records. */
import { useState } from 'react';
import type { StaffMember } from '../../../shared/domain';
import { useCurrentStaff, useWriteContext } from '../../app/current-staff';
import { OutcomeLine, type Outcome } from '../../components/form/OutcomeLine';
import { useStaff } from '../../components/form/StaffSelect';
import { updateStaffMember } from '../../db/repositories/staff';
import { ActiveChip } from './ActiveChip';
import { CatalogueTable } from './CatalogueTable';
import { SettingsSection } from './SettingsSection';
import { StaffMemberForm } from './StaffMemberForm';
import { faultMessage } from '../../db/errors';

/** The staff panel. */
export function StaffPanel() {
  const ctx = useWriteContext();
  const { staffMember: me } = useCurrentStaff();
  const { staff } = useStaff();
  const [editing, setEditing] = useState<StaffMember | 'new' | null>(null);
  const [status, setStatus] = useState<Outcome | null>(null);

  async function setActive(member: StaffMember, active: boolean) {
    setStatus(null);
    try {
      const { id: _id, revision, createdAt: _c, updatedAt: _u, ...form } = member;
      await updateStaffMember(ctx, member.id, revision, { ...form, active });
      setStatus({
        text: active
          ? `${member.name} is back in the team.`
          : `${member.name} is marked as no longer in the team.`,
      });
    } catch (error) {
      setStatus({ text: faultMessage(error), failed: true });
    }
  }

  return (
    <SettingsSection
      id="settings-staff"
      title="Staff"
      intro="The DSH team: who can use DSH Desk, do set-up tasks and grant access. Everything is signed with a staff member’s name in the audit log."
      action={
        editing === null && (
          <button type="button" className="button secondary" onClick={() => setEditing('new')}>
            Add a staff member
          </button>
        )
      }
    >
      {editing === 'new' && (
        <StaffMemberForm
          onDone={(saved) => {
            setEditing(null);
            if (saved) setStatus({ text: `${saved.name} added to the team.` });
          }}
        />
      )}
      {staff && (
        <CatalogueTable
          caption="Staff members"
          headings={['Name', 'E-mail', 'Role', 'Status']}
          rows={staff}
          cells={(member) => (
            <>
              <th scope="row">
                {member.name}
                {member.id === me.id && <span className="muted"> (you)</span>}
              </th>
              <td>{member.email}</td>
              <td>{member.role === 'manager' ? 'Manager' : 'Officer'}</td>
              <td>
                <ActiveChip active={member.active} inactive="Left the team" />
              </td>
            </>
          )}
          onEdit={setEditing}
          moreActions={(member) =>
            member.id !== me.id && (
              <button
                type="button"
                className="button secondary small"
                aria-label={`${member.active ? 'Mark as left' : 'Mark as back'}: ${member.name}`}
                onClick={() => void setActive(member, !member.active)}
              >
                {member.active ? 'Mark as left' : 'Mark as back'}
              </button>
            )
          }
          editing={editing}
          form={(member) => (
            <StaffMemberForm
              member={member}
              isCurrentUser={member.id === me.id}
              onDone={(saved) => {
                setEditing(null);
                if (saved) setStatus({ text: `Saved ${saved.name}.` });
              }}
            />
          )}
        />
      )}
      <OutcomeLine outcome={status} />
    </SettingsSection>
  );
}
