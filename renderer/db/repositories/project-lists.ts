/** Reading projects for lists and dashboards: counted and paged through indexes, most recently changed first. */
import Dexie, { type Collection } from 'dexie';
import { STAGES, type Project, type ProjectStatus, type Stage } from '../../../shared/domain';
import type { DshDatabase } from '../database';
import type { PageRequest } from './paging';

/** Which projects a list shows. */
export interface ProjectFilter {
  status?: ProjectStatus;
  stage?: Stage;
}

/** The projects matching `filter`, through the index that serves it, in `updatedAt` order. */
function matching(db: DshDatabase, { status, stage }: ProjectFilter): Collection<Project, string> {
  const { minKey, maxKey } = Dexie;
  if (status !== undefined && stage !== undefined) {
    return db.projects
      .where('[status+stage+updatedAt]')
      .between([status, stage, minKey], [status, stage, maxKey]);
  }
  if (status !== undefined) {
    return db.projects.where('[status+updatedAt]').between([status, minKey], [status, maxKey]);
  }
  if (stage !== undefined) {
    return db.projects.where('[stage+updatedAt]').between([stage, minKey], [stage, maxKey]);
  }
  return db.projects.orderBy('updatedAt');
}

/** A page of projects matching `filter`, most recently changed first. */
export function listProjects(
  db: DshDatabase,
  { offset = 0, limit, ...filter }: ProjectFilter & PageRequest,
): Promise<Project[]> {
  return matching(db, filter).reverse().offset(offset).limit(limit).toArray();
}

/** How many projects match `filter` (an index count). */
export function countProjects(db: DshDatabase, filter: ProjectFilter = {}): Promise<number> {
  return matching(db, filter).count();
}

/** How many projects in progress are in each stage (the dashboard): six index counts. */
export async function countOpenProjectsByStage(db: DshDatabase): Promise<Record<Stage, number>> {
  const counts = await Promise.all(
    STAGES.map((stage) => db.projects.where('[status+stage]').equals(['open', stage]).count()),
  );
  return Object.fromEntries(STAGES.map((stage, i) => [stage, counts[i] ?? 0])) as Record<Stage, number>;
}

/** One project, or undefined. */
export function getProject(db: DshDatabase, id: string): Promise<Project | undefined> {
  return db.projects.get(id);
}

/** The project with this reference (`DSH-2026-014`), or undefined. */
export function findProjectByReference(db: DshDatabase, reference: string): Promise<Project | undefined> {
  return db.projects.where('reference').equals(reference.trim().toUpperCase()).first();
}

/** Projects whose title starts with `prefix` (any letter case), by title: for pickers and search. */
export function searchProjectsByTitle(db: DshDatabase, prefix: string, limit: number): Promise<Project[]> {
  return db.projects.where('title').startsWithIgnoreCase(prefix.trim()).limit(limit).toArray();
}

/** The projects a person leads (by the onboarding form's lead researcher). */
export function projectsLedBy(db: DshDatabase, personId: string): Promise<Project[]> {
  return db.projects.where('onboarding.leadResearcherId').equals(personId).toArray();
}
