/** The overall training compliance as a table: the rows the compliance chart draws. */
import type { ReportTable, TrainingCompliance } from '../../../shared/domain/reports';

/** One readiness state and its members: the rows of the overall chart. */
export interface ReadinessRow {
  readiness: string;
  members: number;
  share: number | null;
}

/** The overall split as a table (the chart's rows). */
export function overallTable({ overall }: TrainingCompliance): ReportTable<ReadinessRow> {
  return {
    columns: [
      { key: 'readiness', label: 'Readiness', kind: 'text' },
      { key: 'members', label: 'Members', kind: 'count' },
      { key: 'share', label: 'Share of members', kind: 'share' },
    ],
    rows: [
      { readiness: 'Ready', members: overall.ready, share: overall.readyShare },
      { readiness: 'Expiring', members: overall.expiring, share: overall.expiringShare },
      { readiness: 'Not ready', members: overall.notReady, share: overall.notReadyShare },
    ],
  };
}
