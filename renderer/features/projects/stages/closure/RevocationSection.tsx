/** Every member's access revoked: each member who was granted access, with the revocation to record. */
import { londonToday } from '../../../../../shared/dates';
import { useProjectMembers } from '../../../../components/people/use-project-members';
import { MemberAccessCards } from '../access/MembersAccess';
import { MemberStepActions } from '../access/MemberStepActions';
import { ClosureSection } from './ClosureSection';

/** The revocation section of the closure checklist. */
export function RevocationSection({ projectId, readOnly }: { projectId: string; readOnly: boolean }) {
  const data = useProjectMembers(projectId);
  const today = londonToday();
  const done =
    data !== undefined &&
    data.members.every(
      ({ membership: m }) =>
        !m.accessGranted || (m.accessRevoked !== undefined && m.accessRevoked.on <= today),
    );
  return (
    <ClosureSection
      id="closure-revocation"
      number={2}
      title="Access revoked"
      intro="Every member who was granted access must have it revoked."
      done={done}
    >
      {data && (
        <MemberStepActions
          projectId={projectId}
          choices={[{ step: 'access-revoked' }]}
          members={data.members}
          settings={data.settings}
          readOnly={readOnly}
        />
      )}
      {data && (
        <MemberAccessCards
          members={data.members}
          readOnly={readOnly}
          revokeOnly
          headingId="closure-revocation-heading"
        />
      )}
    </ClosureSection>
  );
}
