/** Change requests of an active project (add a user, add an application), with their decision and dates. */
import {
  ChangeRequestDecisionFormSchema,
  type ChangeRequest,
  type ChangeRequestDecisionForm,
  type ChangeRequestForm,
  type ChangeRequestStatus,
} from '../../../shared/domain';
import type { FieldChange } from '../../../shared/audit/diff';
import type { DshDatabase } from '../database';
import type { WriteContext } from '../write/context';
import { ENTITIES } from '../write/entities';
import { createRecord, requireRecord, updateRecord } from '../write/records';
import { validated } from '../write/validate';

/** Records a new change request (status `requested`). */
export function recordChangeRequest(
  ctx: WriteContext,
  projectId: string,
  form: ChangeRequestForm,
): Promise<ChangeRequest> {
  return createRecord(
    ctx,
    ENTITIES.changeRequest,
    async (db) => {
      await requireRecord(db, ENTITIES.project, projectId);
      return { projectId, ...form, status: 'requested' as const };
    },
    { tables: [ctx.db.projects] },
  );
}

/**
 * Records a decision (approved / rejected) or that the change was done. Deciding sets the decision date;
 * "done" sets the date done, and also the decision date when none was recorded. `notes` go into the audit
 * event (e.g. why the new user was not ready when the request was marked done).
 */
export async function decideChangeRequest(
  ctx: WriteContext,
  id: string,
  expectedRevision: number,
  form: ChangeRequestDecisionForm,
  notes?: Record<string, FieldChange>,
): Promise<ChangeRequest> {
  const decision = validated(ChangeRequestDecisionFormSchema, form);
  return updateRecord(
    ctx,
    ENTITIES.changeRequest,
    id,
    expectedRevision,
    (current) => {
      const note = decision.note ?? current.note;
      if (decision.status === 'done') {
        return {
          ...current,
          status: 'done',
          doneOn: decision.on,
          decidedOn: current.decidedOn ?? decision.on,
          note,
        };
      }
      return { ...current, status: decision.status, decidedOn: decision.on, note };
    },
    {
      action: decision.status === 'done' ? 'complete' : decision.status === 'approved' ? 'approve' : 'reject',
      notes,
    },
  );
}

/** A project's change requests, optionally only those with one status. */
export function changeRequestsOf(
  db: DshDatabase,
  projectId: string,
  status?: ChangeRequestStatus,
): Promise<ChangeRequest[]> {
  return status === undefined
    ? db.changeRequests.where('projectId').equals(projectId).toArray()
    : db.changeRequests.where('[projectId+status]').equals([projectId, status]).toArray();
}
