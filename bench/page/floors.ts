/**
 * The raw-IndexedDB floor of each screen: the same rows the screen shows, read with nothing but IndexedDB
 * (no Dexie, no React, no domain logic) through the same indexes. A screen within 1.5× of its floor spends
 * little beyond what reading its rows costs; far above it, the time goes to Dexie, React or the design.
 *
 * Each floor mirrors what its screen reads today (see the repository named beside it); when a screen changes
 * what it reads, change its floor here.
 */
import { addDaysIso } from '../../shared/dates';
import { monthGrid, type Booking, type Membership, type Person, type Project } from '../../shared/domain';
import { DEADLINE_HORIZON_DAYS, type DeadlineRow } from '../../renderer/db/aggregates/deadline-rows';
import { RawReader, range } from './raw-idb';

/** The register's rows on screen: the renderer reads them 50 at a time. */
const REGISTER_CHUNK = 50;
const AUDIT_PAGE = 50;
/** The items of a group the dashboard draws (renderer/components/actions/today-first.ts), twice: "today" and later. */
const DRAWN_PER_KIND = 6;

type Floor = (db: IDBDatabase, params: Record<string, string>) => Promise<number>;

/** As renderer/db/repositories/project-register.ts `registerRows`: the rows of some project ids. */
async function registerRows(db: IDBDatabase, ids: readonly string[]): Promise<number> {
  const r = new RawReader(db, [
    'projects',
    'people',
    'memberships',
    'trainingRecords',
    'connectionTypes',
    'settings',
  ]);
  const projects = (await r.getMany<Project>('projects', ids)).filter((p) => p !== undefined);
  const leadIds = [...new Set(projects.flatMap((p) => p.onboarding.leadResearcherId ?? []))];
  const leads = await r.getMany<Person>('people', leadIds);
  const memberships = (
    await Promise.all(projects.map((p) => r.all<Membership>('memberships', 'projectId', range.only(p.id))))
  ).flat();
  const personIds = [...new Set(memberships.map((m) => m.personId))];
  const trainings = (
    await Promise.all(personIds.map((id) => r.all('trainingRecords', 'personId', range.only(id))))
  ).flat();
  const types = await r.all('connectionTypes');
  await r.get('settings', 'settings');
  return projects.length + leads.length + memberships.length + trainings.length + types.length;
}

