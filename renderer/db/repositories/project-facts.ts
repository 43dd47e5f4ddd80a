/**
 * Gathering the ProjectFacts the pure gates read, through indexes: the project's memberships, its members'
 * people and training records, set-up tasks, closure checklist and current certificate, plus the connection types
 * and settings. Works inside a caller's transaction too (moves gather the facts where they write).
 */
import type { Table } from 'dexie';
import { currentCertificate, type Project, type ProjectFacts } from '../../../shared/domain';
import type { DshDatabase } from '../database';
import { NotFoundError } from '../errors';
import { getSettings } from './settings';

/** The tables the facts are read from (for a transaction that gathers them). */
export function factTables(db: DshDatabase): Table[] {
  return [
    db.projects,
    db.memberships,
    db.people,
    db.trainingRecords,
    db.setupTasks,
    db.closureRecords,
    db.certificates,
    db.connectionTypes,
    db.settings,
  ];
}

/** The facts about a project (the project is given, e.g. as just read in a transaction). */
export async function factsOf(db: DshDatabase, project: Pick<Project, 'id'>): Promise<ProjectFacts> {
  const memberships = await db.memberships.where('projectId').equals(project.id).toArray();
  const personIds = memberships.map((membership) => membership.personId);
  // Awaited one by one: a plain Promise.all can lose Dexie's transaction zone on the way back.
  const people = await db.people.bulkGet(personIds);
  const trainings = await db.trainingRecords.where('personId').anyOf(personIds).toArray();
  const setupTasks = await db.setupTasks.where('projectId').equals(project.id).toArray();
  const closure = await db.closureRecords.where('projectId').equals(project.id).first();
  // A project keeps its void certificates beside the one that stands; the gates read the one that stands.
  const certificate = currentCertificate(
    await db.certificates.where('projectId').equals(project.id).toArray(),
  );
  const connectionTypes = await db.connectionTypes.toArray();
  const settings = await getSettings(db);
  return {
    memberships,
    people: people.filter((person) => person !== undefined),
    trainings,
    setupTasks,
    closure,
    certificate,
    connectionTypes,
    settings,
  };
}

/** The project and every fact its gates read; NotFoundError when the project does not exist. */
export async function loadProjectFacts(
  db: DshDatabase,
  projectId: string,
): Promise<{ project: Project; facts: ProjectFacts }> {
  return db.transaction('r', factTables(db), async () => {
    const project = await db.projects.get(projectId);
    if (!project) throw new NotFoundError('This project');
    return { project, facts: await factsOf(db, project) };
  });
}
