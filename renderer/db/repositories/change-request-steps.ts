/**
 * Change requests that touch more than one record, each in ONE transaction with an audit event per record:
 * asking to add someone who is not recorded yet (the person and the request), and deciding an add-user
 * request (approving it, or marking it done, makes the person a member so they can be trained, sign the
 * form and be given access).
 */
import type {
  ChangeRequest,
  ChangeRequestDecisionForm,
  ChangeRequestForm,
  MembershipRole,
  Person,
  PersonForm,
} from '../../../shared/domain';
import type { WriteContext } from '../write/context';
import { ENTITIES } from '../write/entities';
import { requireRecord } from '../write/records';
import { decideChangeRequest, recordChangeRequest } from './change-requests';
import { addMember } from './memberships';
import { addPerson } from './people';

function tables(ctx: WriteContext) {
  const { db } = ctx;
  return [db.changeRequests, db.memberships, db.people, db.projects, db.auditEvents, db.meta];
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
 * person a member with `role`, unless they already are one.
 */
export function decideChangeRequestAndAddMember(
  ctx: WriteContext,
  id: string,
  expectedRevision: number,
  decision: ChangeRequestDecisionForm,
  role: MembershipRole = 'analyst',
): Promise<ChangeRequest> {
  const { db } = ctx;
  return db.transaction('rw', tables(ctx), async () => {
    const request = await requireRecord(db, ENTITIES.changeRequest, id);
    const decided = await decideChangeRequest(ctx, id, expectedRevision, decision);
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
