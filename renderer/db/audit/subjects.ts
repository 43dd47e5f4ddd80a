/**
 * "Events about a project" and "events about a person" for the audit log. An event names one record
 * (entity + id), not the project or person it belongs to, so the records that belong to them are found
 * first — the project or person itself, its memberships, training, set-up tasks, change requests, bookings,
 * closure record and certificates, each through its index — and then each record's history, through
 * `[entity+entityId+…]` on this workstation's events and the other workstations'. A project's or a person's
 * events are read whole (hundreds, bounded by that project or person, not by the log).
 *
 * A record deleted since (a booking cancelled and removed, a membership taken off) is no longer found, so
 * its events are not shown here; it stays in the unfiltered log. Finding those too needs the project and
 * person stored on every event, with an index: a schema version.
 */
import Dexie from 'dexie';
import type { AuditEvent, AuditedEntity } from '../../../shared/domain';
import type { DshDatabase } from '../database';
import { deviceOf } from './append';

/** One record an event can be about. */
export interface Subject {
  entity: AuditedEntity;
  id: string;
}

const keys = (ids: unknown[]) => ids as string[];
const of = (entity: AuditedEntity, ids: string[]): Subject[] => ids.map((id) => ({ entity, id }));

/** The project and every record that belongs to it. */
export async function subjectsOfProject(db: DshDatabase, projectId: string): Promise<Subject[]> {
  const [memberships, tasks, requests, bookings, closures, certificates] = await Promise.all([
    db.memberships.where('projectId').equals(projectId).primaryKeys(),
    db.setupTasks.where('projectId').equals(projectId).primaryKeys(),
    db.changeRequests.where('projectId').equals(projectId).primaryKeys(),
    db.bookings
      .where('[projectId+date]')
      .between([projectId, Dexie.minKey], [projectId, Dexie.maxKey])
      .primaryKeys(),
    db.closureRecords.where('projectId').equals(projectId).primaryKeys(),
    db.certificates.where('projectId').equals(projectId).primaryKeys(),
  ]);
  return [
    { entity: 'project', id: projectId },
    ...of('membership', keys(memberships)),
    ...of('setup-task', keys(tasks)),
    ...of('change-request', keys(requests)),
    ...of('booking', keys(bookings)),
    ...of('closure-record', keys(closures)),
    ...of('certificate', keys(certificates)),
  ];
}

/** The person and every record that belongs to them. */
export async function subjectsOfPerson(db: DshDatabase, personId: string): Promise<Subject[]> {
  const [memberships, trainings, bookings, requests] = await Promise.all([
    db.memberships.where('personId').equals(personId).primaryKeys(),
    db.trainingRecords.where('personId').equals(personId).primaryKeys(),
    db.bookings
      .where('[personId+date]')
      .between([personId, Dexie.minKey], [personId, Dexie.maxKey])
      .primaryKeys(),
    db.changeRequests.where('personId').equals(personId).primaryKeys(),
  ]);
  return [
    { entity: 'person', id: personId },
    ...of('membership', keys(memberships)),
    ...of('training-record', keys(trainings)),
    ...of('booking', keys(bookings)),
    ...of('change-request', keys(requests)),
  ];
}

/** The subjects both lists hold (a project and a person: the records of that person on that project). */
export function bothSubjects(a: readonly Subject[], b: readonly Subject[]): Subject[] {
  const inB = new Set(b.map((subject) => `${subject.entity}:${subject.id}`));
  return a.filter((subject) => inB.has(`${subject.entity}:${subject.id}`));
}

/** Every event about `subjects`, on every workstation, grouped by workstation (each newest first). */
export async function eventsAbout(
  db: DshDatabase,
  subjects: readonly Subject[],
): Promise<Map<string, AuditEvent[]>> {
  const own = (await deviceOf(db)) ?? '';
  const histories = await Promise.all(
    subjects.flatMap(({ entity, id }) => [
      db.auditEvents
        .where('[entity+entityId+seq]')
        .between([entity, id, Dexie.minKey], [entity, id, Dexie.maxKey])
        .toArray(),
      db.peerAuditEvents
        .where('[entity+entityId+at]')
        .between([entity, id, Dexie.minKey], [entity, id, Dexie.maxKey])
        .toArray(),
    ]),
  );
  const chains = new Map<string, AuditEvent[]>([[own, []]]);
  histories.forEach((events, index) => {
    for (const event of events) {
      // Even places hold this workstation's events (an old one may carry no device).
      const device = index % 2 === 0 ? own : (event.device ?? '');
      const chain = chains.get(device);
      if (chain) chain.push(event);
      else chains.set(device, [event]);
    }
  });
  for (const events of chains.values()) events.sort((a, b) => b.seq - a.seq);
  return chains;
}
