/** The sessions chart of the costs report: the projects on a booked connection that used or booked the most. */
import type { ProjectCostRow, ReportTable } from '../../../shared/domain/reports';

/** Projects drawn in the sessions chart: those that used or booked the most. */
export const SESSIONS_CHART_PROJECTS = 15;

/** The projects on a booked connection that used or booked the most sessions (the sessions chart's rows). */
export function sessionsTable(projects: ReportTable<ProjectCostRow>): ReportTable<ProjectCostRow> {
  const rows = projects.rows
    .filter((row) => row.sessionsUsed !== null && (row.sessionsUsed ?? 0) + (row.sessionsAhead ?? 0) > 0)
    .sort(
      (a, b) =>
        (b.sessionsUsed ?? 0) + (b.sessionsAhead ?? 0) - ((a.sessionsUsed ?? 0) + (a.sessionsAhead ?? 0)) ||
        a.reference.localeCompare(b.reference),
    )
    .slice(0, SESSIONS_CHART_PROJECTS);
  return {
    columns: [
      { key: 'reference', label: 'Project', kind: 'text' },
      { key: 'title', label: 'Title', kind: 'text' },
      { key: 'connection', label: 'Connection', kind: 'text' },
      { key: 'sessionsUsed', label: 'Sessions used', kind: 'count' },
      { key: 'sessionsAhead', label: 'Sessions booked ahead', kind: 'count' },
      { key: 'monthsElapsed', label: 'Months begun so far', kind: 'count' },
      { key: 'sessionsPerMonth', label: 'Sessions used per month', kind: 'number' },
    ],
    rows,
  };
}
