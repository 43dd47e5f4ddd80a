/**
 * People on projects: adding a member, and recording the user access form, access granted and access
 * revoked (each its own audit action, so the project timeline reads as what happened).
 */
import type {
  Membership,
  MembershipAccessForm,
  MembershipForm,
  MembershipRole,
} from '../../../shared/domain';
import type { WriteContext } from '../write/context';
import { ENTITIES } from '../write/entities';
import { createRecord, deleteRecord, requireRecord, updateRecord } from '../write/records';

/** A dated act by a staff member (`by` is a StaffMember id). */
export type StaffAct = { on: string; by: string };
/** The user access form as signed. */
export type AccessFormSignature = NonNullable<Membership['accessForm']>;

/** Adds a person to a project with a role; a person already on the project is refused (DuplicateError). */
export function addMember(ctx: WriteContext, projectId: string, form: MembershipForm): Promise<Membership> {
  return createRecord(
    ctx,
    ENTITIES.membership,
    async (db) => {
      await requireRecord(db, ENTITIES.project, projectId);
      await requireRecord(db, ENTITIES.person, form.personId);
      return { projectId, personId: form.personId, role: form.role };
    },
    { tables: [ctx.db.projects, ctx.db.people] },
  );
}

/** Changes a member's role on the project. */
export function changeMemberRole(
  ctx: WriteContext,
  id: string,
  expectedRevision: number,
  role: MembershipRole,
): Promise<Membership> {
  return updateRecord(ctx, ENTITIES.membership, id, expectedRevision, (current) => ({ ...current, role }));
}

/** Records the user access form, access granted and access revoked together (corrections). */
export function updateMemberAccess(
  ctx: WriteContext,
  id: string,
  expectedRevision: number,
  access: MembershipAccessForm,
): Promise<Membership> {
  return updateRecord(ctx, ENTITIES.membership, id, expectedRevision, (current) => ({
    ...current,
    accessForm: access.accessForm,
    accessGranted: access.accessGranted,
    accessRevoked: access.accessRevoked,
  }));
}

/** Records that the member signed the user access form (date, version of the form). */
export function recordAccessForm(
  ctx: WriteContext,
  id: string,
  expectedRevision: number,
  accessForm: AccessFormSignature,
): Promise<Membership> {
  return updateRecord(ctx, ENTITIES.membership, id, expectedRevision, (m) => ({ ...m, accessForm }), {
    action: 'record-access-form',
  });
}

/** Records that a staff member granted the member access. */
export function grantAccess(
  ctx: WriteContext,
  id: string,
  expectedRevision: number,
  granted: StaffAct,
): Promise<Membership> {
  return updateRecord(
    ctx,
    ENTITIES.membership,
    id,
    expectedRevision,
    (m) => ({ ...m, accessGranted: granted }),
    {
      action: 'grant-access',
    },
  );
}

/** Records that a staff member revoked the member's access. */
export function revokeAccess(
  ctx: WriteContext,
  id: string,
  expectedRevision: number,
  revoked: StaffAct,
): Promise<Membership> {
  return updateRecord(
    ctx,
    ENTITIES.membership,
    id,
    expectedRevision,
    (m) => ({ ...m, accessRevoked: revoked }),
    {
      action: 'revoke-access',
    },
  );
}

/** Removes a person added to a project by mistake. */
export function removeMember(
  ctx: WriteContext,
  id: string,
  expectedRevision: number,
  reason?: string,
): Promise<void> {
  return deleteRecord(ctx, ENTITIES.membership, id, expectedRevision, { reason });
}
