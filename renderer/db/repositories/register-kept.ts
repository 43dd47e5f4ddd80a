/**
 * The register's rarer views — a free-text search, a connection type, "My projects" — from the kept search
 * texts (project-search-texts.ts), which hold each project's status, stage, connection type, case officer and
 * sort fields beside its text: a keystroke filters and sorts those in memory and reads no index. The order is
 * the general path's (project-register.ts `registerIds`): the sort field's index order, ties by id, projects
 * lacking the field last by last update, newest first.
 */
import { foldForSearch } from '../../../shared/domain';
import type { DshDatabase } from '../database';
import type { RegisterQuery } from './project-register';
import { projectSearchTexts, type ProjectSearchText } from './project-search-texts';

/** As IndexedDB orders keys of one index: by value (UTF-16 code units, as JavaScript compares), then id. */
function byKey(value: (text: ProjectSearchText) => string) {
  return (a: ProjectSearchText, b: ProjectSearchText): number => {
    const [x, y] = [value(a), value(b)];
    if (x !== y) return x < y ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

/** The ids of the projects matching `query`, in its order, from the kept texts. */
export async function keptRegisterIds(db: DshDatabase, query: RegisterQuery): Promise<string[]> {
  const texts = await projectSearchTexts(db);
  const search = query.search ? foldForSearch(query.search) : '';
  const matches = texts.filter(
    (text) =>
      (query.status === undefined || text.status === query.status) &&
      (query.stage === undefined || text.stage === query.stage) &&
      (query.connectionTypeId === undefined || text.connectionTypeId === query.connectionTypeId) &&
      (query.caseOfficerId === undefined || text.caseOfficerId === query.caseOfficerId) &&
      (!search || text.text.includes(search)),
  );
  const field = query.sort;
  // A field that is not a string is not an IndexedDB key: such projects are not in the sort's index.
  const present = matches.filter((text) => typeof text.sort[field] === 'string');
  present.sort(byKey((text) => text.sort[field]!));
  if (query.descending) present.reverse();
  if (present.length === matches.length) return present.map((text) => text.id);
  const missing = matches.filter((text) => typeof text.sort[field] !== 'string');
  missing.sort(byKey((text) => text.sort.updated)).reverse();
  return [...present, ...missing].map((text) => text.id);
}