/** Folds case and accents as the register's search does. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase();
}

/** The floors by read id. */
export const FLOORS: Record<string, Floor> = {
  /**
   * As renderer/db/repositories/dashboard-queries.ts and dashboard-first.ts: the pipeline (the maintained
   * counts), the deadlines that can stand today (`dueOn` up to the horizon, `until` after today), then by key
   * the projects and memberships they name, each named person's NHS DSA records and the members of closing
   * projects, today's and tomorrow's bookings, waiting change requests, the catalogues, the acknowledgements,
   * assignments and staff, the people of the items drawn (the first few of each kind of deadline and of the
   * bookings and requests: what the screen names), and the latest activity.
   */
  async dashboard(db, { today }) {
    const r = new RawReader(db, [
      'projectCounts',
      'deadlines',
      'projects',
      'memberships',
      'trainingRecords',
      'bookings',
      'changeRequests',
      'people',
      'connectionTypes',
      'sessionTemplates',
      'applications',
      'settings',
      'acknowledgements',
      'reminderAssignments',
      'staffMembers',
      'auditEvents',
    ]);
    const horizon = addDaysIso(today!, DEADLINE_HORIZON_DAYS);
    const tomorrow = addDaysIso(today!, 1);
    const [counts, recorded, due, limited, bookings, requested, approved, ...catalogues] = await Promise.all([
      r.all('projectCounts'),
      r.count('projects'),
      r.all<DeadlineRow>('deadlines', 'dueOn', IDBKeyRange.upperBound(horizon)),
      r.all<DeadlineRow>('deadlines', 'until', IDBKeyRange.lowerBound(today!, true)),
      r.all<Booking>('bookings', '[status+date]', range.between(['booked', today!], ['booked', tomorrow])),
      r.all<{ projectId: string; personId?: string }>('changeRequests', 'status', range.only('requested')),
      r.all<{ projectId: string; personId?: string }>('changeRequests', 'status', range.only('approved')),
      r.all('connectionTypes'),
      r.all('sessionTemplates'),
      r.all('applications'),
      r.get('settings', 'settings'),
    ]);
    const rows = [...due, ...limited];
    const unique = (values: string[]) => [...new Set(values)];
    const requests = [...requested, ...approved];
    const projectIds = unique([...rows, ...requests, ...bookings].map((row) => row.projectId));
    const [projects, memberships, trainings] = await Promise.all([
      r.getMany<Project>('projects', projectIds),
      r.getMany<Membership>('memberships', unique(rows.flatMap((row) => row.membershipId ?? []))),
      Promise.all(
        unique(rows.flatMap((row) => (row.kind === 'dsa' && row.personId ? [row.personId] : []))).map((id) =>
          r.all('trainingRecords', '[personId+kind]', range.only([id, 'nhs-dsa-level-1'])),
        ),
      ),
    ]);
    const byId = new Map(projects.flatMap((p) => (p ? [[p.id, p] as const] : [])));
    const closing = unique(rows.filter((row) => row.kind === 'closure').map((row) => row.projectId));
    const ofClosing = await Promise.all(
      closing
        .filter((id) => !byId.get(id)?.onboarding.leadResearcherId)
        .map((id) => r.all<Membership>('memberships', 'projectId', range.only(id))),
    );
    // One key an item: as many keys as the list has items (the deadline rows stand in for them).
    const itemKeys = rows.map((row) => row.id);
    const [acknowledged, assignments, staff] = await Promise.all([
      r.count('acknowledgements'),
      r.all('reminderAssignments'),
      r.all('staffMembers'),
    ]);
    const acknowledgements =
      acknowledged <= itemKeys.length
        ? await r.all('acknowledgements')
        : await r.getMany('acknowledgements', itemKeys);
    // The people of the items drawn: the first few of each kind of deadline, the bookings and the requests.
    const firstOfKind = (kind: string) =>
      rows.filter((row) => row.kind === kind && row.personId).slice(0, DRAWN_PER_KIND);
    const named = unique([
      ...['dsa', 'access'].flatMap(firstOfKind).map((row) => row.personId!),
      ...bookings.map((b) => b.personId),
      ...requests.flatMap((c) => c.personId ?? []),
    ]);
    const people = await r.getMany('people', named);
    const latest = await r.last<{ entity: string; entityId: string }>('auditEvents', undefined, null, 40);
    const about = (entity: string) =>
      unique(latest.filter((e) => e.entity === entity).map((e) => e.entityId));
    const activity = [
      ...(await r.getMany('projects', about('project'))),
      ...(await r.getMany('people', about('person'))),
    ];
    return (
      counts.length +
      recorded +
      rows.length +
      bookings.length +
      requests.length +
      catalogues.length +
      projects.length +
      memberships.length +
      trainings.flat().length +
      ofClosing.flat().length +
      acknowledgements.length +
      assignments.length +
      staff.length +
      people.length +
      latest.length +
      activity.length
    );
  },

  /**
   * The register's first screen (register-pages.ts): the count from the project counts, the first chunk's ids
   * by one range of the `[updatedAt+id]` index (keys only), their rows.
   */
  async 'register-first'(db) {
    const r = new RawReader(db, ['projects', 'projectCounts']);
    await r.all('projectCounts');
    const ids = (await r.firstKeys('projects', '[updatedAt+id]', 'prev', REGISTER_CHUNK)) as string[];
    return ids.length + (await registerRows(db, ids));
  },

  /** A search: every project read once with a cursor (there is no word index), leads by id, then rows. */
  async 'register-search'(db, { text }) {
    const folded = fold(text!);
    const r = new RawReader(db, ['projects', 'people']);
    const matches = new Set<string>();
    const leadOf = new Map<string, string>();
    await r.each<Project>('projects', (p) => {
      const { contact } = p.enquiry;
      if (fold([p.reference, p.title, contact.name, contact.organisation].join('\n')).includes(folded))
        matches.add(p.id);
      else if (p.onboarding.leadResearcherId) leadOf.set(p.id, p.onboarding.leadResearcherId);
    });
    const leads = await r.getMany<Person>('people', [...new Set(leadOf.values())]);
    const matching = new Set(
      leads.filter((p) => p && fold(`${p.name}\n${p.organisation}`).includes(folded)).map((p) => p!.id),
    );
    for (const [projectId, leadId] of leadOf) if (matching.has(leadId)) matches.add(projectId);
    const ordered = ((await new RawReader(db, ['projects']).primaryKeys('projects', 'updatedAt')) as string[])
      .reverse()
      .filter((id) => matches.has(id));
    return matches.size + (await registerRows(db, ordered.slice(0, REGISTER_CHUNK)));
  },

  /** The register scrolled to its end: the count, the last chunk's ids read from the other end, their rows. */
  async 'register-end'(db) {
    const r = new RawReader(db, ['projects', 'projectCounts']);
    const count = (await r.all<{ count: number }>('projectCounts')).reduce((sum, row) => sum + row.count, 0);
    const lastChunk = Math.floor((count - 1) / REGISTER_CHUNK) * REGISTER_CHUNK;
    const ids = (await r.firstKeys('projects', '[updatedAt+id]', 'next', count - lastChunk)) as string[];
    return ids.length + (await registerRows(db, ids.reverse()));
  },

  /** A project page: the project, its members and their training, its records, bookings and history. */
  async project(db, { projectId }) {
    const stores = ['projects', 'memberships', 'people', 'trainingRecords', 'setupTasks', 'changeRequests'];
    const r = new RawReader(db, [...stores, 'closureRecords', 'certificates', 'bookings', 'auditEvents']);
    const id = projectId!;
    const project = await r.get('projects', id);
    const memberships = await r.all<Membership>('memberships', 'projectId', range.only(id));
    const people = await r.getMany(
      'people',
      memberships.map((m) => m.personId),
    );
    const trainings = await Promise.all(
      memberships.map((m) => r.all('trainingRecords', 'personId', range.only(m.personId))),
    );
    const rest = await Promise.all([
      r.all('setupTasks', 'projectId', range.only(id)),
      r.all('changeRequests', 'projectId', range.only(id)),
      r.all('closureRecords', 'projectId', range.only(id)),
      r.all('certificates', 'projectId', range.only(id)),
      r.all('bookings', '[projectId+date]', range.prefix(id)),
      r.all('auditEvents', '[entity+entityId+seq]', range.prefix('project', id)),
    ]);
    return (
      (project ? 1 : 0) + memberships.length + people.length + trainings.flat().length + rest.flat().length
    );
  },

  /** A person page: the person, their training, their projects and their bookings. */
  async person(db, { personId }) {
    const r = new RawReader(db, ['people', 'trainingRecords', 'memberships', 'projects', 'bookings']);
    const id = personId!;
    const person = await r.get('people', id);
    const trainings = await r.all('trainingRecords', 'personId', range.only(id));
    const memberships = await r.all<Membership>('memberships', 'personId', range.only(id));
    const projects = await r.getMany(
      'projects',
      memberships.map((m) => m.projectId),
    );
    const bookings = await r.all('bookings', '[personId+date]', range.prefix(id));
    return (person ? 1 : 0) + trainings.length + memberships.length + projects.length + bookings.length;
  },

  /** As renderer/features/calendar/data/board-data.ts: a week's templates, blackouts, bookings and names. */
  async 'calendar-week'(db, { weekStart }) {
    const from = weekStart!;
    const to = addDaysIso(from, 6);
    const r = new RawReader(db, ['sessionTemplates', 'blackoutDates', 'bookings', 'people', 'projects']);
    const templates = await r.all('sessionTemplates');
    const blackouts = await r.all('blackoutDates', 'date', range.between(from, to));
    const bookings = await r.all<Booking>('bookings', 'date', range.between(from, to));
    const people = await r.getMany('people', [...new Set(bookings.map((b) => b.personId))]);
    const projects = await r.getMany('projects', [...new Set(bookings.map((b) => b.projectId))]);
    return templates.length + blackouts.length + bookings.length + people.length + projects.length;
  },

  /** As renderer/features/calendar/data/month-data.ts: booked seats per day of the month's grid, as counts. */
  async 'calendar-month'(db, { today }) {
    const days = monthGrid(today!).flat();
    const r = new RawReader(db, ['sessionTemplates', 'blackoutDates', 'bookings']);
    const templates = await r.all('sessionTemplates');
    const blackouts = await r.all('blackoutDates', 'date', range.between(days[0]!, days.at(-1)!));
    const counts = await Promise.all(
      days.map((day) => r.count('bookings', '[status+date]', range.only(['booked', day]))),
    );
    return templates.length + blackouts.length + counts.length;
  },

  /** The Audit page unfiltered: how many events, and the newest page. */
  async 'audit-first'(db) {
    const r = new RawReader(db, ['auditEvents']);
    await r.count('auditEvents');
    return (await r.last('auditEvents', undefined, null, AUDIT_PAGE)).length;
  },

  /** The Audit page filtered to one record type: the index count, and its newest page. */
  async 'audit-filtered'(db, { entity }) {
    const r = new RawReader(db, ['auditEvents']);
    await r.count('auditEvents', '[entity+seq]', range.prefix(entity!));
    return (await r.last('auditEvents', '[entity+seq]', range.prefix(entity!), AUDIT_PAGE)).length;
  },
};
