import { generateDemoData, withExistingStaff } from '../../../../../shared/demo';
import { readinessOf, type Project } from '../../../../../shared/domain';
import { loadDataSet } from '../../../../../renderer/db/data-set-loader';
import {
  registerIds,
  registerRows,
  type RegisterQuery,
} from '../../../../../renderer/db/repositories/project-register';
import { listStaff } from '../../../../../renderer/db/repositories/staff';
import { updatePerson } from '../../../../../renderer/db/repositories/people';
import { freshDb, type TestDb } from '../../db/db-fixtures';
import { appDb } from './app-harness-db';

const TODAY = '2026-11-25';
let t: TestDb;
let data: ReturnType<typeof generateDemoData>;

beforeAll(async () => {
  t = await appDb();
  // A smaller year than the standard demo (no bookings): every stage and status still occurs.
  const demo = generateDemoData({ today: TODAY, projects: 30, people: 60, bookingsPerMemberPerWeek: 0 });
  data = withExistingStaff(demo, await listStaff(t.db));
  await loadDataSet(t.ctx, data, { validate: false });
}, 60_000);

const query = (overrides: Partial<RegisterQuery> = {}): RegisterQuery => ({
  sort: 'updated',
  descending: true,
  ...overrides,
});
const byId = (id: string) => data.projects.find((p) => p.id === id)!;
const leadOf = (p: Project) => data.people.find((person) => person.id === p.onboarding.leadResearcherId);

describe('the projects register', () => {
  it('lists every project, most recently changed first, and counts them all', async () => {
    const { ids, total } = await registerIds(t.db, query());
    expect(total).toBe(data.projects.length);
    expect(ids).toHaveLength(data.projects.length);
    const updated = ids.map((id) => byId(id).updatedAt);
    expect(updated).toEqual([...updated].sort().reverse());
  });

  it('filters by stage, status and connection type together', async () => {
    const connectionTypeId = data.connectionTypes[0]!.id;
    const { ids } = await registerIds(t.db, query({ stage: 'active', status: 'open', connectionTypeId }));
    const expected = data.projects.filter(
      (p) =>
        p.stage === 'active' && p.status === 'open' && p.onboarding.connectionTypeId === connectionTypeId,
    );
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids)).toEqual(new Set(expected.map((p) => p.id)));
  });

  it('sorts by reference, title and planned dates, projects without planned dates last', async () => {
    const byReference = (await registerIds(t.db, query({ sort: 'reference', descending: false }))).ids;
    expect(byReference.map((id) => byId(id).reference)).toEqual(data.projects.map((p) => p.reference).sort());
    const byTitle = (await registerIds(t.db, query({ sort: 'title', descending: true }))).ids;
    const titles = byTitle.map((id) => byId(id).title);
    expect(titles).toEqual([...titles].sort().reverse());

    for (const descending of [false, true]) {
      const { ids } = await registerIds(t.db, query({ sort: 'plannedStart', descending }));
      expect(ids).toHaveLength(data.projects.length);
      const starts = ids.map((id) => byId(id).onboarding.plannedStart);
      const planned = starts.filter((start) => start !== undefined);
      expect(starts.slice(planned.length).every((start) => start === undefined)).toBe(true);
      expect(planned).toEqual(descending ? [...planned].sort().reverse() : [...planned].sort());
    }
  });

  it('finds projects by reference, title, lead researcher and organisation, ignoring case and accents', async () => {
    const sample =
      data.projects.find((p) => leadOf(p) && leadOf(p)!.name !== p.enquiry.contact.name) ??
      data.projects.find((p) => leadOf(p))!;
    const lead = leadOf(sample)!;
    const family = lead.name.split(' ').at(-1)!;
    const found = async (search: string) => (await registerIds(t.db, query({ search }))).ids;

    expect(await found(sample.reference.toLowerCase())).toEqual([sample.id]);
    expect(await found(sample.reference.slice(-3))).toContain(sample.id);
    expect(await found(sample.title.split(' ').slice(1, 3).join(' ').toUpperCase())).toContain(sample.id);
    const byFamily = await found(
      family
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace('ł', 'l'),
    );
    expect(byFamily).toContain(sample.id);
    for (const id of byFamily) {
      const project = byId(id);
      const text = [
        project.enquiry.contact.name,
        leadOf(project)?.name ?? '',
        project.title,
        project.reference,
      ]
        .join(' ')
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[łŁ]/g, 'l')
        .toLowerCase();
      expect(text).toContain(
        family
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/[łŁ]/g, 'l')
          .toLowerCase(),
      );
    }
    expect(await found(lead.organisation)).toContain(sample.id);
    expect(await found('no project is called this')).toEqual([]);
  });

  it('finds a project under its lead researcher’s new name once the person is renamed', async () => {
    const sample = data.projects.find((p) => leadOf(p))!;
    const lead = (await t.db.people.get(sample.onboarding.leadResearcherId!))!;
    const search = async (text: string) => (await registerIds(t.db, query({ search: text }))).ids;
    expect(await search('Zebedee Quartermaine')).toEqual([]);
    const { id, revision, createdAt: _c, updatedAt: _u, ...form } = lead;
    await updatePerson(t.ctx, id, revision, { ...form, name: 'Dr Zebedee Quartermaine' });
    expect(await search('Zebedee Quartermaine')).toContain(sample.id);
  });

  it('combines a search with filters', async () => {
    const { ids } = await registerIds(t.db, query({ search: 'DSH-', status: 'declined' }));
    expect(new Set(ids)).toEqual(
      new Set(data.projects.filter((p) => p.status === 'declined').map((p) => p.id)),
    );
  });

  it('gives the rows on screen with their lead, connection and members’ readiness today', async () => {
    const active = data.projects.filter((p) => p.stage === 'active' && p.status === 'open').slice(0, 3);
    const rows = await registerRows(
      t.db,
      active.map((p) => p.id),
      TODAY,
    );
    expect([...rows.keys()]).toEqual(active.map((p) => p.id));
    for (const project of active) {
      const row = rows.get(project.id)!;
      const members = data.memberships.filter((m) => m.projectId === project.id);
      const states = members.map((m) => readinessOf(m, data.trainingRecords, TODAY, data.settings).state);
      expect(row.members).toBe(members.length);
      expect(row.readiness).toEqual({
        ready: states.filter((s) => s === 'ready').length,
        expiring: states.filter((s) => s === 'expiring').length,
        'not-ready': states.filter((s) => s === 'not-ready').length,
      });
      expect(row.lead?.id).toBe(project.onboarding.leadResearcherId);
      expect(row.connectionType?.id).toBe(project.onboarding.connectionTypeId);
    }
  });

  it('counts an empty register', async () => {
    const empty = await freshDb();
    expect(await registerIds(empty.db, query({ search: 'x' }))).toEqual({ ids: [], total: 0 });
  });
});
