/** The set-up checklist of a project: each task marked done once, with who did it and when. */
import type { SetupTask, SetupTaskForm } from '../../../shared/domain';
import type { DshDatabase } from '../database';
import type { WriteContext } from '../write/context';
import { ENTITIES } from '../write/entities';
import { createRecord, deleteRecord, requireRecord, updateRecord } from '../write/records';

/** Marks a checklist task done; a task already done is refused (DuplicateError). */
export function markSetupTaskDone(
  ctx: WriteContext,
  projectId: string,
  form: SetupTaskForm,
): Promise<SetupTask> {
  return createRecord(
    ctx,
    ENTITIES.setupTask,
    async (db) => {
      await requireRecord(db, ENTITIES.project, projectId);
      return { projectId, ...form };
    },
    { tables: [ctx.db.projects] },
  );
}

/** Corrects who did a task, when, or its note (the task itself stays the same). */
export function updateSetupTask(
  ctx: WriteContext,
  id: string,
  expectedRevision: number,
  form: Omit<SetupTaskForm, 'kind'>,
): Promise<SetupTask> {
  return updateRecord(ctx, ENTITIES.setupTask, id, expectedRevision, (current) => ({
    ...form,
    projectId: current.projectId,
    kind: current.kind,
  }));
}

/** Marks a task not done again (removes its record), with the reason. */
export function undoSetupTask(
  ctx: WriteContext,
  id: string,
  expectedRevision: number,
  reason?: string,
): Promise<void> {
  return deleteRecord(ctx, ENTITIES.setupTask, id, expectedRevision, { reason });
}

/** The tasks done for a project. */
export function setupTasksOf(db: DshDatabase, projectId: string): Promise<SetupTask[]> {
  return db.setupTasks.where('projectId').equals(projectId).toArray();
}
