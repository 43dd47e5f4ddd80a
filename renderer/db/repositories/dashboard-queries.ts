/**
 * What the dashboard and the reminders read: the pipeline as index counts, the action list from the records
 * it can be about, and the recent activity. The history is never read whole: ended projects only as counts,
 * past bookings not at all, the audit log only its newest events.
 *
 * Reads (each an index range or key look-up):
 * - pipeline: the maintained project counts per status and stage (renderer/db/aggregates), a handful of rows;
 * - the maintained deadlines (renderer/db/aggregates/deadline-rows.ts) that can stand today: those due by the
 *   largest window by `dueOn`, and the few standing only until a later day by `until`; then by key the
 *   projects and memberships they name, every NHS DSA record of the people whose DSA they name (by
 *   `[personId+kind]`: a renewal replaces the expiry it renews), and the members of closing projects whose
 *   form names no lead (by `projectId`);
 * - bookings of today and tomorrow by `[status+date]`; change requests by `status`;
 * - by id: the people the items name, and the acknowledgements of the items;
 * - the reminders given to another officer (a small table of exceptions) and the staff (for their names);
 * - the small catalogues (connection types, sessions, applications) and the settings;
 * - recent activity: the newest audit events by `seq`, and by id the projects and people they name.
 * Their cost grows with the reminders that can stand today, not with the projects in progress or the history.
 */
import type { Table } from 'dexie';
import { addDaysIso, type IsoDate } from '../../../shared/dates';
import {
  STAGES,
  type AuditEvent,
  type Booking,
  type ChangeRequest,
  type Person,
  type Project,
  type StaffMember,
} from '../../../shared/domain';
import {
  ENDED_STATUSES,
  actionItems,
  isCurrentMember,
  type ActionData,
  type ActionItem,
  type Pipeline,
} from '../../../shared/domain/reports';
import { DEADLINE_HORIZON_DAYS, DSA_KIND, type DeadlineRow } from '../aggregates/deadline-rows';
import { projectCounts, sumProjectCounts } from '../aggregates/reads';
import { pageAuditEvents } from '../audit/queries';
import type { AcknowledgementRow, DshDatabase, ReminderAssignmentRow } from '../database';
import { acknowledgementsOf } from './acknowledgements';
import { assignmentsOf } from './reminder-assignments';
import { getSettings, type SettingsView } from './settings';

