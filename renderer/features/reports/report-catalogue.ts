/** The reports, in the order they are listed, with what each tells a manager and the body that shows it. */
import type { ComponentType } from 'react';
import type { IsoDate } from '../../../shared/dates';
import { ComplianceReport } from './ComplianceReport';
import { CostsReport } from './CostsReport';
import { DaysInStageReport } from './DaysInStageReport';
import { EnquiriesReport } from './EnquiriesReport';
import { StagesOverTimeReport } from './StagesOverTimeReport';
import { UtilisationReport } from './UtilisationReport';

/** The address of a report (`#/reports/<id>`). */
export type ReportId =
  'stages-over-time' | 'days-in-stage' | 'enquiries' | 'utilisation' | 'training-compliance' | 'costs';

/** One report: its address, title, one-line summary and the component that draws it for a day. */
export interface ReportEntry {
  id: ReportId;
  title: string;
  summary: string;
  Body: ComponentType<{ today: IsoDate }>;
}

/** Every report, in the order they are listed. */
export const REPORTS: readonly ReportEntry[] = [
  {
    id: 'stages-over-time',
    title: 'Projects per stage over time',
    summary: 'How many projects stood at each stage at the end of each month.',
    Body: StagesOverTimeReport,
  },
  {
    id: 'days-in-stage',
    title: 'Days spent in each stage',
    summary: 'How long projects stay at each stage: the median and the middle half of projects.',
    Body: DaysInStageReport,
  },
  {
    id: 'enquiries',
    title: 'Enquiries per month',
    summary: 'Enquiries received each month, and how many of them became projects.',
    Body: EnquiriesReport,
  },
  {
    id: 'utilisation',
    title: 'Booking utilisation',
    summary: 'Seats booked on the core connection against seats offered, week by week.',
    Body: UtilisationReport,
  },
  {
    id: 'training-compliance',
    title: 'Training compliance',
    summary: 'The share of members of live projects who are ready to use the DSH today.',
    Body: ComplianceReport,
  },
  {
    id: 'costs',
    title: 'Costs and connection use',
    summary: 'Estimated cost per connection type and per project, against the sessions bookings used.',
    Body: CostsReport,
  },
];

/** The report with this id, or undefined. */
export function reportNamed(id: string | undefined): ReportEntry | undefined {
  return REPORTS.find((report) => report.id === id);
}
