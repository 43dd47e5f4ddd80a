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
import { deadlinesSpec } from './deadlines-spec';

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

/** Reads records in the transaction that keeps an aggregate true (or in a rebuild's). */
export interface RecordReader {
  /** The records of `table` stored under `keys` (those present). */
  get(table: string, keys: readonly unknown[]): PromiseLike<unknown[]>;
  /** The records of `table` whose index `index` (its name, e.g. `[personId+kind]`) equals one of `keys`. */
  where(table: string, index: string, keys: readonly unknown[]): PromiseLike<unknown[]>;
  /** Every record of `table`. */
  all(table: string): PromiseLike<unknown[]>;
}

/**
 * An aggregate of ROWS rather than sums (the deadlines): rows that each belong to a subject, worked out again
 * from the records now stored whenever a write changes a record the subject's rows come from. A subject's
 * rows may come from records of several tables (read in the same transaction, through `reader`).
 */
export interface DerivedRowsSpec {
  /** The aggregate's table (keyed by `id`, with an index on `subject`). */
  table: string;
  /** The records tables whose writes can change its rows. */
  sources: readonly string[];
  /** The tables it reads to work rows out (a write to a source is widened to them). */
  reads: readonly string[];
  /** The subjects whose rows a write of `source` can change, from the records it replaced and wrote. */
  subjectsOf(
    source: string,
    before: readonly unknown[],
    after: readonly unknown[],
    read: RecordReader,
  ): PromiseLike<string[]>;
  /** The rows of `subjects`, from the records stored now. */
  rowsOf(subjects: readonly string[], read: RecordReader): PromiseLike<object[]>;
  /** Every row, from every record (the rebuild). */
  allRows(read: RecordReader): PromiseLike<object[]>;
}

/** Every aggregate of rows. */
export const DERIVED_ROWS: readonly DerivedRowsSpec[] = [deadlinesSpec];

/** The aggregates' stores in schema version 5 (each keyed by its compound key, so a range reads a period). */
export const AGGREGATE_STORES = {
  seatCounts: '[date+sessionId]',
  projectCounts: '[status+stage]',
};

/** The aggregate of rows added in schema version 6: reminders by due date (deadline-rows.ts). */
export const DEADLINE_STORES = { deadlines: 'id, subject, dueOn, until' };

/** The names of the derived tables: backed up for a faithful snapshot, but a restore rebuilds them. */
export const DERIVED_TABLES: ReadonlySet<string> = new Set([
  ...AGGREGATES.map((spec) => spec.table),
  ...DERIVED_ROWS.map((spec) => spec.table),
]);

/** The aggregates of records table `source`. */
export function aggregatesOf(source: string): readonly AggregateSpec[] {
  return AGGREGATES.filter((spec) => spec.source === source);
}

/** The aggregates of rows that records table `source` is read for. */
export function derivedRowsOf(source: string): readonly DerivedRowsSpec[] {
  return DERIVED_ROWS.filter((spec) => spec.sources.includes(source));
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
