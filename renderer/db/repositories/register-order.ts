/**
 * The register's common views (no filter, one status, one stage, a status and a stage; no search, no
 * connection type, not "My projects") read a page of ids by ONE range of a compound index of schema version 7
 * — `[sortField+id]`, `[status+sortField+id]`, `[stage+sortField+id]`, `[status+stage+sortField+id]` — with a
 * limit: the first page from the start of the range, a later one from the last key seen (keyset), and a page
 * with no key seen before it by skipping keys from the nearer end. The id closes each key, so every key is
 * unique and "after the last key seen" is a plain open range; the order is the sort field's index order
 * (ties by id), as the general path's. Projects lacking a planned date are not in its index: they come last,
 * so a page that reaches them is read by the general path (project-register.ts `registerIds`).
 */
import Dexie, { type IndexableType } from 'dexie';
import type { ProjectStatus, Stage } from '../../../shared/domain';
import { projectCounts, sumProjectCounts } from '../aggregates/reads';
import type { DshDatabase } from '../database';
import { registerIds, type RegisterQuery, type RegisterSortField } from './project-register';

/** The sort fields' key paths in the version 7 indexes. */
const SORT_PATH: Record<RegisterSortField, string> = {
  updated: 'updatedAt',
  reference: 'reference',
  title: 'title',
  plannedStart: 'onboarding.plannedStart',
  plannedEnd: 'onboarding.plannedEnd',
};

/** One compound key of a register index, as read (the prefix, the sort value, the id). */
export type RegisterKey = IndexableType[];

/** A page of the register: its ids and, for those read by index, each one's key (a later page starts after it). */
export interface RegisterPage {
  ids: string[];
  keys: (RegisterKey | undefined)[];
}

interface Plan {
  index: string;
  prefix: IndexableType[];
  /** True when every project has the sort field (so every match is in the index). */
  everyHasIt: boolean;
}

/** The index range serving `query`, or undefined when it is a view for the general path. */
export function indexPlan(query: RegisterQuery): Plan | undefined {
  if (query.search?.trim() || query.connectionTypeId !== undefined || query.caseOfficerId !== undefined) {
    return undefined;
  }
  const fields: string[] = [];
  const prefix: IndexableType[] = [];
  const add = (field: string, value: ProjectStatus | Stage | undefined) => {
    if (value === undefined) return;
    fields.push(field);
    prefix.push(value);
  };
  add('status', query.status);
  add('stage', query.stage);
  const everyHasIt = query.sort !== 'plannedStart' && query.sort !== 'plannedEnd';
  return { index: `[${[...fields, SORT_PATH[query.sort], 'id'].join('+')}]`, prefix, everyHasIt };
}

function range(db: DshDatabase, plan: Plan, after: RegisterKey | undefined, descending: boolean) {
  const lower = [...plan.prefix, Dexie.minKey];
  const upper = [...plan.prefix, Dexie.maxKey];
  const where = db.projects.where(plan.index);
  if (after === undefined) return where.between(lower, upper, true, true);
  return descending ? where.between(lower, after, true, false) : where.between(after, upper, false, true);
}

/** How many projects the view of `query` shows: from the maintained counts, a few rows. */
export async function indexedCount(db: DshDatabase, query: RegisterQuery): Promise<number> {
  return sumProjectCounts(await projectCounts(db), { status: query.status, stage: query.stage });
}

/**
 * The ids at positions `start` to `start + limit` of the view of `query` (which `indexPlan` serves), of
 * `count` in all; `after` is the key at position `start - 1` when known.
 */
export async function indexedPage(
  db: DshDatabase,
  query: RegisterQuery,
  start: number,
  limit: number,
  count: number,
  after?: RegisterKey,
): Promise<RegisterPage> {
  const plan = indexPlan(query)!;
  if (limit <= 0) return { ids: [], keys: [] };
  const inIndex = plan.everyHasIt ? count : await range(db, plan, undefined, false).count();
  if (start + limit > inIndex && !plan.everyHasIt) {
    // The page reaches the projects lacking the date (last, by last update): the general path orders them.
    const ids = (await registerIds(db, query)).ids.slice(start, start + limit);
    return { ids, keys: ids.map(() => undefined) };
  }
  let keys: RegisterKey[];
  if (after !== undefined || start <= inIndex - start - limit) {
    // From the start, or from the key seen last: the rows in the sort's direction.
    const collection = range(db, plan, after, query.descending);
    const ordered = query.descending ? collection.reverse() : collection;
    keys = (await (after === undefined ? ordered.offset(start) : ordered)
      .limit(limit)
      .keys()) as unknown as RegisterKey[];
  } else {
    // Nearer the end: skip from the other end, then put the rows back in the sort's direction.
    const fromEnd = Math.max(0, inIndex - start - limit);
    const collection = range(db, plan, undefined, false);
    const ordered = query.descending ? collection : collection.reverse();
    keys = (await ordered
      .offset(fromEnd)
      .limit(Math.min(limit, inIndex - start))
      .keys()) as unknown as RegisterKey[];
    keys.reverse();
  }
  return { ids: keys.map((key) => key.at(-1) as string), keys };
}
