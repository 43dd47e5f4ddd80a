/**
 * The dashboard's action list: every item counted, but only the items it draws named. The whole list is
 * worked out once without names (ids, kinds, dates and severities do not depend on them), which is all its
 * counts and groups need; then the people are read, and the items worked out again, only for the items the
 * screen shows (the caller says which: the first few of each group, see today-first.ts). The Reminders page
 * and the briefing still name every item (`dashboardActions`).
 *
 * The second pass reads the same records as the first, narrowed to the projects of the shown items: an item
 * depends only on its project, that project's members, their NHS DSA records, and the small catalogues
 * (shared/domain/reports/actions-*.ts), so each shown item comes out exactly as over the whole data.
 */
import type { IsoDate } from '../../../shared/dates';
import {
  actionItems,
  compareActions,
  type ActionData,
  type ActionItem,
} from '../../../shared/domain/reports';
import type { DshDatabase, ReminderAssignmentRow } from '../database';
import { acknowledgementsOf } from './acknowledgements';
import { loadActionData, namedPeople, type DashboardActions } from './dashboard-queries';
import { assignmentsOf } from './reminder-assignments';

/** What the dashboard knows of each item when it chooses which to draw: whose it is and whether it is done. */
export interface ItemOwnersRead {
  projects: ReadonlyMap<string, { caseOfficerId?: string }>;
  assignments: ReadonlyMap<string, ReminderAssignmentRow>;
}

/** Chooses the ids of the items the screen draws, from every item (unnamed, acknowledgements flagged). */
export type ShownItems = (items: readonly ActionItem[], owners: ItemOwnersRead) => Iterable<string>;

/** The records of `data` that the items about `projectIds` are worked out from. */
function narrowedTo(data: ActionData, projectIds: ReadonlySet<string>): ActionData {
  const memberships = data.memberships.filter((m) => projectIds.has(m.projectId));
  const people = new Set(memberships.map((m) => m.personId));
  return {
    ...data,
    projects: data.projects.filter((project) => projectIds.has(project.id)),
    memberships,
    trainings: data.trainings.filter((record) => people.has(record.personId)),
    bookings: data.bookings.filter((booking) => projectIds.has(booking.projectId)),
    changeRequests: data.changeRequests.filter((request) => projectIds.has(request.projectId)),
  };
}

/**
 * The action list of `today` with every item (for the counts and groups), the items `shown` chooses named
 * and in their final order; the others keep a placeholder name ("A member") and are never drawn.
 */
export async function dashboardFirstActions(
  db: DshDatabase,
  today: IsoDate,
  shown: ShownItems,
): Promise<DashboardActions> {
  const data = await loadActionData(db, today);
  const unnamed = actionItems(data, today, { keepAcknowledged: true });
  const ids = unnamed.map((item) => item.id);
  const [acknowledgements, assignments, staff] = await Promise.all([
    acknowledgementsOf(db, ids),
    assignmentsOf(db, ids),
    db.staffMembers.toArray(),
  ]);
  const acknowledged = new Set(acknowledgements.keys());
  const flagged = unnamed.map((item) => ({ ...item, acknowledged: acknowledged.has(item.id) }));
  const projects = new Map(data.projects.map((project) => [project.id, project]));
  const wanted = new Set(shown(flagged, { projects, assignments }));
  const drawn = flagged.filter((item) => wanted.has(item.id));
  const narrowed = narrowedTo(data, new Set(drawn.flatMap((item) => item.projectId ?? [])));
  const found = await db.people.bulkGet(namedPeople(drawn, narrowed, today));
  const people = found.filter((person) => person !== undefined);
  const named = new Map(
    actionItems({ ...narrowed, people }, today, { acknowledged, keepAcknowledged: true }).map((item) => [
      item.id,
      item,
    ]),
  );
  // Sorted again: a name can move an item among those with the same severity, date and kind (the caller
  // names all of those that could reach the screen, so the drawn order is the one the named list gives).
  const items = flagged.map((item) => (wanted.has(item.id) ? (named.get(item.id) ?? item) : item));
  return {
    items: items.sort(compareActions),
    acknowledgements,
    assignments,
    staff: new Map(staff.map((member) => [member.id, member])),
    projects,
    people: new Map(people.map((person) => [person.id, person])),
    settings: data.settings,
  };
}
