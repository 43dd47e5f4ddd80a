/**
 * The gate of the project's current stage, wired to the database: the facts are read live (members,
 * training, set-up tasks…), `canAdvance` judges them on today's London date, and each move goes through
 * the repository (which judges again, in its transaction). A move is refused while a form of the page has
 * unsaved changes, since the gate reads what is saved.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { londonToday } from '../../../../shared/dates';
import { canAdvance } from '../../../../shared/domain';
import { useApp } from '../../../app/app-context';
import { useWriteContext } from '../../../app/current-staff';
import { loadProjectFacts } from '../../../db/repositories/project-facts';
import { moveProject, type MoveRequest } from '../../../db/repositories/project-moves';
import { GatePanel, type GateActions } from '../stage/GatePanel';
import { useUnsavedForms } from '../../../components/form/unsaved-forms';

/** The gate panel of a project (nothing once the project has ended). */
export function ProjectGate({ projectId, onMoved }: { projectId: string; onMoved: () => void }) {
  const { db } = useApp();
  const ctx = useWriteContext();
  // A form of a stage screen is not named: "the form on this stage" (said once, however many).
  const unsaved = [...new Set(useUnsavedForms().map((form) => form.label ?? 'form on this stage'))];
  const loaded = useLiveQuery(() => loadProjectFacts(db, projectId), [db, projectId]);
  if (!loaded) return null;
  const { project, facts } = loaded;
  const gate = canAdvance(project, facts, londonToday());

  const move = async (request: MoveRequest) => {
    if (unsaved.length > 0) {
      throw new Error(
        `Save or discard your changes to the ${unsaved.join(' and ')} first: the gate reads what is saved.`,
      );
    }
    await moveProject(ctx, project.id, project.revision, request);
    onMoved();
  };
  const actions: GateActions = {
    advance: () => move({ kind: 'advance' }),
    override: (reason) => move({ kind: 'override', reason }),
    moveBack: (reason) => move({ kind: 'move-back', reason }),
    withdraw: (reason) => move({ kind: 'withdraw', reason }),
    decline: (reason) => move({ kind: 'decline', reason }),
  };
  return <GatePanel project={project} gate={gate} actions={actions} />;
}
