/**
 * Stage 3, Set Up: the set-up checklist, and each member's DSH environment and NHS DSA Level 1 training
 * with their readiness. Read-only once the project has ended.
 */
import { statusLabel, type Project } from '../../../../../shared/domain';
import { UnsavedFormsProvider } from '../../../../components/form/unsaved-forms';
import { ReadOnlyNotice } from '../../../../components/ReadOnlyNotice';
import { MembersTraining } from './MembersTraining';
import { SetupChecklist } from './SetupChecklist';

/** The Set Up screen of a project. */
export function SetupStage({ project }: { project: Project }) {
  const readOnly = project.status !== 'open';
  return (
    <UnsavedFormsProvider>
      {readOnly && (
        <ReadOnlyNotice>
          This project is {statusLabel(project.status).toLowerCase()}: its set-up records are kept as they
          were.
        </ReadOnlyNotice>
      )}
      <SetupChecklist projectId={project.id} readOnly={readOnly} />
      <MembersTraining projectId={project.id} readOnly={readOnly} showReadiness />
    </UnsavedFormsProvider>
  );
}
