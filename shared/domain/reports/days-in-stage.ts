/**
 * Days spent in each stage: count, quartiles, median, min and max over every project.
 *
 * A project's recorded stage entries are put in date order (on the same day, in stage order); a stage lasts
 * from its entry to the next entry, and the last one to the day the project ended, or to today while it is
 * open (so the current stage counts with the days so far). Approximation: `stageEnteredAt` keeps only the
 * LAST entry into each stage, so after a move back the earlier stint is lost and its days fall to the stage
 * before it. Quantiles: see `statistics.ts` (linear interpolation).
 */
import type { IsoDate } from '../../dates';
import type { Project } from '../schemas/project';
import { STAGES, stageLabel, type Stage } from '../stages';
import { compareKeys, daysFrom } from './calendar';
import { spreadOf, type Spread } from './statistics';
import type { ReportColumn, ReportTable } from './table';

/** One stage: how many stays were measured, and their spread in days. */
export type StageDaysRow = { stage: Stage; label: string } & Spread;

type Dated = Pick<Project, 'stageEnteredAt' | 'status' | 'ended'>;

/** The days a project spent in each stage it entered, in date order. */
export function stageStays(project: Dated, today: IsoDate): { stage: Stage; days: number }[] {
  const entries = STAGES.flatMap((stage) => {
    const on = project.stageEnteredAt[stage];
    return on === undefined ? [] : [{ stage, on }];
  }).sort((a, b) => compareKeys(a.on, b.on) || STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage));
  const last = project.status !== 'open' && project.ended ? project.ended.on : today;
  return entries.flatMap((entry, index) => {
    const until = entries[index + 1]?.on ?? last;
    // An entry recorded after the project ended (or after today) says nothing about time spent.
    return until < entry.on ? [] : [{ stage: entry.stage, days: daysFrom(entry.on, until) }];
  });
}

const COLUMNS: readonly ReportColumn<StageDaysRow>[] = [
  { key: 'label', label: 'Stage', kind: 'text' },
  { key: 'count', label: 'Projects', kind: 'count' },
  { key: 'median', label: 'Median days', kind: 'days' },
  { key: 'p25', label: 'Lower quartile', kind: 'days' },
  { key: 'p75', label: 'Upper quartile', kind: 'days' },
  { key: 'min', label: 'Fewest days', kind: 'days' },
  { key: 'max', label: 'Most days', kind: 'days' },
];

/** Per stage, the spread of the days projects spent in it (every stage has a row, even with no stays). */
export function daysInStage(projects: readonly Dated[], today: IsoDate): ReportTable<StageDaysRow> {
  const days = new Map<Stage, number[]>(STAGES.map((stage) => [stage, []]));
  for (const project of projects) {
    for (const stay of stageStays(project, today)) days.get(stay.stage)!.push(stay.days);
  }
  const rows = STAGES.map((stage) => ({ stage, label: stageLabel(stage), ...spreadOf(days.get(stage)!) }));
  return { columns: COLUMNS, rows };
}
