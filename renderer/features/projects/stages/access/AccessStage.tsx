/**
 * Stage 4, Access: each member's user access form and access granted, with their readiness today; revoking
 * access. The members' training is shown too, since readiness needs it on the day. Read-only once ended.
 */
import { statusLabel, type Project } from '../../../../../shared/domain';
import { DirtyFormsGuard } from '../../../../components/form/DirtyForms';
import { useStageFormsReport } from '../../project/dirty-forms';
import { ReadOnlyNotice } from '../../../../components/ReadOnlyNotice';
import { MembersTraining } from '../setup/MembersTraining';
import { MembersAccess } from './MembersAccess';

/** The Access screen of a project. */
export function AccessStage({ project }: { project: Project }) {
  const reportForms = useStageFormsReport();
  const readOnly = project.status !== 'open';
  return (
    <DirtyFormsGuard onDirtyChange={reportForms}>
      {readOnly && (
        <ReadOnlyNotice>
          This project is {statusLabel(project.status).toLowerCase()}: its access records are kept as they
          were.
        </ReadOnlyNotice>
      )}
      <MembersAccess projectId={project.id} readOnly={readOnly} />
      <MembersTraining projectId={project.id} readOnly={readOnly} />
    </DirtyFormsGuard>
  );
}
