/** The dashboard pipeline: how many projects are in each stage, and how many ended in each way. */
import type { Project } from '../schemas/project';
import { STAGES, type ProjectStatus, type Stage } from '../stages';

/** The statuses that end a project. */
export type EndedStatus = Exclude<ProjectStatus, 'open'>;
/** The ended statuses, in the order the dashboard shows them. */
export const ENDED_STATUSES: readonly EndedStatus[] = ['closed', 'declined', 'withdrawn'];

/** Open projects per stage, ended projects per status, and the totals. */
export interface Pipeline {
  byStage: Record<Stage, number>;
  byStatus: Record<EndedStatus, number>;
  open: number;
  total: number;
}

/** Counts open projects per stage and ended projects per status; every project is counted once. */
export function pipeline(projects: readonly Pick<Project, 'status' | 'stage'>[]): Pipeline {
  const byStage = Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<Stage, number>;
  const byStatus: Record<EndedStatus, number> = { closed: 0, declined: 0, withdrawn: 0 };
  for (const project of projects) {
    if (project.status === 'open') byStage[project.stage] += 1;
    else byStatus[project.status] += 1;
  }
  const open = STAGES.reduce((sum, stage) => sum + byStage[stage], 0);
  return { byStage, byStatus, open, total: projects.length };
}
