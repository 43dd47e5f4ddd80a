/**
 * The deadlines aggregate described for the middleware and the rebuild (tables.ts): which writes touch which
 * subjects, and each subject's rows worked out from the records stored now (deadline-rows.ts).
 *
 * Every step is a Dexie promise, never a native `await` (see middleware.ts: the layers below read the
 * transaction from Dexie's zone).
 */
import Dexie from 'dexie';
import {
  DEFAULT_SETTINGS,
  type Membership,
  type Project,
  type RuleSettings,
  type TrainingRecord,
} from '../../../shared/domain';
import { LIVE_STAGES } from '../../../shared/domain/reports/deadlines';
import {
  DSA_KIND,
  membershipDeadlines,
  membershipSubject,
  projectDeadlines,
  projectSubject,
  type DeadlineRow,
} from './deadline-rows';
import type { DerivedRowsSpec, RecordReader } from './tables';

/** The id of the one settings record (repositories/settings.ts; not imported, to keep this module a leaf). */
const SETTINGS_ID = 'settings';

function then<T, R>(promise: PromiseLike<T>, next: (value: T) => R | PromiseLike<R>): Promise<R> {
  return Dexie.Promise.resolve(promise).then(next);
}

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

const idOf = (record: unknown) => (record as { id: string }).id;

/** The DSA validity in force: the stored settings, or the defaults until they are first saved. */
function rulesOf(stored: readonly unknown[]): RuleSettings {
  return (stored[0] as RuleSettings | undefined) ?? DEFAULT_SETTINGS;
}

/** The rows of `memberships`, given (at least) their projects, their people's DSA records and the settings. */
function rowsOfMembers(
  memberships: readonly Membership[],
  projects: readonly unknown[],
  trainings: readonly unknown[],
  settings: readonly unknown[],
): DeadlineRow[] {
  const byId = new Map((projects as Project[]).map((project) => [project.id, project]));
  const byPerson = new Map<string, TrainingRecord[]>();
  for (const record of trainings as TrainingRecord[]) {
    if (record.kind !== DSA_KIND) continue;
    byPerson.set(record.personId, [...(byPerson.get(record.personId) ?? []), record]);
  }
  const rules = rulesOf(settings);
  return memberships.flatMap((m) =>
    membershipDeadlines(m, byId.get(m.projectId), byPerson.get(m.personId) ?? [], rules),
  );
}

/** The rows of the memberships `ids` (none for those deleted). */
function membershipRows(read: RecordReader, ids: readonly string[]): PromiseLike<DeadlineRow[]> {
  if (ids.length === 0) return Dexie.Promise.resolve([]);
  return then(read.get('memberships', ids), (found) => {
    const memberships = found as Membership[];
    return then(
      Dexie.Promise.all([
        read.get('projects', unique(memberships.map((m) => m.projectId))),
        read.where(
          'trainingRecords',
          '[personId+kind]',
          unique(memberships.map((m) => m.personId)).map((personId) => [personId, DSA_KIND]),
        ),
        read.get('settings', [SETTINGS_ID]),
      ]),
      ([projects, trainings, settings]) => rowsOfMembers(memberships, projects, trainings, settings),
    );
  });
}

/** The membership subjects of the memberships whose `index` is one of `keys`. */
function membersBy(read: RecordReader, index: string, keys: readonly string[]): PromiseLike<string[]> {
  if (keys.length === 0) return Dexie.Promise.resolve([]);
  return then(read.where('memberships', index, unique(keys)), (found) =>
    found.map((m) => membershipSubject(idOf(m))),
  );
}

/** Projects whose status or stage differ before and after (or that were added or deleted). */
function projectsMoved(before: readonly unknown[], after: readonly unknown[]): string[] {
  const was = new Map((before as Project[]).map((project) => [project.id, project]));
  const now = new Map((after as Project[]).map((project) => [project.id, project]));
  return unique([...was.keys(), ...now.keys()]).filter((id) => {
    const a = was.get(id);
    const b = now.get(id);
    return !a || !b || a.status !== b.status || a.stage !== b.stage;
  });
}

