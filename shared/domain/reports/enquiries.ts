/**
 * Enquiries per month, and how many of them became projects. An enquiry "became a project" when it went past
 * Enquiry: it is in a later stage now, or it once entered Onboarding (so one withdrawn during onboarding, or
 * moved back to Enquiry, still counts). Months are those of the day the enquiry was received.
 */
import type { Project } from '../schemas/project';
import { monthOf, monthsIn, type DateRange, type IsoMonth } from './calendar';
import { ratioOf } from './statistics';
import type { ReportColumn, ReportTable } from './table';

/** One month of enquiries. */
export interface EnquiryMonthRow {
  month: IsoMonth;
  received: number;
  becameProjects: number;
  declined: number;
  /** becameProjects ÷ received; null in a month with no enquiries. */
  conversion: number | null;
}

type Enquiry = Pick<Project, 'enquiry' | 'stage' | 'status' | 'stageEnteredAt'>;

/** True when the enquiry went past the Enquiry stage. */
export function becameProject(project: Enquiry): boolean {
  return project.stage !== 'enquiry' || project.stageEnteredAt.onboarding !== undefined;
}

const COLUMNS: readonly ReportColumn<EnquiryMonthRow>[] = [
  { key: 'month', label: 'Month', kind: 'month' },
  { key: 'received', label: 'Enquiries received', kind: 'count' },
  { key: 'becameProjects', label: 'Became projects', kind: 'count' },
  { key: 'declined', label: 'Declined', kind: 'count' },
  { key: 'conversion', label: 'Share that became projects', kind: 'share' },
];

/** Per month of the range: enquiries received, how many became projects, and how many were declined. */
export function enquiriesPerMonth(
  projects: readonly Enquiry[],
  range: DateRange,
): ReportTable<EnquiryMonthRow> {
  const rows = new Map(
    monthsIn(range).map((month) => [month, { month, received: 0, becameProjects: 0, declined: 0 }]),
  );
  for (const project of projects) {
    const row = rows.get(monthOf(project.enquiry.receivedOn));
    if (!row) continue;
    row.received += 1;
    if (becameProject(project)) row.becameProjects += 1;
    if (project.status === 'declined') row.declined += 1;
  }
  return {
    columns: COLUMNS,
    rows: [...rows.values()].map((row) => ({
      ...row,
      conversion: ratioOf(row.becameProjects, row.received),
    })),
  };
}
