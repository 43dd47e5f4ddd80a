/**
 * Reminders given to an officer other than the project's case officer. A reminder is its project's case
 * officer's by default; assigning it stores one row (and an `assign` audit event about the project or person
 * the reminder concerns) in one transaction. Giving it back to the case officer removes the row, so the table
 * holds only the exceptions. In a team the row is a synced record (its id is the reminder without its window,
 * alike on every workstation): an assignment and its removal reach the other workstations; of two made apart
 * the later by the causal clock stands.
 *
 * Decisions: a reminder's id changes with its window (the 30-day DSA reminder becomes the 7-day one, see
 * shared/domain/reports/action-types.ts); an assignment follows the reminder across windows, so rows are
 * keyed by the id without its window (`reminderSubject`). Only a staff member still in the team can be
 * chosen. The table is small (only the exceptions), so reading it whole is cheaper than a key per item.
 */
import type { ActionItem } from '../../../shared/domain/reports';
import { appendAuditEvent } from '../audit/append';
import type { DshDatabase, ReminderAssignmentRow } from '../database';
import { RefusedError } from '../errors';
import { instantOf, type WriteContext } from '../write/context';

/** What an assignment needs to know about the reminder. */
export type AssignedItem = Pick<ActionItem, 'id' | 'target' | 'projectId' | 'title'>;

const NOTHING_SAVED = 'The reminder was not assigned.';

/** The reminder's id without the window in days it ends with (if any): the same reminder across windows. */
export function reminderSubject(itemId: string): string {
  return itemId.replace(/:\d+$/, '');
}

/**
 * Gives the reminder to `staffId`, or back to the project's case officer (`undefined`, or the case officer's
 * id): then the row is removed. Returns the row stored, or undefined when none is left.
 */
export function assignReminder(
  ctx: WriteContext,
  item: AssignedItem,
  staffId: string | undefined,
): Promise<ReminderAssignmentRow | undefined> {
  const { db } = ctx;
  const tables = [db.reminderAssignments, db.staffMembers, db.projects, db.auditEvents, db.meta];
  return db.transaction('rw', tables, async () => {
    const project = item.projectId ? await db.projects.get(item.projectId) : undefined;
    const caseOfficerId = project?.caseOfficerId;
    const subject = reminderSubject(item.id);
    const previous = await db.reminderAssignments.get(subject);
    const before = previous?.staffId ?? caseOfficerId;
    const backToCaseOfficer = staffId === undefined || staffId === caseOfficerId;
    const after = backToCaseOfficer ? caseOfficerId : staffId;
    if (before === after && backToCaseOfficer === !previous) return previous;
    const staff = after ? await db.staffMembers.get(after) : undefined;
    if (!backToCaseOfficer && (!staff || !staff.active)) {
      throw new RefusedError(
        ['Choose an officer from the current DSH team: this staff member is not in it.'],
        NOTHING_SAVED,
      );
    }
    const named = async (id: string | undefined) =>
      id ? ((await db.staffMembers.get(id))?.name ?? 'a former staff member') : 'no one';
    // The event comes first: the row carries its clock.
    const event = await appendAuditEvent(db, ctx, {
      entity: item.target.type,
      entityId: item.target.id,
      action: 'assign',
      changes: {
        reminder: { after: item.title },
        assignedTo: { before: await named(before), after: await named(after) },
      },
    });
    const at = instantOf(ctx);
    const row: ReminderAssignmentRow | undefined = backToCaseOfficer
      ? undefined
      : {
          id: subject,
          itemId: item.id,
          staffId: after as string,
          at,
          byStaffId: ctx.actor.staffId,
          byStaffName: ctx.actor.staffName,
          revision: (previous?.revision ?? 0) + 1,
          updatedAt: at,
          // Which of two assignments made apart is the later, alike on every workstation (last-writer.ts).
          ...(event.hlc ? { hlc: event.hlc } : {}),
          ...(event.device ? { device: event.device } : {}),
        };
    // Giving it back deletes the row (in a team, a deletion the other workstations apply too).
    if (row) await db.reminderAssignments.put(row);
    else if (previous) await db.reminderAssignments.delete(subject);
    return row;
  });
}

/** The assignments standing for these reminders, by reminder id (matched across windows). */
export async function assignmentsOf(
  db: DshDatabase,
  itemIds: readonly string[],
): Promise<Map<string, ReminderAssignmentRow>> {
  if (itemIds.length === 0) return new Map();
  const bySubject = new Map((await db.reminderAssignments.toArray()).map((row) => [row.id, row]));
  const found = new Map<string, ReminderAssignmentRow>();
  for (const id of itemIds) {
    const row = bySubject.get(reminderSubject(id));
    if (row) found.set(id, row);
  }
  return found;
}
