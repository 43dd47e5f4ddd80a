/**
 * The register's search, filters and order live in the address (`#/projects?q=smith&stage=access`), so
 * coming back from a project page finds the register as the officer left it.
 */
import { PROJECT_STATUSES, STAGES, type ProjectStatus, type Stage } from '../../../../shared/domain';
import {
  REGISTER_SORT_FIELDS,
  type RegisterQuery,
  type RegisterSortField,
} from '../../../db/repositories/project-register';

/** One entry of the "Sort by" list. */
export interface SortOption {
  value: string;
  label: string;
  sort: RegisterSortField;
  descending: boolean;
}

/** Every order the register offers, in the words an officer reads. */
export const SORT_OPTIONS: readonly SortOption[] = [
  { value: 'updated-desc', label: 'Last updated, newest first', sort: 'updated', descending: true },
  { value: 'updated-asc', label: 'Last updated, oldest first', sort: 'updated', descending: false },
  { value: 'reference-desc', label: 'Reference, newest first', sort: 'reference', descending: true },
  { value: 'reference-asc', label: 'Reference, oldest first', sort: 'reference', descending: false },
  { value: 'title-asc', label: 'Title, A to Z', sort: 'title', descending: false },
  { value: 'title-desc', label: 'Title, Z to A', sort: 'title', descending: true },
  {
    value: 'plannedStart-asc',
    label: 'Planned start, earliest first',
    sort: 'plannedStart',
    descending: false,
  },
  {
    value: 'plannedStart-desc',
    label: 'Planned start, latest first',
    sort: 'plannedStart',
    descending: true,
  },
  { value: 'plannedEnd-asc', label: 'Planned end, earliest first', sort: 'plannedEnd', descending: false },
  { value: 'plannedEnd-desc', label: 'Planned end, latest first', sort: 'plannedEnd', descending: true },
];

const DEFAULT_SORT = SORT_OPTIONS[0]!;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((candidate) => candidate === value);
}

/** The register query the address asks for (unknown values are ignored); `mine=1` needs who "me" is. */
export function queryFromParams(params: URLSearchParams, myStaffId?: string): RegisterQuery {
  const sort = SORT_OPTIONS.find((option) => option.value === params.get('sort')) ?? DEFAULT_SORT;
  const search = params.get('q')?.trim();
  return {
    ...(search ? { search } : {}),
    ...optional('stage', oneOf<Stage>(STAGES, params.get('stage'))),
    ...optional('status', oneOf<ProjectStatus>(PROJECT_STATUSES, params.get('status'))),
    ...optional('connectionTypeId', params.get('connection') ?? undefined),
    ...optional('caseOfficerId', params.get('mine') === '1' ? myStaffId : undefined),
    sort: oneOf(REGISTER_SORT_FIELDS, sort.sort) ?? 'updated',
    descending: sort.descending,
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** The value of the "Sort by" list for a query. */
export function sortValueOf(query: Pick<RegisterQuery, 'sort' | 'descending'>): string {
  return `${query.sort}-${query.descending ? 'desc' : 'asc'}`;
}

/** True when the query narrows the register (a search or a filter). */
export function isNarrowed(query: RegisterQuery): boolean {
  return Boolean(
    query.search || query.stage || query.status || query.connectionTypeId || query.caseOfficerId,
  );
}
