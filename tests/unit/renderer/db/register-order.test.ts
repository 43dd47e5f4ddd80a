/**
 * The register's fast paths read the same ids, in the same order, as today's general path (`registerIds`:
 * every key of the filters' and the sort's indexes, intersected), on seeded random projects with tied sort
 * values and missing planned dates: for every sort, direction and common filter, the count, the first page,
 * every later page read from the last key seen, and pages read with no key seen; and for searches,
 * connection types and "My projects", the kept texts' order.
 */
import { STAGES, type Project, type ProjectStatus, type Stage } from '../../../../shared/domain';
import { generateDemoData, withExistingStaff } from '../../../../shared/demo';
import { loadDataSet } from '../../../../renderer/db/data-set-loader';
import {
  REGISTER_SORT_FIELDS,
  registerIds,
  type RegisterQuery,
} from '../../../../renderer/db/repositories/project-register';
import { registerFirstPage } from '../../../../renderer/db/repositories/register-pages';
import { keptRegisterIds } from '../../../../renderer/db/repositories/register-kept';
import {
  indexedCount,
  indexedPage,
  indexPlan,
  type RegisterKey,
} from '../../../../renderer/db/repositories/register-order';
import { listStaff } from '../../../../renderer/db/repositories/staff';
import { appDb } from '../features/projects/app-harness-db';
import { seeded } from './deadline-writes';
import type { TestDb } from './db-fixtures';

const TODAY = '2026-11-25';
const PAGE = 12;
let t: TestDb;
let projects: Project[];

beforeAll(async () => {
  t = await appDb();
  const demo = generateDemoData({ today: TODAY, projects: 30, people: 60, bookingsPerMemberPerWeek: 0 });
  await loadDataSet(t.ctx, withExistingStaff(demo, await listStaff(t.db)), { validate: false });
  // Seventy more, copies of the demo's with random changes: few titles and instants (so sort values tie),
  // planned dates often missing, every status and stage.
  const random = seeded(18);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const statuses: ProjectStatus[] = ['open', 'open', 'open', 'declined', 'withdrawn', 'closed'];
  const copies = Array.from({ length: 70 }, (_, i): Project => {
    const base = pick(demo.projects);
    const { plannedStart: _start, plannedEnd: _end, ...onboarding } = base.onboarding;
    return {
      ...base,
      id: `r${String(Math.floor(random() * 1e6)).padStart(6, '0')}-${i}`,
      reference: `DSH-2026-${String(100 + i)}`,
      title: pick(['Asthma cohort', 'Diabetes audit', 'asthma cohort', 'Émigré health', base.title]),
      status: pick(statuses),
      stage: pick(STAGES),
      updatedAt: pick(['2026-11-01T10:00:00.000Z', '2026-11-02T10:00:00.000Z', base.updatedAt]),
      onboarding: {
        ...onboarding,
        ...(random() < 0.6 ? { plannedStart: pick(['2026-12-01', '2027-01-15', '']) } : {}),
        ...(random() < 0.5 ? { plannedEnd: pick(['2027-06-30', '2028-01-01']) } : {}),
      },
    };
  });
  await t.db.projects.bulkPut(copies);
  projects = await t.db.projects.toArray();
}, 60_000);

/** The common filters: none, every status, every stage, and the status-and-stage pairs that occur. */
function commonFilters(): { status?: ProjectStatus; stage?: Stage }[] {
  const pairs = [...new Set(projects.map((p) => `${p.status}|${p.stage}`))].map((pair) => {
    const [status, stage] = pair.split('|') as [ProjectStatus, Stage];
    return { status, stage };
  });
  const statuses = [...new Set(projects.map((p) => p.status))].map((status) => ({ status }));
  return [{}, ...statuses, ...STAGES.map((stage) => ({ stage })), ...pairs.slice(0, 3)];
}

function everyQuery(filters: Partial<RegisterQuery>[]): RegisterQuery[] {
  return REGISTER_SORT_FIELDS.flatMap((sort) =>
    [false, true].flatMap((descending) => filters.map((filter) => ({ ...filter, sort, descending }))),
  );
}

describe('the register order by index range', () => {
  it('gives the general path’s count, first page and every later page, for every sort and common filter', async () => {
    for (const query of everyQuery(commonFilters())) {
      const label = JSON.stringify(query);
      expect([label, indexPlan(query) !== undefined]).toEqual([label, true]);
      const expected = (await registerIds(t.db, query)).ids;
      const count = await indexedCount(t.db, query);
      expect([label, count]).toEqual([label, expected.length]);
      // Page after page, each read from the last key seen (or, past the dates, by the general path).
      const seen: string[] = [];
      let after: RegisterKey | undefined;
      for (let start = 0; start < count; start += PAGE) {
        const page = await indexedPage(t.db, query, start, Math.min(PAGE, count - start), count, after);
        seen.push(...page.ids);
        after = page.keys.at(-1);
      }
      expect([label, seen]).toEqual([label, expected]);
      // A page with no key seen before it: near the start, in the middle, at the end.
      for (const start of [PAGE, Math.floor(count / 2), Math.max(0, count - 4)]) {
        const page = await indexedPage(t.db, query, start, PAGE, count);
        expect([label, start, page.ids]).toEqual([label, start, expected.slice(start, start + PAGE)]);
      }
    }
  }, 120_000);

  it('reads the first screen by index for a common view, and whole from the kept texts for a search', async () => {
    const common = await registerFirstPage(
      t.db,
      { sort: 'title', descending: false, status: 'open' },
      PAGE,
      TODAY,
    );
    const expected = (await registerIds(t.db, { sort: 'title', descending: false, status: 'open' })).ids;
    expect(common).toMatchObject({ count: expected.length, total: projects.length, complete: false });
    expect(common.ids).toEqual(expected.slice(0, PAGE));
    expect([...common.rows.keys()]).toEqual(expected.slice(0, PAGE));

    const search = await registerFirstPage(
      t.db,
      { sort: 'updated', descending: true, search: 'asthma' },
      PAGE,
      TODAY,
    );
    const found = (await registerIds(t.db, { sort: 'updated', descending: true, search: 'asthma' })).ids;
    expect(found.length).toBeGreaterThan(PAGE);
    expect(search).toMatchObject({ count: found.length, ids: found, complete: true });
    expect([...search.rows.keys()]).toEqual(found.slice(0, PAGE));
  });
});

describe('the register order from the kept texts', () => {
  it('gives the general path’s ids for searches, connection types and case officers, with any filter', async () => {
    const connection = projects.find((p) => p.onboarding.connectionTypeId)!.onboarding.connectionTypeId!;
    const officer = projects.find((p) => p.caseOfficerId)!.caseOfficerId!;
    const filters: Partial<RegisterQuery>[] = [
      { search: 'asthma' },
      { search: 'DSH-2026-1', status: 'open' },
      { search: 'emigre', stage: 'active' },
      { connectionTypeId: connection },
      { connectionTypeId: connection, status: 'open', stage: 'active' },
      { caseOfficerId: officer },
      { caseOfficerId: officer, search: 'a' },
      { status: 'closed' },
      {},
    ];
    for (const query of everyQuery(filters)) {
      const expected = (await registerIds(t.db, query)).ids;
      expect([JSON.stringify(query), await keptRegisterIds(t.db, query)]).toEqual([
        JSON.stringify(query),
        expected,
      ]);
    }
  }, 60_000);
});
