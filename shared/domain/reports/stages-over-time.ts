/**
 * Projects per stage over time: for each month, where every project stood at the end of that month.
 *
 * Approximation: a project keeps only the day it LAST entered each stage (`stageEnteredAt`), so a stint in a
 * stage that was later re-entered after a move back is lost. On a given day a project is taken to be in its
 * current stage if it has entered it by then; otherwise in the stage with the latest recorded entry on or
 * before that day (on a tie, the later stage); in Enquiry from the day the enquiry was received; and in its
 * ended status (closed, declined, withdrawn) from the day it ended.
 */
import type { IsoDate } from '../../dates';
import type { Project } from '../schemas/project';
import { STAGES, stageLabel, statusLabel, type Stage } from '../stages';
import { monthEnd, monthsIn, type DateRange, type IsoMonth } from './calendar';
import { ENDED_STATUSES, type EndedStatus } from './pipeline';
import type { ReportColumn, ReportTable } from './table';

/** Where a project stood on a day: a stage while open, or how it ended. */
export type StandingOn = Stage | EndedStatus;

/** One month: how many projects stood in each stage and ended status at its end. */
export type StageSnapshotRow = { month: IsoMonth; asOf: IsoDate } & Record<StandingOn, number>;

type Dated = Pick<Project, 'stage' | 'status' | 'stageEnteredAt' | 'enquiry' | 'ended'>;

/** Where the project stood at the end of `day`; undefined before its enquiry arrived. */
export function standingOn(project: Dated, day: IsoDate): StandingOn | undefined {
  const entered = project.stageEnteredAt;
  const received =
    entered.enquiry && entered.enquiry < project.enquiry.receivedOn
      ? entered.enquiry
      : project.enquiry.receivedOn;
  if (day < received) return undefined;
  if (project.status !== 'open' && project.ended && project.ended.on <= day) return project.status;
  const current = entered[project.stage];
  if (current !== undefined && current <= day) return project.stage;
  let best: Stage = 'enquiry';
  let bestDay = '';
  for (const stage of STAGES) {
    const on = entered[stage];
    if (on !== undefined && on <= day && on >= bestDay) [best, bestDay] = [stage, on];
  }
  return best;
}

const COLUMNS: readonly ReportColumn<StageSnapshotRow>[] = [
  { key: 'month', label: 'Month', kind: 'month' },
  { key: 'asOf', label: 'As of', kind: 'date' },
  ...STAGES.map((stage) => ({ key: stage, label: stageLabel(stage), kind: 'count' as const })),
  ...ENDED_STATUSES.map((status) => ({ key: status, label: statusLabel(status), kind: 'count' as const })),
];

function emptyCounts(): Record<StandingOn, number> {
  return Object.fromEntries([...STAGES, ...ENDED_STATUSES].map((key) => [key, 0])) as Record<
    StandingOn,
    number
  >;
}

/** For each month of the range, how many projects stood in each stage (and ended status) at its end. */
export function projectsPerStageOverTime(
  projects: readonly Dated[],
  months: DateRange,
): ReportTable<StageSnapshotRow> {
  const rows = monthsIn(months).map((month): StageSnapshotRow => {
    const end = monthEnd(month);
    // The last month is taken at the end of the range when it ends earlier (e.g. today).
    const asOf = end < months.to ? end : months.to;
    const counts = emptyCounts();
    for (const project of projects) {
      const standing = standingOn(project, asOf);
      if (standing) counts[standing] += 1;
    }
    return { month, asOf, ...counts };
  });
  return { columns: COLUMNS, rows };
}
