/** The closure checklist of a project: one record per project, filled in over several sittings. */
import type { ClosureForm, ClosureRecord } from '../../../shared/domain';
import { RefusedError } from '../errors';
import type { WriteContext } from '../write/context';
import { ENTITIES } from '../write/entities';
import { createRecord, requireRecord, updateRecord } from '../write/records';

const NOT_CLOSING = 'The closure checklist can be filled in once the project is active or in Closure.';

/** Starts a project's closure checklist; a second one for the same project is refused (DuplicateError). */
export function startClosureChecklist(
  ctx: WriteContext,
  projectId: string,
  form: ClosureForm,
): Promise<ClosureRecord> {
  return createRecord(
    ctx,
    ENTITIES.closureRecord,
    async (db) => {
      const project = await requireRecord(db, ENTITIES.project, projectId);
      if (project.status !== 'open' || (project.stage !== 'active' && project.stage !== 'closure')) {
        throw new RefusedError([NOT_CLOSING], 'Nothing was saved.');
      }
      return { projectId, ...form };
    },
    { tables: [ctx.db.projects] },
  );
}

/** Saves the closure checklist as it now stands. */
export function updateClosureChecklist(
  ctx: WriteContext,
  id: string,
  expectedRevision: number,
  form: ClosureForm,
): Promise<ClosureRecord> {
  return updateRecord(ctx, ENTITIES.closureRecord, id, expectedRevision, (current) => ({
    projectId: current.projectId,
    ...form,
  }));
}
