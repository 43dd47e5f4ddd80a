/**
 * What the dashboard and the reminders read: the pipeline as index counts, the action list from the records
 * it can be about, and the recent activity. The history is never read whole: ended projects only as counts,
 * past bookings not at all, the audit log only its newest events.
 *
 * Reads (each an index range or key look-up):
 * - pipeline: the maintained project counts per status and stage (renderer/db/aggregates), a handful of rows;
 * - open projects in Onboarding, Set Up, Access, Active and Closure by `[status+stage]` (the stages that can
 *   have an action), plus by id the projects named by waiting change requests and bookings;
 * - memberships of live projects (and of closing projects whose form names no lead) by `projectId`, and the
 *   training records of their current members by `personId`, kept to the NHS DSA (every record, so a renewal
 *   replaces the expiry it renews). With many keys against the table (thousands of projects in progress),
 *   `readByKeys` reads the whole memberships or training table once instead: cheaper than thousands of reads;
 * - bookings of today and tomorrow by `[status+date]`; change requests by `status`;
 * - by id: the people the items name, and the acknowledgements of the items;
 * - the reminders given to another officer (a small table of exceptions) and the staff (for their names);
 * - the small catalogues (connection types, sessions, applications) and the settings;
 * - recent activity: the newest audit events by `seq`, and by id the projects and people they name.
 * Their cost grows with the projects in progress and their members, not with the history.
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
  type Stage,
  type StaffMember,
} from '../../../shared/domain';
import {
  ENDED_STATUSES,
  LIVE_STAGES,
  actionItems,
  isCurrentMember,
  type ActionData,
  type ActionItem,
  type Pipeline,
} from '../../../shared/domain/reports';
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

/** The stages whose open projects can have an action. */
const ACTION_STAGES: readonly Stage[] = ['onboarding', ...LIVE_STAGES, 'closure'];

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

function openProjectsIn(db: DshDatabase, stage: Stage): Promise<Project[]> {
  return db.projects.where('[status+stage]').equals(['open', stage]).toArray();
}

/**
 * The rows of `table` whose `index` equals one of `keys`. For a few keys, one exact-key read each, all issued
 * at once (each a single getAll, answered back to back). When the keys are many against the table — at DSH
 * scale the dashboard needs the members of thousands of projects in progress — one read of the whole table,
 * kept to `wanted`, is cheaper than thousands of requests (measured in bench/RESULTS.md).
 */
async function readByKeys<T>(
  table: Table<T, string>,
  index: string,
  keys: readonly string[],
  wanted: (row: T) => boolean,
): Promise<T[]> {
  if (keys.length === 0) return [];
  if (keys.length * WHOLE_TABLE_RATIO > (await table.count())) {
    return (await table.toArray()).filter(wanted);
  }
  return (await Promise.all(keys.map((key) => table.where(index).equals(key).toArray()))).flat();
}

/** Above one key for this many rows, reading the whole table is the cheaper plan. */
const WHOLE_TABLE_RATIO = 20;

/** Everything the action list reads except the people (see `dashboardActions`). */
export async function loadActionData(
  db: DshDatabase,
  today: IsoDate,
): Promise<ActionData & { settings: SettingsView }> {
  const tomorrow = addDaysIso(today, 1);
  const [byStage, bookings, requested, approved, connectionTypes, sessionTemplates, applications, settings] =
    await Promise.all([
      Promise.all(ACTION_STAGES.map((stage) => openProjectsIn(db, stage))),
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
  const projects = byStage.flat();
  const live = projects.filter((project) => LIVE_STAGES.includes(project.stage));
  const closingWithoutLead = projects.filter(
    (project) => project.stage === 'closure' && !project.onboarding.leadResearcherId,
  );
  const changeRequests = [...requested, ...approved];
  const known = new Set(projects.map((project) => project.id));
  const named = unique([...changeRequests, ...bookings].map((record) => record.projectId)).filter(
    (id) => !known.has(id),
  );
  const wantedProjects = [...live, ...closingWithoutLead];
  const wantedIds = new Set(wantedProjects.map((project) => project.id));
  const [memberships, others] = await Promise.all([
    readByKeys(db.memberships, 'projectId', [...wantedIds], (membership) =>
      wantedIds.has(membership.projectId),
    ),
    db.projects.bulkGet(named),
  ]);
  const liveIds = new Set(live.map((project) => project.id));
  const members = unique(
    memberships
      .filter((membership) => liveIds.has(membership.projectId) && isCurrentMember(membership, today))
      .map((membership) => membership.personId),
  );
  const memberIds = new Set(members);
  const trainings = (
    await readByKeys(db.trainingRecords, 'personId', members, (record) => memberIds.has(record.personId))
  ).filter((record) => record.kind === 'nhs-dsa-level-1');
  return {
    projects: [...projects, ...others.filter((project) => project !== undefined)],
    people: [],
    memberships,
    trainings,
    connectionTypes,
    bookings,
    sessionTemplates,
    changeRequests,
    applications,
    settings,
  };
}

/** The people an action list names: its items' people, and those of its access items, bookings and requests. */
function namedPeople(items: readonly ActionItem[], data: ActionData, today: IsoDate): string[] {
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
