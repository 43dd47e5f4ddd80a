/**
 * Estimated costs, per project and per connection type, against what the bookings used.
 *
 * Decisions: projects that are open or closed and have chosen a connection type on the costing page are
 * counted (declined and withdrawn projects never ran their planned period). The estimate is `estimateCost`
 * over the planned period. For a connection that needs booking (the free core connection), sessions USED are
 * bookings that stand (status booked) dated before today, sessions AHEAD those from today on; they are set
 * against the months of the planned period, and the months of it begun by today.
 */
import type { IsoDate } from '../../dates';
import { estimateCost, startedMonths } from '../costing';
import type { Booking } from '../schemas/booking';
import type { ConnectionType, ConnectionUnit } from '../schemas/catalogue';
import type { Project } from '../schemas/project';
import type { ProjectStatus, Stage } from '../stages';
import { compareKeys, plusDays } from './calendar';
import { ratioOf } from './statistics';
import type { ReportColumn, ReportTable } from './table';

/** One project's estimate and use. Session figures are null for a connection that is not booked. */
export interface ProjectCostRow {
  projectId: string;
  reference: string;
  title: string;
  stage: Stage;
  status: ProjectStatus;
  connectionTypeId: string;
  connection: string;
  /** Null while the estimate cannot be made (e.g. no planned dates); `explanation` says why. */
  estimatePence: number | null;
  explanation: string;
  plannedMonths: number | null;
  monthsElapsed: number | null;
  sessionsUsed: number | null;
  sessionsAhead: number | null;
  sessionsPerMonth: number | null;
}

/** One connection type: its projects, their estimates added up, and sessions used. */
export interface ConnectionCostRow {
  connectionTypeId: string;
  connection: string;
  unit: ConnectionUnit;
  projects: number;
  estimatedPence: number;
  /** Projects whose estimate cannot be made yet (not in `estimatedPence`). */
  unknownEstimates: number;
  sessionsUsed: number | null;
}

/** Both tables of the costs report. */
export interface CostsReport {
  projects: ReportTable<ProjectCostRow>;
  connections: ReportTable<ConnectionCostRow>;
}

const PROJECT_COLUMNS: readonly ReportColumn<ProjectCostRow>[] = [
  { key: 'reference', label: 'Project', kind: 'text' },
  { key: 'title', label: 'Title', kind: 'text' },
  { key: 'connection', label: 'Connection', kind: 'text' },
  { key: 'estimatePence', label: 'Estimated cost', kind: 'pence' },
  { key: 'explanation', label: 'How it is worked out', kind: 'text' },
  { key: 'plannedMonths', label: 'Planned months', kind: 'count' },
  { key: 'monthsElapsed', label: 'Months begun so far', kind: 'count' },
  { key: 'sessionsUsed', label: 'Sessions used', kind: 'count' },
  { key: 'sessionsAhead', label: 'Sessions booked ahead', kind: 'count' },
  { key: 'sessionsPerMonth', label: 'Sessions used per month', kind: 'number' },
];

const CONNECTION_COLUMNS: readonly ReportColumn<ConnectionCostRow>[] = [
  { key: 'connection', label: 'Connection', kind: 'text' },
  { key: 'projects', label: 'Projects', kind: 'count' },
  { key: 'estimatedPence', label: 'Estimated cost', kind: 'pence' },
  { key: 'unknownEstimates', label: 'Projects without an estimate', kind: 'count' },
  { key: 'sessionsUsed', label: 'Sessions used', kind: 'count' },
];

/** Months of the planned period, and of it begun by `today` (null without a period: no dates, or end first). */
function periodMonths(start: IsoDate | undefined, end: IsoDate | undefined, today: IsoDate) {
  if (!start || !end || end <= start) return { planned: null, elapsed: null };
  // Months begun on or before today: those that begin before tomorrow, and not after the end.
  const tomorrow = plusDays(today, 1);
  const upTo = tomorrow < end ? tomorrow : end;
  return { planned: startedMonths(start, end), elapsed: upTo > start ? startedMonths(start, upTo) : 0 };
}

/** Estimated cost per project and per connection type, with sessions used of booked connections. */
export function costs(
  projects: readonly Project[],
  connectionTypes: readonly ConnectionType[],
  bookings: readonly Pick<Booking, 'projectId' | 'date' | 'status'>[],
  today: IsoDate,
): CostsReport {
  const used = new Map<string, number>();
  const ahead = new Map<string, number>();
  for (const booking of bookings) {
    if (booking.status !== 'booked') continue;
    const tally = booking.date < today ? used : ahead;
    tally.set(booking.projectId, (tally.get(booking.projectId) ?? 0) + 1);
  }
  const types = new Map(connectionTypes.map((type) => [type.id, type]));
  const projectRows = projects.flatMap((project): ProjectCostRow[] => {
    const type = types.get(project.onboarding.connectionTypeId ?? '');
    if (!type || (project.status !== 'open' && project.status !== 'closed')) return [];
    const { plannedStart, plannedEnd } = project.onboarding;
    const estimate = estimateCost(type, plannedStart, plannedEnd);
    const months = periodMonths(plannedStart, plannedEnd, today);
    const sessionsUsed = type.needsBooking ? (used.get(project.id) ?? 0) : null;
    return [
      {
        projectId: project.id,
        reference: project.reference,
        title: project.title,
        stage: project.stage,
        status: project.status,
        connectionTypeId: type.id,
        connection: type.name,
        estimatePence: estimate.known ? estimate.pence : null,
        explanation: estimate.explanation,
        plannedMonths: months.planned,
        monthsElapsed: months.elapsed,
        sessionsUsed,
        sessionsAhead: type.needsBooking ? (ahead.get(project.id) ?? 0) : null,
        sessionsPerMonth: sessionsUsed === null ? null : ratioOf(sessionsUsed, months.elapsed ?? 0),
      },
    ];
  });
  projectRows.sort((a, b) => compareKeys(a.reference, b.reference));
  const connectionRows = connectionTypes.map((type): ConnectionCostRow => {
    const mine = projectRows.filter((row) => row.connectionTypeId === type.id);
    return {
      connectionTypeId: type.id,
      connection: type.name,
      unit: type.unit,
      projects: mine.length,
      estimatedPence: mine.reduce((sum, row) => sum + (row.estimatePence ?? 0), 0),
      unknownEstimates: mine.filter((row) => row.estimatePence === null).length,
      sessionsUsed: type.needsBooking ? mine.reduce((sum, row) => sum + (row.sessionsUsed ?? 0), 0) : null,
    };
  });
  return {
    projects: { columns: PROJECT_COLUMNS, rows: projectRows },
    connections: { columns: CONNECTION_COLUMNS, rows: connectionRows },
  };
}
