/** What stops an import's records from being removed: records added since that point at them (see undo.ts). */
import Dexie from 'dexie';
import type { Person, Project } from '../../../shared/domain';
import type { DshDatabase } from '../database';

/**
 * The names of the people created by the import that something now points at (training, a project, a
 * change request), read through the person indexes for all of them at once. Bookings need a membership,
 * so memberships cover them.
 */
export async function attached(
  db: DshDatabase,
  people: readonly Person[],
  ownMemberships: readonly string[],
): Promise<string[]> {
  const ids = people.map((person) => person.id);
  const own = new Set(ownMemberships);
  const [training, memberships, requests] = await Promise.all([
    db.trainingRecords.where('personId').anyOf(ids).keys(),
    db.memberships
      .where('personId')
      .anyOf(ids)
      .filter((membership) => !own.has(membership.id))
      .toArray()
      .then((found) => found.map((membership) => membership.personId)),
    db.changeRequests.where('personId').anyOf(ids).keys(),
  ]);
  const what = (id: string) =>
    [
      [training, 'training records'],
      [memberships, 'projects'],
      [requests, 'change requests'],
    ]
      .filter(([keys]) => (keys as unknown[]).includes(id))
      .map(([, words]) => words as string);
  return people.flatMap((person) => {
    const found = what(person.id);
    return found.length > 0 ? [`${person.name} now has ${found.join(' and ')}`] : [];
  });
}

/**
 * The references of the projects created by the import that now have more than it gave them: set-up work,
 * change requests, bookings, a closure, a certificate, or members added since.
 */
export async function projectAttachments(
  db: DshDatabase,
  projects: readonly Project[],
  ownMemberships: readonly string[],
): Promise<string[]> {
  const own = new Set(ownMemberships);
  const found: string[] = [];
  for (const project of projects) {
    const counts = await Promise.all([
      db.setupTasks.where('projectId').equals(project.id).count(),
      db.changeRequests.where('projectId').equals(project.id).count(),
      db.bookings
        .where('[projectId+date]')
        .between([project.id, Dexie.minKey], [project.id, Dexie.maxKey])
        .count(),
      db.closureRecords.where('projectId').equals(project.id).count(),
      db.certificates.where('projectId').equals(project.id).count(),
      db.memberships
        .where('projectId')
        .equals(project.id)
        .filter((membership) => !own.has(membership.id))
        .count(),
    ]);
    if (counts.some((count) => count > 0)) found.push(`${project.reference} has records added since`);
  }
  return found;
}
