/**
 * A project's timeline: the audit events of the project and of the records that hang off it (memberships,
 * set-up tasks, change requests, closure checklist, certificate), newest first, with the names the
 * sentences need. Each record's history is read through the `[entity+entityId+seq]` index.
 *
 * Known limit: a record deleted from the project (e.g. a member removed) is found through its row, so the
 * events of a deleted record are no longer on the timeline (they stay in the audit log).
 */
import type { AuditEvent, AuditedEntity, Person, StaffMember } from '../../../shared/domain';
import { historyOf } from '../audit/queries';
import type { DshDatabase } from '../database';

/** The events of a project's timeline and the names of the people and staff they mention. */
export interface ProjectTimeline {
  events: AuditEvent[];
  /** Person id → person, for the members the events speak about. */
  people: Map<string, Person>;
  /** Staff id → staff member. */
  staff: Map<string, StaffMember>;
  /** Membership id → person id (for events of memberships). */
  memberOf: Map<string, string>;
}

/** The timeline of one project, newest first. */
export async function projectTimeline(db: DshDatabase, projectId: string): Promise<ProjectTimeline> {
  const memberships = await db.memberships.where('projectId').equals(projectId).toArray();
  const setupTasks = await db.setupTasks.where('projectId').equals(projectId).primaryKeys();
  const changeRequests = await db.changeRequests.where('projectId').equals(projectId).primaryKeys();
  const closure = await db.closureRecords.where('projectId').equals(projectId).primaryKeys();
  const certificates = await db.certificates.where('projectId').equals(projectId).primaryKeys();
  const sources: [AuditedEntity, string][] = [
    ['project', projectId],
    ...memberships.map((m): [AuditedEntity, string] => ['membership', m.id]),
    ...setupTasks.map((id): [AuditedEntity, string] => ['setup-task', id]),
    ...changeRequests.map((id): [AuditedEntity, string] => ['change-request', id]),
    ...closure.map((id): [AuditedEntity, string] => ['closure-record', id]),
    ...certificates.map((id): [AuditedEntity, string] => ['certificate', id]),
  ];
  const events: AuditEvent[] = [];
  // One by one: a plain Promise.all can lose Dexie's transaction zone inside a live query.
  for (const [entity, id] of sources) events.push(...(await historyOf(db, entity, id)));
  events.sort((a, b) => b.seq - a.seq);

  const people = await db.people.bulkGet([...new Set(memberships.map((m) => m.personId))]);
  const staff = await db.staffMembers.toArray();
  return {
    events,
    people: new Map(people.filter((p): p is Person => p !== undefined).map((p) => [p.id, p])),
    staff: new Map(staff.map((member) => [member.id, member])),
    memberOf: new Map(memberships.map((m) => [m.id, m.personId])),
  };
}
