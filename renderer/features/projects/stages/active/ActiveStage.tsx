/**
 * Stage 5, Active: change requests (add a user, add an application), every member's access and training
 * (so a newly added user can be made ready), and starting the closure. Read-only once the project has ended.
 */
import { statusLabel, type Project } from '../../../../../shared/domain';
import { UnsavedFormsProvider } from '../../../../components/form/unsaved-forms';
import { ReadOnlyNotice } from '../../../../components/ReadOnlyNotice';
import { useProjectMembers } from '../../../../components/people/use-project-members';
import { MembersAccess } from '../access/MembersAccess';
import { MembersTraining } from '../setup/MembersTraining';
import { ChangeRequests } from './ChangeRequests';
import { ClosureStartPanel } from './ClosureStartPanel';
import { ProjectBookings } from './ProjectBookings';

/** The Active screen of a project. */
export function ActiveStage({ project }: { project: Project }) {
  const readOnly = project.status !== 'open';
  const data = useProjectMembers(project.id);
  return (
    <UnsavedFormsProvider>
      {readOnly && (
        <ReadOnlyNotice>
          This project is {statusLabel(project.status).toLowerCase()}: its change requests are kept as they
          were.
        </ReadOnlyNotice>
      )}
      <ProjectBookings project={project} />
      {data && <ChangeRequests projectId={project.id} members={data.members} readOnly={readOnly} />}
      <ClosureStartPanel project={project} readOnly={readOnly} />
      <MembersAccess projectId={project.id} readOnly={readOnly} />
      <MembersTraining projectId={project.id} readOnly={readOnly} />
    </UnsavedFormsProvider>
  );
}
