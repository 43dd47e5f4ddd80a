/**
 * Change requests that touch more than one record, each in ONE transaction with an audit event per record:
 * asking to add someone who is not recorded yet (the person and the request), and deciding an add-user
 * request (approving it, or marking it done, makes the person a member so they can be trained, sign the
 * form and be given access).
 */
import {
  notDoneReasons,
  type ChangeRequest,
  type ChangeRequestDecisionForm,
  type ChangeRequestForm,
  type MembershipRole,
  type Person,
  type PersonForm,
} from '../../../shared/domain';
import { NotReadyError } from '../errors';
import type { WriteContext } from '../write/context';
import { ENTITIES } from '../write/entities';
import { requireRecord } from '../write/records';
import { decideChangeRequest, recordChangeRequest } from './change-requests';
import { addMember } from './memberships';
import { addPerson } from './people';
import { factsOf, factTables } from './project-facts';

function tables(ctx: WriteContext) {
  const { db } = ctx;
  return [
    db.changeRequests,
    db.memberships,
    db.people,
    db.projects,
    db.auditEvents,
    db.meta,
    ...factTables(db),
  ];
}

/** Records a new person and a request to add them to the project, together (a duplicate e-mail saves neither). */
export function requestNewUser(
  ctx: WriteContext,
  projectId: string,
  person: PersonForm,
  request: Omit<ChangeRequestForm, 'kind' | 'personId'>,
): Promise<{ person: Person; request: ChangeRequest }> {
  return ctx.db.transaction('rw', tables(ctx), async () => {
    const added = await addPerson(ctx, person);
    const recorded = await recordChangeRequest(ctx, projectId, {
      ...request,
      kind: 'add-user',
      personId: added.id,
    });
    return { person: added, request: recorded };
  });
}

/**
 * Decides a change request (or marks it done). An add-user request that is approved or done also makes its
 * person a member with `role`, unless they already are one. Marking an add-user request done while its
 * person is not ready on that day is refused (NotReadyError, with the reasons) unless `notReadyAccepted`:
 * then the reasons are kept in the audit event.
 */
export function decideChangeRequestAndAddMember(
  ctx: WriteContext,
  id: string,
  expectedRevision: number,
  decision: ChangeRequestDecisionForm,
  role: MembershipRole = 'analyst',
  { notReadyAccepted = false }: { notReadyAccepted?: boolean } = {},
): Promise<ChangeRequest> {
  const { db } = ctx;
  return db.transaction('rw', tables(ctx), async () => {
    const request = await requireRecord(db, ENTITIES.changeRequest, id);
    let notReady: string[] = [];
    if (decision.status === 'done') {
      const facts = await factsOf(db, { id: request.projectId });
      const person = request.personId ? await db.people.get(request.personId) : undefined;
      const people = person ? [...facts.people, person] : facts.people;
      const trainings = request.personId
        ? await db.trainingRecords.where('personId').equals(request.personId).toArray()
        : [];
      notReady = notDoneReasons(request, { ...facts, people, trainings }, decision.on);
      if (notReady.length > 0 && !notReadyAccepted) throw new NotReadyError(notReady);
    }
    const notes = notReady.length > 0 ? { notReadyWhenDone: { after: notReady } } : undefined;
    const decided = await decideChangeRequest(ctx, id, expectedRevision, decision, notes);
    const joins = decided.status === 'approved' || decided.status === 'done';
    if (request.kind === 'add-user' && request.personId && joins) {
      const existing = await db.memberships
        .where('[projectId+personId]')
        .equals([request.projectId, request.personId])
        .first();
      if (!existing) await addMember(ctx, request.projectId, { personId: request.personId, role });
    }
    return decided;
  });
}
