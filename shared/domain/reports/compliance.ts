/**
 * Training compliance: of the current members of live projects (see `deadlines.ts`), how many are ready,
 * expiring (ready, but something lapses within 30 days) or not ready (`readinessOf`), and how many hold
 * valid DSH and NHS DSA training whatever their access. Counted per membership: a person on two projects
 * counts on each, since access is given per project.
 */
import type { IsoDate } from '../../dates';
import type { RuleSettings } from '../facts';
import { readinessOf, trainingReasons } from '../readiness';
import type { Membership } from '../schemas/membership';
import type { Project } from '../schemas/project';
import type { TrainingRecord } from '../schemas/training';
import type { Stage } from '../stages';
import { compareKeys } from './calendar';
import { isCurrentMember, isLiveProject } from './deadlines';
import { ratioOf } from './statistics';
import type { ReportColumn, ReportTable } from './table';

/** Members by readiness, and the shares of each (null when there are no members). */
export interface ComplianceCounts {
  members: number;
  ready: number;
  expiring: number;
  notReady: number;
  trained: number;
  readyShare: number | null;
  expiringShare: number | null;
  notReadyShare: number | null;
  trainedShare: number | null;
}

/** One live project's compliance. */
export type ComplianceRow = {
  projectId: string;
  reference: string;
  title: string;
  stage: Stage;
} & ComplianceCounts;

/** Compliance over every live project, and per live project. */
export interface TrainingCompliance {
  overall: ComplianceCounts;
  table: ReportTable<ComplianceRow>;
}

type Tally = Pick<ComplianceCounts, 'members' | 'ready' | 'expiring' | 'notReady' | 'trained'>;

function withShares(tally: Tally): ComplianceCounts {
  return {
    ...tally,
    readyShare: ratioOf(tally.ready, tally.members),
    expiringShare: ratioOf(tally.expiring, tally.members),
    notReadyShare: ratioOf(tally.notReady, tally.members),
    trainedShare: ratioOf(tally.trained, tally.members),
  };
}

const COLUMNS: readonly ReportColumn<ComplianceRow>[] = [
  { key: 'reference', label: 'Project', kind: 'text' },
  { key: 'title', label: 'Title', kind: 'text' },
  { key: 'members', label: 'Members', kind: 'count' },
  { key: 'ready', label: 'Ready', kind: 'count' },
  { key: 'expiring', label: 'Expiring', kind: 'count' },
  { key: 'notReady', label: 'Not ready', kind: 'count' },
  { key: 'readyShare', label: 'Share ready', kind: 'share' },
  { key: 'expiringShare', label: 'Share expiring', kind: 'share' },
  { key: 'notReadyShare', label: 'Share not ready', kind: 'share' },
  { key: 'trainedShare', label: 'Share with valid training', kind: 'share' },
];

/** Readiness of the members of live projects on `today`, overall and per project (by reference). */
export function trainingCompliance(
  projects: readonly Project[],
  memberships: readonly Membership[],
  trainings: readonly TrainingRecord[],
  today: IsoDate,
  settings?: RuleSettings,
): TrainingCompliance {
  const trainingsOf = new Map<string, TrainingRecord[]>();
  for (const record of trainings) {
    const own = trainingsOf.get(record.personId);
    if (own) own.push(record);
    else trainingsOf.set(record.personId, [record]);
  }
  const tallies = new Map<string, Tally>();
  for (const project of projects) {
    if (isLiveProject(project))
      tallies.set(project.id, { members: 0, ready: 0, expiring: 0, notReady: 0, trained: 0 });
  }
  const overall: Tally = { members: 0, ready: 0, expiring: 0, notReady: 0, trained: 0 };
  for (const membership of memberships) {
    const tally = tallies.get(membership.projectId);
    if (!tally || !isCurrentMember(membership, today)) continue;
    const own = trainingsOf.get(membership.personId) ?? [];
    const state = readinessOf(membership, own, today, settings).state;
    const trained = trainingReasons(membership.personId, own, today, settings).length === 0;
    for (const counts of [tally, overall]) {
      counts.members += 1;
      counts[state === 'not-ready' ? 'notReady' : state] += 1;
      if (trained) counts.trained += 1;
    }
  }
  const rows = projects
    .filter((project) => tallies.has(project.id))
    .map((project): ComplianceRow => ({
      projectId: project.id,
      reference: project.reference,
      title: project.title,
      stage: project.stage,
      ...withShares(tallies.get(project.id)!),
    }))
    .sort((a, b) => compareKeys(a.reference, b.reference));
  return { overall: withShares(overall), table: { columns: COLUMNS, rows } };
}
