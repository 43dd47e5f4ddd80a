/**
 * The dashboard's pipeline narrowed to one officer ("My projects"): how many of the projects they are case
 * officer of are in progress at each stage, and how many have ended. The field has no index (no schema
 * version for it), so the kept set of their project ids (project-search-texts.ts, read once until projects
 * change) is matched against the primary keys of each `[status+stage]` and `[status+updatedAt]` range: keys
 * only, never the records.
 */
import Dexie from 'dexie';
import { STAGES, type Stage } from '../../../shared/domain';
import { ENDED_STATUSES, type Pipeline } from '../../../shared/domain/reports';
import type { DshDatabase } from '../database';
import { projectIdsOfCaseOfficer } from './project-register';

/** The pipeline of the projects `staffId` is case officer of. */
export async function pipelineCountsOf(db: DshDatabase, staffId: string): Promise<Pipeline> {
  const mine = await projectIdsOfCaseOfficer(db, staffId);
  const countMine = (keys: readonly string[]) => keys.filter((id) => mine.has(id)).length;
  const [stageKeys, endedKeys] = await Promise.all([
    Promise.all(
      STAGES.map((stage) => db.projects.where('[status+stage]').equals(['open', stage]).primaryKeys()),
    ),
    Promise.all(
      ENDED_STATUSES.map((status) =>
        db.projects
          .where('[status+updatedAt]')
          .between([status, Dexie.minKey], [status, Dexie.maxKey])
          .primaryKeys(),
      ),
    ),
  ]);
  const byStage = Object.fromEntries(
    STAGES.map((stage, i) => [stage, countMine(stageKeys[i] ?? [])]),
  ) as Record<Stage, number>;
  const byStatus = Object.fromEntries(
    ENDED_STATUSES.map((status, i) => [status, countMine(endedKeys[i] ?? [])]),
  ) as Pipeline['byStatus'];
  const open = Object.values(byStage).reduce((sum, count) => sum + count, 0);
  const ended = Object.values(byStatus).reduce((sum, count) => sum + count, 0);
  return { byStage, byStatus, open, total: open + ended };
}
