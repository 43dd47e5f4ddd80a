/** Reading projects for lists and dashboards: counted and paged through indexes, most recently changed first. */
import Dexie, { type Collection } from 'dexie';
import { STAGES, type Project, type ProjectStatus, type Stage } from '../../../shared/domain';
import type { DshDatabase } from '../database';

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

/** The project with this reference (`DSH-2026-014`), or undefined. */
export function findProjectByReference(db: DshDatabase, reference: string): Promise<Project | undefined> {
  return db.projects.where('reference').equals(reference.trim().toUpperCase()).first();
}
