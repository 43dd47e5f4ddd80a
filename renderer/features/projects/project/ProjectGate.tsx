/**
 * The gate of the project's current stage, wired to the database: the facts are read live (members,
 * training, set-up tasks…), `canAdvance` judges them on today's London date, and each move goes through
 * the repository (which judges again, in its transaction). A move is refused while a form of the page has
 * unsaved changes, since the gate reads what is saved.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { londonToday } from '../../../../shared/dates';
import { canAdvance, unmetRequirementItems, type GateTarget } from '../../../../shared/domain';
import { useApp } from '../../../app/app-context';
import { useWriteContext } from '../../../app/current-staff';
import { loadProjectFacts } from '../../../db/repositories/project-facts';
import { moveProject, type MoveRequest } from '../../../db/repositories/project-moves';
import { GatePanel, type GateActions } from '../stage/GatePanel';
import { focusGateTarget } from '../stage/gate-targets';
import { useUnsavedForms } from '../../../components/form/unsaved-forms';

/** How long a link of the gate waits for the current stage's screen to show its field (in frames). */
const FRAMES_TO_WAIT = 30;

/**
 * The gate panel of a project (nothing once the project has ended). `onShowStage` shows the current stage's
 * screen, where a requirement's link then finds its field.
 */
export function ProjectGate({
  projectId,
  onMoved,
  onShowStage,
}: {
  projectId: string;
  onMoved: () => void;
  onShowStage: () => void;
}) {
  const { db } = useApp();
  const ctx = useWriteContext();
  // A form of a stage screen is not named: "the form on this stage" (said once, however many).
  const unsaved = [...new Set(useUnsavedForms().map((form) => form.label ?? 'form on this stage'))];
  const loaded = useLiveQuery(() => loadProjectFacts(db, projectId), [db, projectId]);
  if (!loaded) return null;
  const { project, facts } = loaded;
  const today = londonToday();
  const gate = canAdvance(project, facts, today);
  const items = gate.allowed || project.status !== 'open' ? [] : unmetRequirementItems(project, facts, today);

  // Another stage's tab may be shown: show the current one, then focus the field once it is drawn.
  const goTo = (target: GateTarget) => {
    if (focusGateTarget(target, project.stage)) return;
    onShowStage();
    let frames = 0;
    const attempt = () => {
      if (!focusGateTarget(target, project.stage) && (frames += 1) < FRAMES_TO_WAIT) {
        requestAnimationFrame(attempt);
      }
    };
    requestAnimationFrame(attempt);
  };

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
  return <GatePanel project={project} gate={gate} items={items} onGoTo={goTo} actions={actions} />;
}
