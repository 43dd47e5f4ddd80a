/**
 * The projects register: which projects match a search, filters and a sort (as an ordered list of ids,
 * read from index KEYS only), and the rows of the few ids on screen (records, lead researchers, connection
 * types and their members' readiness, read for those ids only).
 *
 * Decisions: filters and sorts are served by indexes (`stage`, `status`, `[status+stage]`,
 * `onboarding.connectionTypeId`, and the sort field's index) and combined as sets of primary keys, so no
 * project record is read to order or count them. Projects without the sort field (no planned dates yet) come
 * last in either direction. Free-text search is the one exception: see `projectIdsMatching`.
 *
 * `registerIds` is the general path: every match at once (the CSV export, and the reference the screen's
 * faster paths are tested against). The screen itself reads through register-pages.ts.
 */
import type { Collection } from 'dexie';
import { londonToday, type IsoDate } from '../../../shared/dates';
import {
  foldForSearch,
  readinessOf,
  type ConnectionType,
  type Person,
  type Project,
  type ProjectStatus,
  type ReadinessState,
  type Stage,
} from '../../../shared/domain';
import { projectCounts, sumProjectCounts } from '../aggregates/reads';
import type { DshDatabase } from '../database';
import { projectSearchTexts } from './project-search-texts';
import { getSettings } from './settings';

/** The orders the register offers. */
export const REGISTER_SORT_FIELDS = ['updated', 'reference', 'title', 'plannedStart', 'plannedEnd'] as const;
/** A field the register sorts by. */
export type RegisterSortField = (typeof REGISTER_SORT_FIELDS)[number];

/** What the register shows: a search, filters and an order. */
export interface RegisterQuery {
  search?: string;
  stage?: Stage;
  status?: ProjectStatus;
  connectionTypeId?: string;
  /** Only the projects this staff member is case officer of ("My projects"). */
  caseOfficerId?: string;
  sort: RegisterSortField;
  descending: boolean;
}

const SORT_INDEX: Record<RegisterSortField, string> = {
  updated: 'updatedAt',
  reference: 'reference',
  title: 'title',
  plannedStart: 'onboarding.plannedStart',
  plannedEnd: 'onboarding.plannedEnd',
};

async function keysOf(collection: Collection<Project, string>): Promise<Set<string>> {
  return new Set(await collection.primaryKeys());
}

/** The ids the filters allow (undefined: no filter), from index keys only. */
async function filteredIds(db: DshDatabase, query: RegisterQuery): Promise<Set<string> | undefined> {
  const sets: Set<string>[] = [];
  if (query.status !== undefined && query.stage !== undefined) {
    sets.push(await keysOf(db.projects.where('[status+stage]').equals([query.status, query.stage])));
  } else if (query.status !== undefined) {
    sets.push(await keysOf(db.projects.where('status').equals(query.status)));
  } else if (query.stage !== undefined) {
    sets.push(await keysOf(db.projects.where('stage').equals(query.stage)));
  }
  if (query.connectionTypeId !== undefined) {
    sets.push(await keysOf(db.projects.where('onboarding.connectionTypeId').equals(query.connectionTypeId)));
  }
  if (query.caseOfficerId !== undefined) sets.push(await projectIdsOfCaseOfficer(db, query.caseOfficerId));
  const search = query.search ? foldForSearch(query.search) : '';
  if (search) sets.push(await projectIdsMatching(db, search));
  if (sets.length === 0) return undefined;
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  return new Set([...smallest!].filter((id) => rest.every((set) => set.has(id))));
}

/**
 * The ids of projects whose reference, title, enquiry contact (name, organisation) or lead researcher
 * (name, organisation) contains `folded` (see foldForSearch in shared/domain).
 *
 * The schema has no word index (a word inside a title or a name cannot be found through one), so the
 * texts are folded once and kept in memory until projects or people change (project-search-texts.ts); each
 * keystroke filters them.
 */
export async function projectIdsMatching(db: DshDatabase, folded: string): Promise<Set<string>> {
  const texts = await projectSearchTexts(db);
  return new Set(texts.filter((project) => project.text.includes(folded)).map((project) => project.id));
}

/** The ids of the projects `staffId` is case officer of (from the kept search texts: the field has no index). */
export async function projectIdsOfCaseOfficer(db: DshDatabase, staffId: string): Promise<Set<string>> {
  const texts = await projectSearchTexts(db);
  return new Set(texts.filter((project) => project.caseOfficerId === staffId).map((project) => project.id));
}

/** The ids in the sort's order (index keys only); projects lacking the sort field come last. */
async function orderedIds(db: DshDatabase, query: RegisterQuery): Promise<string[]> {
  const index = SORT_INDEX[query.sort];
  const ordered = await db.projects.orderBy(index).primaryKeys();
  if (query.descending) ordered.reverse();
  if (query.sort !== 'plannedStart' && query.sort !== 'plannedEnd') return ordered;
  const present = new Set(ordered);
  const missing = (await db.projects.orderBy('updatedAt').reverse().primaryKeys()).filter(
    (id) => !present.has(id),
  );
  return [...ordered, ...missing];
}

/** The ids of the projects matching `query`, in its order, and how many projects there are in all. */
export async function registerIds(
  db: DshDatabase,
  query: RegisterQuery,
): Promise<{ ids: string[]; total: number }> {
  const total = sumProjectCounts(await projectCounts(db));
  const allowed = await filteredIds(db, query);
  if (allowed && allowed.size === 0) return { ids: [], total };
  const ordered = await orderedIds(db, query);
  return { ids: allowed ? ordered.filter((id) => allowed.has(id)) : ordered, total };
}

/** How many members of a project are ready, expiring and not ready today. */
export type ReadinessCounts = Record<ReadinessState, number>;

/** One row of the register. */
export interface RegisterRow {
  project: Project;
  lead?: Person;
  connectionType?: ConnectionType;
  members: number;
  readiness: ReadinessCounts;
}

/** The rows of the given projects (the ones on screen), keyed by project id. */
export async function registerRows(
  db: DshDatabase,
  ids: readonly string[],
  today: IsoDate = londonToday(),
): Promise<Map<string, RegisterRow>> {
  const projects = (await db.projects.bulkGet([...ids])).filter((p): p is Project => p !== undefined);
  const leadIds = [...new Set(projects.flatMap((p) => p.onboarding.leadResearcherId ?? []))];
  const leads = await db.people.bulkGet(leadIds);
  const memberships = await db.memberships
    .where('projectId')
    .anyOf(projects.map((p) => p.id))
    .toArray();
  const trainings = await db.trainingRecords
    .where('personId')
    .anyOf([...new Set(memberships.map((m) => m.personId))])
    .toArray();
  const connectionTypes = await db.connectionTypes.toArray();
  const settings = await getSettings(db);
  const rows = new Map<string, RegisterRow>();
  for (const project of projects) {
    const readiness: ReadinessCounts = { ready: 0, expiring: 0, 'not-ready': 0 };
    const members = memberships.filter((m) => m.projectId === project.id);
    for (const membership of members) {
      readiness[readinessOf(membership, trainings, today, settings).state] += 1;
    }
    const leadId = project.onboarding.leadResearcherId;
    rows.set(project.id, {
      project,
      lead: leads.find((person) => person !== undefined && person.id === leadId),
      connectionType: connectionTypes.find((type) => type.id === project.onboarding.connectionTypeId),
      members: members.length,
      readiness,
    });
  }
  return rows;
}
