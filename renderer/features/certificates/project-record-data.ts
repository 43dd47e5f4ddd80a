/**
 * Gathering a project's record for the offline project record PDF: every stage's details, its members and
 * their readiness on the day, a summary of its bookings, and its timeline in the words the project page
 * uses. Everything is read through the project's indexes.
 */
import Dexie from 'dexie';
import type { IsoDate } from '../../../shared/dates';
import type { ProjectRecordInput, TimelineEntry } from '../../../shared/documents';
import { readinessOf, type Person } from '../../../shared/domain';
import type { DshDatabase } from '../../db/database';
import { NotFoundError } from '../../db/errors';
import { factsOf } from '../../db/repositories/project-facts';
import { projectTimeline, type ProjectTimeline } from '../../db/repositories/project-timeline';
import { timelineLines } from '../../../shared/audit/timeline-text';

const namesById = (rows: readonly { id: string; name: string }[]) =>
  Object.fromEntries(rows.map((row) => [row.id, row.name]));

/** The timeline's lines, oldest first, each with who did it and any reason given. */
function timelineEntries(timeline: ProjectTimeline): TimelineEntry[] {
  const memberName = (membershipId: string) =>
    timeline.people.get(timeline.memberOf.get(membershipId) ?? '')?.name ?? 'A former member';
  return timelineLines(timeline.events, { memberName })
    .reverse()
    .map((line) => ({
      at: line.at,
      text: [
        line.text,
        line.overridden?.length ? `Not met: ${line.overridden.join(' ')}` : '',
        line.reason ? `Reason: ${line.reason}` : '',
        `(${line.staffName})`,
      ]
        .filter(Boolean)
        .join(' '),
    }));
}

/** Everything the project record prints, as of `asOf`. */
export async function projectRecordOf(
  db: DshDatabase,
  projectId: string,
  asOf: IsoDate,
): Promise<ProjectRecordInput> {
  const project = await db.projects.get(projectId);
  if (!project) throw new NotFoundError('This project');
  const facts = await factsOf(db, project);
  const leadId = project.onboarding.leadResearcherId;
  const lead =
    leadId && !facts.people.some((person) => person.id === leadId) ? await db.people.get(leadId) : undefined;
  const people: Person[] = [...facts.people, ...(lead ? [lead] : [])];
  const bookings = await db.bookings
    .where('[projectId+date]')
    .between([projectId, Dexie.minKey], [projectId, Dexie.maxKey])
    .toArray();
  return {
    project,
    asOf,
    people,
    staffNames: namesById(await db.staffMembers.toArray()),
    applicationNames: namesById(await db.applications.toArray()),
    connectionTypeNames: namesById(facts.connectionTypes),
    members: facts.memberships.map((membership) => ({
      membership,
      readiness: readinessOf(membership, facts.trainings, asOf, facts.settings),
    })),
    trainings: facts.trainings,
    setupTasks: facts.setupTasks,
    changeRequests: await db.changeRequests.where('projectId').equals(projectId).toArray(),
    bookings: {
      upcoming: bookings.filter((b) => b.status === 'booked' && b.date >= asOf).length,
      past: bookings.filter((b) => b.status === 'booked' && b.date < asOf).length,
      cancelled: bookings.filter((b) => b.status === 'cancelled').length,
    },
    ...(facts.closure && { closure: facts.closure }),
    ...(facts.certificate && { certificate: facts.certificate }),
    timeline: timelineEntries(await projectTimeline(db, projectId)),
  };
}
