/** Reading the maintained aggregates: a few summary rows instead of the records or index keys they sum. */
import Dexie from 'dexie';
import type { IsoDate } from '../../../shared/dates';
import type { ProjectStatus, Stage } from '../../../shared/domain';
import type { DshDatabase } from '../database';
import type { ProjectCountRow, SeatCountRow } from './tables';

/** The seat counts of every session that has a booking from `from` to `to` (both included), by day. */
export function seatCountsBetween(db: DshDatabase, from: IsoDate, to: IsoDate): Promise<SeatCountRow[]> {
  return db.seatCounts.where(':id').between([from, Dexie.minKey], [to, Dexie.maxKey], true, true).toArray();
}

/** The seat count of one session on one day (zeros when it has no booking). */
export async function seatCountOf(db: DshDatabase, date: IsoDate, sessionId: string): Promise<SeatCountRow> {
  return (await db.seatCounts.get([date, sessionId])) ?? { date, sessionId, booked: 0, total: 0 };
}

/** Every status-and-stage count (a handful of rows). */
export function projectCounts(db: DshDatabase): Promise<ProjectCountRow[]> {
  return db.projectCounts.toArray();
}

/** How many projects have `status` (when given) and `stage` (when given), from the counts. */
export function sumProjectCounts(
  rows: readonly ProjectCountRow[],
  filter: { status?: ProjectStatus; stage?: Stage } = {},
): number {
  return rows
    .filter(
      (row) => (filter.status ?? row.status) === row.status && (filter.stage ?? row.stage) === row.stage,
    )
    .reduce((sum, row) => sum + row.count, 0);
}
