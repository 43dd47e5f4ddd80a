/**
 * The people who will need access (the project's members), each with a role. Adding, changing a role and
 * removing are saved at once (each with its audit event), apart from the onboarding form's draft. The table
 * itself is `MembersTable`.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import {
  MEMBERSHIP_ROLES,
  type MembershipRole,
  type Person,
  type Project,
} from '../../../../../shared/domain';
import { useApp } from '../../../../app/app-context';
import { useWriteContext } from '../../../../app/current-staff';
import { Field } from '../../../../components/form/Field';
import { addMember, changeMemberRole, removeMember } from '../../../../db/repositories/memberships';
import { getPerson } from '../../../../db/repositories/people';
import { projectMembers } from '../../../../db/repositories/project-members';
import { PersonPicker } from '../../../../components/people/PersonPicker';
import { roleLabel } from '../../../../components/people/roles';
import { NewPersonForm } from './NewPersonForm';
import { faultMessage } from '../../../../db/errors';
import { MembersTable } from './MembersTable';

/** The members panel; `leadId` is the lead researcher chosen on the form (offered as the lead member). */
export function MembersPanel({
  project,
  leadId,
  editable,
}: {
  project: Project;
  leadId: string | undefined;
  editable: boolean;
}) {
  const { db } = useApp();
  const ctx = useWriteContext();
  const members = useLiveQuery(async () => (await projectMembers(db, project.id)).members, [db, project.id]);
  const lead = useLiveQuery(
    async () => (leadId ? ((await db.people.get(leadId)) ?? null) : null),
    [db, leadId],
  );
  const [role, setRole] = useState<MembershipRole>('analyst');
  const [picked, setPicked] = useState('');
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);

  async function run(action: () => Promise<unknown>, done: string) {
    setMessage(null);
    try {
      await action();
      setMessage({ text: done, failed: false });
    } catch (error) {
      setMessage({ text: faultMessage(error), failed: true });
    }
  }
  const add = (person: Person, as: MembershipRole) =>
    run(
      () => addMember(ctx, project.id, { personId: person.id, role: as }),
      `${person.name} was added as ${roleLabel(as).toLowerCase()}.`,
    );

  const rows = members ?? [];
  const leadIsMember = rows.some(
    (row) => row.membership.personId === leadId && row.membership.role === 'lead',
  );
  const leadRow = rows.find((row) => row.membership.personId === leadId);

  return (
    <section className="panel" aria-labelledby="members-heading">
      <h2 id="members-heading">People who will need access</h2>
      {editable && (
        <p className="muted">
          Every member needs training, a signed user access form and access before the project is active.
          Changes here are saved at once.
        </p>
      )}
      {members === undefined ? (
        <p className="muted">Loading members…</p>
      ) : rows.length === 0 ? (
        <p>No members yet.</p>
      ) : (
        <MembersTable
          caption={`Members of ${project.reference}`}
          rows={rows}
          editable={editable}
          onRole={(membership, name, next) =>
            void run(
              () => changeMemberRole(ctx, membership.id, membership.revision, next),
              `${name} is now ${roleLabel(next).toLowerCase()}.`,
            )
          }
          onRemove={(membership, name) =>
            void run(
              () => removeMember(ctx, membership.id, membership.revision),
              `${name} was removed from the project.`,
            )
          }
        />
      )}
      {editable && lead && !leadIsMember && (
        <p className="suggestion">
          <button
            type="button"
            className="button secondary"
            onClick={() =>
              leadRow
                ? void run(
                    () => changeMemberRole(ctx, leadRow.membership.id, leadRow.membership.revision, 'lead'),
                    `${lead.name} is now lead researcher.`,
                  )
                : void add(lead, 'lead')
            }
          >
            Add {lead.name} as lead researcher
          </button>
        </p>
      )}
      {editable && (
        <div className="add-member">
          <h3>Add a member</h3>
          <div className="form-grid">
            <Field label="Role of the new member">
              <select value={role} onChange={(event) => setRole(event.target.value as MembershipRole)}>
                {MEMBERSHIP_ROLES.map((option) => (
                  <option key={option} value={option}>
                    {roleLabel(option)}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          {adding ? (
            <NewPersonForm
              onAdded={(person) => {
                setAdding(false);
                void add(person, role);
              }}
              onCancel={() => setAdding(false)}
            />
          ) : (
            <>
              <PersonPicker
                legend="Person to add"
                value={picked}
                onChange={setPicked}
                unavailable={new Map(rows.map((row) => [row.membership.personId, 'already a member']))}
              />
              <div className="form-actions">
                <button
                  type="button"
                  className="button"
                  disabled={!picked}
                  onClick={async () => {
                    const person = await getPerson(db, picked);
                    if (!person) return;
                    setPicked('');
                    await add(person, role);
                  }}
                >
                  Add member
                </button>
                <button type="button" className="button-link" onClick={() => setAdding(true)}>
                  Add a new person…
                </button>
              </div>
            </>
          )}
        </div>
      )}
      <p role="status" className={message?.failed ? 'form-failure' : 'saved-note'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}
