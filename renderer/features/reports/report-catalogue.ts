/** The reports, in the order they are listed, with what each tells a manager. */

/** One report: its address (`#/reports/<id>`), title and one-line summary. */
export interface ReportEntry {
  id: string;
  title: string;
  summary: string;
}

export const REPORTS: readonly ReportEntry[] = [
  {
    id: 'stages-over-time',
    title: 'Projects per stage over time',
    summary: 'How many projects stood at each stage at the end of each month.',
  },
  {
    id: 'days-in-stage',
    title: 'Days spent in each stage',
    summary: 'How long projects stay at each stage: the median and the middle half of projects.',
  },
  {
    id: 'enquiries',
    title: 'Enquiries per month',
    summary: 'Enquiries received each month, and how many of them became projects.',
  },
  {
    id: 'utilisation',
    title: 'Booking utilisation',
    summary: 'Seats booked on the core connection against seats offered, week by week.',
  },
  {
    id: 'training-compliance',
    title: 'Training compliance',
    summary: 'The share of members of live projects who are ready to use the DSH today.',
  },
  {
    id: 'costs',
    title: 'Costs and connection use',
    summary: 'Estimated cost per connection type and per project, against the sessions bookings used.',
  },
];

/** The report with this id, or undefined. */
export function reportNamed(id: string | undefined): ReportEntry | undefined {
  return REPORTS.find((report) => report.id === id);
}
