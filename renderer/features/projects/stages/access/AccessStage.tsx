/**
 * Stage 4, Access: each member's user access form and access granted, with their readiness today; revoking
 * access. The members' training is shown too, since readiness needs it on the day. Read-only once ended.
 */
import { statusLabel, type Project } from '../../../../../shared/domain';
import { UnsavedFormsProvider } from '../../../../components/form/unsaved-forms';
import { ReadOnlyNotice } from '../../../../components/ReadOnlyNotice';
import { MembersTraining } from '../setup/MembersTraining';
import { MembersAccess } from './MembersAccess';

/** The Access screen of a project. */
export function AccessStage({ project }: { project: Project }) {
  const readOnly = project.status !== 'open';
  return (
    <UnsavedFormsProvider>
      {readOnly && (
        <ReadOnlyNotice>
          This project is {statusLabel(project.status).toLowerCase()}: its access records are kept as they
          were.
        </ReadOnlyNotice>
      )}
      <MembersAccess projectId={project.id} readOnly={readOnly} />
      <MembersTraining projectId={project.id} readOnly={readOnly} />
    </UnsavedFormsProvider>
  );
}
