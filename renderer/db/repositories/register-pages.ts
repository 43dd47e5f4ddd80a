/**
 * What the register screen reads: its first screen (the count, the first page of ids and their rows) and each
 * later page as it scrolls into view. Which path serves a view:
 * - no filter, a status, a stage, a status and a stage, in any sort: one index range a page (register-order.ts),
 *   counted from the maintained project counts — only the rows in view are read;
 * - a search, a connection type or "My projects": every match at once, filtered and sorted in memory from the
 *   kept search texts (register-kept.ts) — a keystroke reads no index.
 */
import { londonToday, type IsoDate } from '../../../shared/dates';
import { projectCounts, sumProjectCounts } from '../aggregates/reads';
import type { DshDatabase } from '../database';
import { registerRows, type RegisterQuery, type RegisterRow } from './project-register';
import { keptRegisterIds } from './register-kept';
import { indexPlan, indexedCount, indexedPage, type RegisterKey, type RegisterPage } from './register-order';

/** The register's first screen. */
export interface RegisterList {
  /** How many projects match. */
  count: number;
  /** How many projects there are in all. */
  total: number;
  /** The ids known from the first position on: every match when `complete`, else the first page. */
  ids: string[];
  /** Each known id's index key (a later page is read from the last one). */
  keys: (RegisterKey | undefined)[];
  /** True when `ids` holds every match (later pages need no read of ids). */
  complete: boolean;
  /** The rows of the first `firstRows` ids. */
  rows: Map<string, RegisterRow>;
}

/** The register's count, its first `firstRows` ids and their rows, in one read. */
export async function registerFirstPage(
  db: DshDatabase,
  query: RegisterQuery,
  firstRows: number,
  today: IsoDate = londonToday(),
): Promise<RegisterList> {
  const total = sumProjectCounts(await projectCounts(db));
  if (total > 0 && indexPlan(query)) {
    const count = await indexedCount(db, query);
    const page = await indexedPage(db, query, 0, firstRows, count);
    const rows = await registerRows(db, page.ids, today);
    return { count, total, ...page, complete: false, rows };
  }
  const ids = total > 0 ? await keptRegisterIds(db, query) : [];
  const rows = await registerRows(db, ids.slice(0, firstRows), today);
  return { count: ids.length, total, ids, keys: [], complete: true, rows };
}

/**
 * The ids at positions `start` to `start + limit` of a view the first page did not hold whole, with their
 * rows; `after` is the key at position `start - 1` when known (the page is then read from it).
 */
export async function registerLaterPage(
  db: DshDatabase,
  query: RegisterQuery,
  start: number,
  limit: number,
  after: RegisterKey | undefined,
  today: IsoDate = londonToday(),
): Promise<RegisterPage & { rows: Map<string, RegisterRow> }> {
  const count = await indexedCount(db, query);
  const page = await indexedPage(db, query, start, Math.max(0, Math.min(limit, count - start)), count, after);
  return { ...page, rows: await registerRows(db, page.ids, today) };
}
