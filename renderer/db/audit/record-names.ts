/**
 * The names the officer knows the records of some audit events by: a project's reference, a person's
 * name, "Dr A Smith on DSH-2026-047" for a membership, a certificate's number. Read for the events on screen
 * only (a page of the log), a few index look-ups per kind of record.
 */
import type { AuditNames } from '../../../shared/audit/describe';
import { formatShortDate } from '../../../shared/dates';
import { weekdayName, type AuditEvent, type AuditedEntity } from '../../../shared/domain';
import type { DshDatabase } from '../database';

/** Names by `entity:id`; a record no longer stored (deleted) has none. */
export type RecordNames = ReadonlyMap<string, string>;

const keyOf = (entity: AuditedEntity, id: string) => `${entity}:${id}`;

/** The names as `describeAuditEvent` asks for them. */
export function auditNames(names: RecordNames): AuditNames {
  return { recordName: (entity, id) => names.get(keyOf(entity, id)) };
}

const present = <T>(rows: (T | undefined)[]): T[] => rows.filter((row): row is T => row !== undefined);

/** The names of the records `events` speak about (those still stored). */
export async function recordNamesOf(db: DshDatabase, events: readonly AuditEvent[]): Promise<RecordNames> {
  const ids = (entity: AuditedEntity) => [
    ...new Set(events.filter((e) => e.entity === entity).map((e) => e.entityId)),
  ];
  const memberships = present(await db.memberships.bulkGet(ids('membership')));
  const trainings = present(await db.trainingRecords.bulkGet(ids('training-record')));
  const bookings = present(await db.bookings.bulkGet(ids('booking')));
  const byProject = [
    ...present(await db.setupTasks.bulkGet(ids('setup-task'))).map((r) => ['setup-task', r] as const),
    ...present(await db.changeRequests.bulkGet(ids('change-request'))).map(
      (r) => ['change-request', r] as const,
    ),
    ...present(await db.closureRecords.bulkGet(ids('closure-record'))).map(
      (r) => ['closure-record', r] as const,
    ),
  ];
  const projectIds = new Set([
    ...ids('project'),
    ...memberships.map((m) => m.projectId),
    ...bookings.map((b) => b.projectId),
    ...byProject.map(([, r]) => r.projectId),
  ]);
  const personIds = new Set([
    ...ids('person'),
    ...memberships.map((m) => m.personId),
    ...trainings.map((t) => t.personId),
    ...bookings.map((b) => b.personId),
  ]);
  const projects = new Map(
    present(await db.projects.bulkGet([...projectIds])).map((p) => [p.id, p.reference]),
  );
  const people = new Map(present(await db.people.bulkGet([...personIds])).map((p) => [p.id, p.name]));
  const names = new Map<string, string>();
  const put = (entity: AuditedEntity, id: string, name: string | undefined) => {
    if (name) names.set(keyOf(entity, id), name);
  };
  for (const id of ids('project')) put('project', id, projects.get(id));
  for (const id of ids('person')) put('person', id, people.get(id));
  for (const m of memberships) {
    put(
      'membership',
      m.id,
      `${people.get(m.personId) ?? 'someone'} on ${projects.get(m.projectId) ?? 'a project'}`,
    );
  }
  for (const t of trainings) put('training-record', t.id, `of ${people.get(t.personId) ?? 'someone'}`);
  for (const b of bookings) {
    put('booking', b.id, `of ${people.get(b.personId) ?? 'someone'} on ${formatShortDate(b.date)}`);
  }
  for (const [entity, r] of byProject) put(entity, r.id, `of ${projects.get(r.projectId) ?? 'a project'}`);
  for (const c of present(await db.certificates.bulkGet(ids('certificate'))))
    put('certificate', c.id, c.number);
  for (const s of present(await db.staffMembers.bulkGet(ids('staff-member'))))
    put('staff-member', s.id, s.name);
  for (const a of present(await db.applications.bulkGet(ids('application'))))
    put('application', a.id, a.name);
  for (const c of present(await db.connectionTypes.bulkGet(ids('connection-type')))) {
    put('connection-type', c.id, c.name);
  }
  for (const t of present(await db.sessionTemplates.bulkGet(ids('session-template')))) {
    put('session-template', t.id, t.label ?? `${weekdayName(t.weekday)} ${t.start}–${t.end}`);
  }
  for (const b of present(await db.blackoutDates.bulkGet(ids('blackout-date')))) {
    put('blackout-date', b.id, formatShortDate(b.date));
  }
  return names;
}
