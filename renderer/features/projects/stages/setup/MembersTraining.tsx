/**
 * Each member's training, with their readiness on the project today and its reasons: the DSH environment
 * training and an NHS DSA Level 1 valid on the day are what Set Up asks of every member.
 */
import { Link } from 'react-router';
import { ReadinessChip } from '../../../../components/ReadinessChip';
import { roleLabel } from '../../../../../shared/documents/labels';
import { TrainingRecords } from '../../../people/training/TrainingRecords';
import { useProjectMembers } from '../../../../components/people/use-project-members';
import { MemberStepActions } from '../access/MemberStepActions';
import './setup.css';

/** The members' training panel. */
export function MembersTraining({
  projectId,
  readOnly,
  showReadiness = false,
}: {
  projectId: string;
  readOnly: boolean;
  /** Show each member's readiness and its reasons (where no access panel above shows it). */
  showReadiness?: boolean;
}) {
  const data = useProjectMembers(projectId);
  return (
    <section className="panel" aria-labelledby="members-training-heading">
      <h2 id="members-training-heading">Training of members</h2>
      <p className="panel-intro">
        Every member needs DSH environment training and NHS DSA Level 1 training that is valid on the day.
        Training belongs to the person, so a course recorded here counts for all their projects.
      </p>
      {data && (
        <MemberStepActions
          projectId={projectId}
          choices={[
            { step: 'training', kind: 'dsh-environment' },
            { step: 'training', kind: 'nhs-dsa-level-1' },
          ]}
          members={data.members}
          settings={data.settings}
          readOnly={readOnly}
        />
      )}
      {data && data.members.length === 0 && (
        <p>No members yet. The people who need access are added on the onboarding form.</p>
      )}
      {data && data.members.length > 0 && (
        <div className="member-cards">
          {data.members.map((member) => (
            <article
              key={member.membership.id}
              className="member-card"
              aria-labelledby={`member-${member.membership.id}`}
            >
              <div className="member-card-head">
                <h3 id={`member-${member.membership.id}`}>
                  {member.person ? (
                    <Link to={`/people/${member.person.id}`}>{member.name}</Link>
                  ) : (
                    member.name
                  )}
                </h3>
                <span className="member-role">{roleLabel(member.membership.role)}</span>
              </div>
              {showReadiness && <ReadinessChip readiness={member.readiness} showReasons />}
              {member.person && (
                <TrainingRecords
                  person={member.person}
                  records={member.trainings}
                  settings={data.settings}
                  readOnly={readOnly}
                />
              )}
            </article>
          ))}
        </div>
      )}
    </section>
  );
}
