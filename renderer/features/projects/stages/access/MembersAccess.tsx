/**
 * Each member's way to access, as three steps in order: the user access form signed, access granted, and
 * (at the end) access revoked; with their readiness today and its reasons.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { formatShortDate } from '../../../../../shared/dates';
import type { Membership } from '../../../../../shared/domain';
import { ReadinessChip } from '../../../../components/ReadinessChip';
import { useStaff } from '../../../../components/form/StaffSelect';
import { roleLabel } from '../../../../../shared/documents/labels';
import { useProjectMembers, type MemberView } from '../../../../components/people/use-project-members';
import { EvidenceFiles } from '../../../../components/evidence/EvidenceFiles';
import { AccessActForm, type AccessAct } from './AccessActForm';
import { latestFormVersion } from './member-step-choices';
import { MemberStepActions } from './MemberStepActions';
import './access.css';

type Open = { membershipId: string; act: AccessAct } | null;

const STEP_NAME: Record<AccessAct, string> = {
  form: 'user access form',
  grant: 'access granted',
  revoke: 'access revoked',
};

/** The members' access panel. */
export function MembersAccess({ projectId, readOnly }: { projectId: string; readOnly: boolean }) {
  const data = useProjectMembers(projectId);
  return (
    <section className="panel" aria-labelledby="access-heading">
      <h2 id="access-heading">Access of members</h2>
      <p className="panel-intro">
        Each member signs the user access form before access is granted. A member is ready once trained,
        signed and granted access.
      </p>
      {data && (
        <MemberStepActions
          projectId={projectId}
          choices={[{ step: 'access-form' }, { step: 'access-granted' }]}
          members={data.members}
          settings={data.settings}
          readOnly={readOnly}
        />
      )}
      {data && <MemberAccessCards members={data.members} readOnly={readOnly} headingId="access-heading" />}
    </section>
  );
}

/**
 * A card per member with their access steps and the forms to record them; `revokeOnly` shows the
 * revocation step alone (as Closure needs).
 */
export function MemberAccessCards({
  members,
  readOnly,
  revokeOnly = false,
  headingId,
}: {
  members: readonly MemberView[];
  readOnly: boolean;
  revokeOnly?: boolean;
  /** The id of the heading the cards sit under (their own ids derive from it). */
  headingId: string;
}) {
  const { staff, nameOf } = useStaff();
  const [open, setOpen] = useState<Open>(null);
  const [saved, setSaved] = useState<string | null>(null);

  function isOpen(member: MemberView, act: AccessAct): boolean {
    return open?.membershipId === member.membership.id && open.act === act;
  }

  function actButton(member: MemberView, act: AccessAct, label: string, correct: boolean) {
    if (readOnly || isOpen(member, act)) return null;
    return (
      <button
        type="button"
        className={
          correct
            ? 'button-link'
            : act === 'revoke' && !revokeOnly
              ? 'button secondary small'
              : 'button small'
        }
        aria-label={`${correct ? `Correct ${STEP_NAME[act]}` : label}: ${member.name}`}
        onClick={() => {
          setSaved(null);
          setOpen({ membershipId: member.membership.id, act });
        }}
      >
        {correct ? 'Correct…' : `${label}…`}
      </button>
    );
  }

  function form(member: MemberView, act: AccessAct) {
    if (!staff || !isOpen(member, act)) return null;
    return (
      <AccessActForm
        membership={member.membership}
        memberName={member.name}
        act={act}
        staff={staff}
        suggestedFormVersion={latestFormVersion(members)}
        onDone={(record?: Membership) => {
          setOpen(null);
          if (record) setSaved(`Saved for ${member.name}.`);
        }}
      />
    );
  }

  if (members.length === 0) return <p>No members yet.</p>;
  return (
    <>
      <div className="member-cards">
        {members.map((member) => {
          const { membership } = member;
          const { accessForm, accessGranted, accessRevoked } = membership;
          return (
            <article
              key={membership.id}
              className="member-card"
              aria-labelledby={`${headingId}-${membership.id}`}
            >
              <div className="member-card-head">
                <h3 id={`${headingId}-${membership.id}`}>
                  {member.person ? (
                    <Link to={`/people/${member.person.id}`}>{member.name}</Link>
                  ) : (
                    member.name
                  )}
                </h3>
                <span className="member-role">{roleLabel(membership.role)}</span>
              </div>
              {!revokeOnly && <ReadinessChip readiness={member.readiness} showReasons />}
              <ol className={`access-steps${revokeOnly ? ' single' : ''}`}>
                {!revokeOnly && (
                  <li className={accessForm ? 'is-done' : 'is-todo'}>
                    <span className="step-title">User access form</span>
                    <span className="step-state">
                      {accessForm
                        ? `Signed ${formatShortDate(accessForm.signedOn)}, version ${accessForm.formVersion}`
                        : 'Not signed yet'}
                    </span>
                    {actButton(member, 'form', 'Record signed form', accessForm !== undefined)}
                  </li>
                )}
                {!revokeOnly && (
                  <li className={accessGranted ? 'is-done' : 'is-todo'}>
                    <span className="step-title">Access granted</span>
                    <span className="step-state">
                      {accessGranted
                        ? `${formatShortDate(accessGranted.on)} by ${nameOf(accessGranted.by)}`
                        : accessForm
                          ? 'Not granted yet'
                          : 'After the form is signed'}
                    </span>
                    {(accessForm || accessGranted) &&
                      actButton(member, 'grant', 'Record access granted', accessGranted !== undefined)}
                  </li>
                )}
                {(revokeOnly || accessGranted) && (
                  <li className={accessRevoked ? 'is-done' : 'is-todo'}>
                    <span className="step-title">Access revoked</span>
                    <span className="step-state">
                      {accessRevoked
                        ? `${formatShortDate(accessRevoked.on)} by ${nameOf(accessRevoked.by)}`
                        : accessGranted
                          ? 'Not revoked'
                          : 'Never granted: nothing to revoke'}
                    </span>
                    {accessGranted &&
                      actButton(member, 'revoke', 'Revoke access', accessRevoked !== undefined)}
                  </li>
                )}
              </ol>
              {!revokeOnly && accessForm && (
                <EvidenceFiles
                  target={{ entity: 'membership', entityId: membership.id }}
                  what={`the user access form ${member.name} signed`}
                  readOnly={readOnly}
                />
              )}
              {form(member, 'form')}
              {form(member, 'grant')}
              {form(member, 'revoke')}
            </article>
          );
        })}
      </div>
      <p role="status" className="saved-note">
        {saved}
      </p>
    </>
  );
}