/** Open projects per stage and ended projects per status, from the maintained project counts. */
export async function pipelineCounts(db: DshDatabase): Promise<Pipeline> {
  const counts = await projectCounts(db);
  const byStage = Object.fromEntries(
    STAGES.map((stage) => [stage, sumProjectCounts(counts, { status: 'open', stage })]),
  ) as Pipeline['byStage'];
  const byStatus = Object.fromEntries(
    ENDED_STATUSES.map((status) => [status, sumProjectCounts(counts, { status })]),
  ) as Pipeline['byStatus'];
  const open = Object.values(byStage).reduce((sum, count) => sum + count, 0);
  return { byStage, byStatus, open, total: open + Object.values(byStatus).reduce((a, b) => a + b, 0) };
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/**
 * The reminders that can stand on `today`: those due by the horizon (the largest window) and those standing
 * only until a day still to come (deadline-rows.ts).
 */
function deadlinesOf(db: DshDatabase, today: IsoDate): Promise<DeadlineRow[]> {
  const horizon = addDaysIso(today, DEADLINE_HORIZON_DAYS);
  return Promise.all([
    db.deadlines.where('dueOn').belowOrEqual(horizon).toArray(),
    db.deadlines.where('until').above(today).toArray(),
  ]).then(([due, limited]) => [...due, ...limited]);
}

/**
 * Everything the action list reads except the people (see `dashboardActions`): the records the deadlines
 * name, by key, and what the list needs beside them. The list is still worked out from the records
 * (shared/domain/reports), so it is exactly the one the whole data gives; a row only says which records to read.
 */
export async function loadActionData(
  db: DshDatabase,
  today: IsoDate,
): Promise<ActionData & { settings: SettingsView }> {
  const tomorrow = addDaysIso(today, 1);
  const [rows, bookings, requested, approved, connectionTypes, sessionTemplates, applications, settings] =
    await Promise.all([
      deadlinesOf(db, today),
      db.bookings
        .where('[status+date]')
        .between(['booked', today], ['booked', tomorrow], true, true)
        .toArray(),
      db.changeRequests.where('status').equals('requested').toArray(),
      db.changeRequests.where('status').equals('approved').toArray(),
      db.connectionTypes.toArray(),
      db.sessionTemplates.toArray(),
      db.applications.toArray(),
      getSettings(db),
    ]);
  const changeRequests = [...requested, ...approved];
  const projectIds = unique([...rows, ...changeRequests, ...bookings].map((record) => record.projectId));
  const memberIds = unique(rows.flatMap((row) => (row.membershipId ? [row.membershipId] : [])));
  // A person's DSA expiry is worked out from every one of their DSA records (a renewal replaces it).
  const dsaPeople = unique(rows.flatMap((row) => (row.kind === 'dsa' && row.personId ? [row.personId] : [])));
  const [found, named, trainings] = await Promise.all([
    db.projects.bulkGet(projectIds),
    db.memberships.bulkGet(memberIds),
    // One exact-key read a person, all issued at once: each is a single getAll, answered back to back
    // (an `anyOf` cursor steps through the index one round trip a record, and measured several times slower).
    Promise.all(
      dsaPeople.map((personId) =>
        db.trainingRecords.where('[personId+kind]').equals([personId, DSA_KIND]).toArray(),
      ),
    ),
  ]);
  const projects = found.filter((project) => project !== undefined);
  // The closure notice goes to the lead: the one on the form, else a member with the role lead.
  const byId = new Map(projects.map((project) => [project.id, project]));
  const closing = unique(rows.filter((row) => row.kind === 'closure').map((row) => row.projectId));
  const withoutLead = closing.filter((id) => !byId.get(id)?.onboarding.leadResearcherId);
  const ofClosing = (
    await Promise.all(withoutLead.map((id) => db.memberships.where('projectId').equals(id).toArray()))
  ).flat();
  const memberships = new Map([...named, ...ofClosing].flatMap((m) => (m ? [[m.id, m] as const] : [])));
  return {
    projects,
    people: [],
    // In id order, as a project's members are read by index: its first member with the role lead is its lead.
    memberships: [...memberships.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    trainings: trainings.flat(),
    connectionTypes,
    bookings,
    sessionTemplates,
    changeRequests,
    applications,
    settings,
  };
}

/** The people an action list names: its items' people, and those of its access items, bookings and requests. */
export function namedPeople(items: readonly ActionItem[], data: ActionData, today: IsoDate): string[] {
  const byId = new Map(data.projects.map((project) => [project.id, project]));
  const waitingForAccess = data.memberships.filter((membership) => {
    const project = byId.get(membership.projectId);
    return (
      project?.status === 'open' &&
      (project.stage === 'access' || project.stage === 'active') &&
      isCurrentMember(membership, today) &&
      !(membership.accessForm && membership.accessGranted)
    );
  });
  return unique([
    ...items.flatMap((item) => (item.target.type === 'person' ? [item.target.id] : [])),
    ...items.flatMap((item) => (item.email ? [item.email.personId] : [])),
    ...waitingForAccess.map((membership) => membership.personId),
    ...data.bookings.map((booking: Booking) => booking.personId),
    ...data.changeRequests.flatMap((request: ChangeRequest) => (request.personId ? [request.personId] : [])),
  ]);
}

/** Every table the action list reads: a write to any of them makes the dashboard read it again. */
export function actionTables(db: DshDatabase): Table[] {
  return [
    db.projects,
    db.bookings,
    db.changeRequests,
    db.connectionTypes,
    db.sessionTemplates,
    db.applications,
    db.settings,
    db.memberships,
    db.trainingRecords,
    db.people,
    db.acknowledgements,
    db.reminderAssignments,
    db.staffMembers,
    db.deadlines,
  ];
}

/** The action list with what the screens show beside it. */
export interface DashboardActions {
  /** Every item standing today, acknowledged ones included and flagged, most pressing first. */
  items: ActionItem[];
  acknowledgements: Map<string, AcknowledgementRow>;
  /** The items given to an officer other than their project's case officer, by item id. */
  assignments: Map<string, ReminderAssignmentRow>;
  /** The DSH team, by id (those who left included, for the names on their projects). */
  staff: Map<string, StaffMember>;
  projects: Map<string, Project>;
  people: Map<string, Person>;
  settings: SettingsView;
}

/** The action list of `today`: the records it reads, then the people it names and its acknowledgements. */
export async function dashboardActions(db: DshDatabase, today: IsoDate): Promise<DashboardActions> {
  const data = await loadActionData(db, today);
  // Item ids and targets do not depend on names: a first pass says whose names and acknowledgements to read.
  const unnamed = actionItems(data, today, { keepAcknowledged: true });
  const ids = unnamed.map((item) => item.id);
  const [people, acknowledgements, assignments, staff] = await Promise.all([
    db.people.bulkGet(namedPeople(unnamed, data, today)),
    acknowledgementsOf(db, ids),
    assignmentsOf(db, ids),
    db.staffMembers.toArray(),
  ]);
  const known = people.filter((person) => person !== undefined);
  const items = actionItems({ ...data, people: known }, today, {
    acknowledged: new Set(acknowledgements.keys()),
    keepAcknowledged: true,
  });
  return {
    items,
    acknowledgements,
    assignments,
    staff: new Map(staff.map((member) => [member.id, member])),
    projects: new Map(data.projects.map((project) => [project.id, project])),
    people: new Map(known.map((person) => [person.id, person])),
    settings: data.settings,
  };
}

/** The latest audit events, with the projects and people they are about (for links and references). */
export interface RecentActivity {
  events: AuditEvent[];
  projects: Map<string, Project>;
  people: Map<string, Person>;
}

/** The newest `limit` audit events, through the `seq` index, and the projects and people they name. */
export async function recentActivity(db: DshDatabase, limit: number): Promise<RecentActivity> {
  const { events } = await pageAuditEvents(db, { limit });
  const idsOf = (entity: AuditEvent['entity']) =>
    unique(events.filter((event) => event.entity === entity).map((event) => event.entityId));
  const [projects, people] = await Promise.all([
    db.projects.bulkGet(idsOf('project')),
    db.people.bulkGet(idsOf('person')),
  ]);
  return {
    events,
    projects: new Map(projects.filter((p) => p !== undefined).map((p) => [p.id, p])),
    people: new Map(people.filter((p) => p !== undefined).map((p) => [p.id, p])),
  };
}
