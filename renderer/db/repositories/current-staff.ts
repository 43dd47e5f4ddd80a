/**
 * Who is using the app on this computer: the chosen staff member's id, kept in `meta` under
 * `currentStaffId`. It is a setting of this computer, not a record: it is not synced, a restore keeps it
 * (THIS_COMPUTER_META_KEYS in backup/restore.ts), and it is not audited — every write made afterwards names its staff member in
 * its own audit event, the way the team-mode flag and the sync checkpoint are kept unaudited beside it.
 */
import type { DshDatabase } from '../database';

/** The meta key under which this computer remembers its current staff member. */
export const CURRENT_STAFF_KEY = 'currentStaffId';

/** The id of the staff member chosen on this computer, if any. */
export async function chosenStaffId(db: DshDatabase): Promise<string | undefined> {
  return (await db.meta.get(CURRENT_STAFF_KEY))?.value;
}

/** Remembers `staffId` as the staff member using the app on this computer. */
export async function chooseCurrentStaff(db: DshDatabase, staffId: string): Promise<void> {
  await db.meta.put({ key: CURRENT_STAFF_KEY, value: staffId });
}

/** Forgets the choice, so the app asks who is using it again. */
export async function forgetCurrentStaff(db: DshDatabase): Promise<void> {
  await db.meta.delete(CURRENT_STAFF_KEY);
}
