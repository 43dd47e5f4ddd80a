/**
 * Stage 3, Set Up: the set-up checklist, and each member's DSH environment and NHS DSA Level 1 training
 * with their readiness. Read-only once the project has ended.
 */
import { statusLabel, type Project } from '../../../../../shared/domain';
import { DirtyFormsGuard } from '../../../../components/form/DirtyForms';
import { useStageFormsReport } from '../../project/dirty-forms';
import { ReadOnlyNotice } from '../../../../components/ReadOnlyNotice';
import { MembersTraining } from './MembersTraining';
import { SetupChecklist } from './SetupChecklist';

/** The Set Up screen of a project. */
export function SetupStage({ project }: { project: Project }) {
  const reportForms = useStageFormsReport();
  const readOnly = project.status !== 'open';
  return (
    <DirtyFormsGuard onDirtyChange={reportForms}>
      {readOnly && (
        <ReadOnlyNotice>
          This project is {statusLabel(project.status).toLowerCase()}: its set-up records are kept as they
          were.
        </ReadOnlyNotice>
      )}
      <SetupChecklist projectId={project.id} readOnly={readOnly} />
      <MembersTraining projectId={project.id} readOnly={readOnly} showReadiness />
    </DirtyFormsGuard>
  );
}