/** What a record's rows are worked out from, per records table; a write that keeps it cannot change them. */
const RELEVANT: Record<string, (record: never) => unknown> = {
  // The project's own rows hang only on what projectDeadlines reads (status and stage also move members).
  projects: (project: Project) => projectDeadlines(project),
  memberships: (m: Membership) => [m.projectId, m.personId, m.accessForm, m.accessGranted, m.accessRevoked],
  trainingRecords: (r: TrainingRecord) => [r.personId, r.kind, r.completedOn, r.expiresOn],
};

/**
 * The records of a write that can change rows: those added or deleted, and those whose relevant fields
 * differ from the record they replaced (an edit of a title, a note or an address changes no row, and
 * working a member's rows out again reads their project and training).
 */
function changedRecords(source: string, before: readonly unknown[], after: readonly unknown[]): unknown[] {
  const relevant = RELEVANT[source];
  if (!relevant) return [...before, ...after];
  const key = (record: unknown) => JSON.stringify(relevant(record as never));
  const was = new Map(before.map((record) => [idOf(record), record]));
  const now = new Map(after.map((record) => [idOf(record), record]));
  return [
    ...before.filter((record) => !now.has(idOf(record))),
    ...after.filter((record) => {
      const old = was.get(idOf(record));
      return old === undefined || key(old) !== key(record);
    }),
    ...after.flatMap((record) => {
      const old = was.get(idOf(record));
      return old !== undefined && key(old) !== key(record) ? [old] : [];
    }),
  ];
}

/** Every membership of a live project (their DSA rows hang on the settings' validity). */
function liveMembers(read: RecordReader): PromiseLike<string[]> {
  return then(
    read.where(
      'projects',
      '[status+stage]',
      LIVE_STAGES.map((stage) => ['open', stage]),
    ),
    (projects) => membersBy(read, 'projectId', projects.map(idOf)),
  );
}

/** The deadlines (deadline-rows.ts). */
export const deadlinesSpec: DerivedRowsSpec = {
  table: 'deadlines',
  sources: ['projects', 'memberships', 'trainingRecords', 'settings'],
  reads: ['projects', 'memberships', 'trainingRecords', 'settings'],
  subjectsOf: (source, before, after, read) => {
    const changed = changedRecords(source, before, after);
    switch (source) {
      case 'projects':
        // A project's own rows; its members' only when it moved (their rows hang on its status and stage).
        return then(membersBy(read, 'projectId', projectsMoved(before, after)), (members) => [
          ...unique(changed.map(idOf)).map(projectSubject),
          ...members,
        ]);
      case 'memberships':
        return Dexie.Promise.resolve(unique(changed.map(idOf)).map(membershipSubject));
      case 'trainingRecords': {
        const dsa = (changed as TrainingRecord[]).filter((record) => record.kind === DSA_KIND);
        return membersBy(
          read,
          'personId',
          dsa.map((record) => record.personId),
        );
      }
      case 'settings': {
        const months = (rows: readonly unknown[]) => rulesOf(rows).dsaValidityMonths;
        return months(before) === months(after) && before.length === after.length
          ? Dexie.Promise.resolve([])
          : liveMembers(read);
      }
      default:
        return Dexie.Promise.resolve([]);
    }
  },
  rowsOf: (subjects, read) => {
    const ids = (prefix: string) =>
      subjects.filter((subject) => subject.startsWith(prefix)).map((s) => s.slice(prefix.length));
    return then(
      Dexie.Promise.all([
        read.get('projects', ids(projectSubject(''))),
        membershipRows(read, ids(membershipSubject(''))),
      ]),
      ([projects, members]) => [...(projects as Project[]).flatMap(projectDeadlines), ...members],
    );
  },
  allRows: (read) =>
    then(
      Dexie.Promise.all([
        read.all('projects'),
        read.all('memberships'),
        read.where('trainingRecords', 'kind', [DSA_KIND]),
        read.get('settings', [SETTINGS_ID]),
      ]),
      ([projects, memberships, trainings, settings]) => [
        ...(projects as Project[]).flatMap(projectDeadlines),
        ...rowsOfMembers(memberships as Membership[], projects, trainings, settings),
      ],
    ),
};
