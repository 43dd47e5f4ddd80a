/** Where each demo project ends up, and the dates of its way there. */
import { addDaysIso, type IsoDate } from '../dates';
import type { ProjectStatus, Stage } from '../domain';
import type { DemoRandom } from './random';

/** The stage and status a demo project is generated in. */
export interface DemoOutcome {
  stage: Stage;
  status: ProjectStatus;
}

/** Sixty projects as a DSH team might have them over a year: most active, some at every other point. */
const MIX: ReadonlyArray<[DemoOutcome, number]> = [
  [{ stage: 'enquiry', status: 'open' }, 8],
  [{ stage: 'onboarding', status: 'open' }, 7],
  [{ stage: 'setup', status: 'open' }, 6],
  [{ stage: 'access', status: 'open' }, 5],
  [{ stage: 'active', status: 'open' }, 18],
  [{ stage: 'closure', status: 'open' }, 5],
  [{ stage: 'closure', status: 'closed' }, 4],
  [{ stage: 'enquiry', status: 'declined' }, 4],
  [{ stage: 'onboarding', status: 'withdrawn' }, 2],
  [{ stage: 'active', status: 'withdrawn' }, 1],
];

/** The outcome of the i-th of `total` projects, keeping the mix's proportions at any scale. */
export function outcomeFor(index: number, total: number): DemoOutcome {
  const weight = MIX.reduce((sum, [, w]) => sum + w, 0);
  const slot = Math.floor((index * weight) / total);
  let seen = 0;
  for (const [outcome, w] of MIX) {
    seen += w;
    if (slot < seen) return outcome;
  }
  return MIX[0]![0];
}

/** Days since the enquiry arrived, by how far the project has come. */
const AGE: Record<Stage, [number, number]> = {
  enquiry: [3, 45],
  onboarding: [30, 100],
  setup: [60, 140],
  access: [80, 170],
  active: [120, 330],
  closure: [250, 360],
};

/** The day each stage was entered, none later than today. */
export type StageDates = Partial<Record<Stage, IsoDate>> & { enquiry: IsoDate };

/** Dates of a project's path to `outcome.stage`, oldest first. */
export function stageDates(random: DemoRandom, outcome: DemoOutcome, today: IsoDate): StageDates {
  const [min, max] = AGE[outcome.stage];
  const received = addDaysIso(today, -random.int(min, max));
  const dates: StageDates = { enquiry: received };
  const steps: ReadonlyArray<[Stage, [number, number]]> = [
    ['onboarding', [10, 25]],
    ['setup', [20, 40]],
    ['access', [10, 30]],
    ['active', [5, 15]],
    ['closure', [150, 300]],
  ];
  let day = received;
  for (const [stage, [low, high]] of steps) {
    if (stage === 'onboarding' && outcome.stage === 'enquiry') break;
    day = addDaysIso(day, random.int(low, high));
    if (day > today) day = today;
    dates[stage] = day;
    if (stage === outcome.stage) break;
  }
  return dates;
}
