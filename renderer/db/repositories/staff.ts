/** The DSH team: the staff members who use the app and are named in its records and audit log. */
import { StaffMemberFormSchema, type StaffMember, type StaffMemberForm } from '../../../shared/domain';
import type { DshDatabase } from '../database';
import type { Actor, WriteContext } from '../write/context';
import { ENTITIES } from '../write/entities';
import { createRecord, updateRecord } from '../write/records';
import { validated } from '../write/validate';

/** Adds a member of the DSH team. */
export function addStaffMember(ctx: WriteContext, form: StaffMemberForm): Promise<StaffMember> {
  return createRecord(ctx, ENTITIES.staffMember, form);
}

/**
 * Adds the staff member who is starting the app for the first time, when no one can be chosen yet: the new
 * member is the actor of their own creation. Returns the record and the actor to use from now on.
 */
export async function enrolFirstStaffMember(
  db: DshDatabase,
  osUser: string,
  form: StaffMemberForm,
  now?: () => Date,
): Promise<{ staffMember: StaffMember; actor: Actor }> {
  const checked = validated(StaffMemberFormSchema, form);
  const id = crypto.randomUUID();
  const actor: Actor = { staffId: id, staffName: checked.name, osUser };
  const spec = { ...ENTITIES.staffMember, newId: () => id };
  const staffMember = await createRecord({ db, actor, now }, spec, checked);
  return { staffMember, actor };
}

/** Edits a staff member (e.g. marks them inactive when they leave the team). */
export function updateStaffMember(
  ctx: WriteContext,
  id: string,
  expectedRevision: number,
  form: StaffMemberForm,
): Promise<StaffMember> {
  return updateRecord(ctx, ENTITIES.staffMember, id, expectedRevision, () => form);
}

/** The whole team, by name (a team is a few dozen people). */
export function listStaff(db: DshDatabase): Promise<StaffMember[]> {
  return db.staffMembers.orderBy('name').toArray();
}

/** The staff members still in the team, by name: who can be chosen as the app's user or in a form. */
export async function listActiveStaff(db: DshDatabase): Promise<StaffMember[]> {
  return (await listStaff(db)).filter((member) => member.active);
}

/** The actor for a staff member using the app on this computer. */
export function actorOf(staffMember: Pick<StaffMember, 'id' | 'name'>, osUser: string): Actor {
  return { staffId: staffMember.id, staffName: staffMember.name, osUser };
}
