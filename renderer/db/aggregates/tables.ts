/**
 * The maintained aggregates: small tables that summarise a records table, so a screen counts by reading a
 * few summary rows instead of thousands of records or index keys. Each is DERIVED: the middleware
 * (middleware.ts) keeps it true in the same transaction as every write of its records, and it can always be
 * rebuilt from the records (rebuild.ts). Each aggregate is described here once — which records it sums, the
 * key each record counts under and what it adds there — and the middleware, the rebuild and the backup
 * all work from that description.
 */
import type { IsoDate } from '../../../shared/dates';
import type { Booking, Project, ProjectStatus, Stage } from '../../../shared/domain';

/** Seats of one session on one day: standing bookings (`booked`) and every booking, cancelled ones too. */
export interface SeatCountRow {
  date: IsoDate;
  sessionId: string;
  /** Bookings not cancelled: the seats taken. */
  booked: number;
  /** Every booking of the session that day (the week view checks that its sessions account for them all). */
  total: number;
}

/** How many projects have one status and stage (the pipeline and the register's total). */
export interface ProjectCountRow {
  status: ProjectStatus;
  stage: Stage;
  count: number;
}

/** One aggregate: the records it sums, its key, and what one record adds under its key. */
export interface AggregateSpec<R = Record<string, unknown>> {
  /** The aggregate's table. */
  table: string;
  /** The records table it summarises. */
  source: string;
  /** The fields of the aggregate's compound primary key, in order. */
  keyFields: readonly string[];
  /** The numeric fields a record adds to. */
  sums: readonly string[];
  /** The key `record` counts under and what it adds to each sum (undefined: it counts nowhere). */
  contribution(record: R): { key: unknown[]; add: Record<string, number> } | undefined;
}

const seatCounts: AggregateSpec<Booking> = {
  table: 'seatCounts',
  source: 'bookings',
  keyFields: ['date', 'sessionId'],
  sums: ['booked', 'total'],
  contribution: (booking) => ({
    key: [booking.date, booking.sessionId],
    add: { booked: booking.status === 'booked' ? 1 : 0, total: 1 },
  }),
};

const projectCounts: AggregateSpec<Project> = {
  table: 'projectCounts',
  source: 'projects',
  keyFields: ['status', 'stage'],
  sums: ['count'],
  contribution: (project) => ({ key: [project.status, project.stage], add: { count: 1 } }),
};

/** Every maintained aggregate. */
export const AGGREGATES = [seatCounts, projectCounts] as unknown as readonly AggregateSpec[];

/** The aggregates' stores in schema version 5 (each keyed by its compound key, so a range reads a period). */
export const AGGREGATE_STORES = {
  seatCounts: '[date+sessionId]',
  projectCounts: '[status+stage]',
};

/** The names of the derived tables: backed up for a faithful snapshot, but a restore rebuilds them. */
export const DERIVED_TABLES: ReadonlySet<string> = new Set(AGGREGATES.map((spec) => spec.table));

/** The aggregates of records table `source`. */
export function aggregatesOf(source: string): readonly AggregateSpec[] {
  return AGGREGATES.filter((spec) => spec.source === source);
}

/** The row of aggregate `spec` under `key` holding `sums`. */
export function aggregateRow(
  spec: AggregateSpec,
  key: readonly unknown[],
  sums: Record<string, number>,
): Record<string, unknown> {
  return {
    ...Object.fromEntries(spec.keyFields.map((field, i) => [field, key[i]])),
    ...Object.fromEntries(spec.sums.map((field) => [field, sums[field] ?? 0])),
  };
}
