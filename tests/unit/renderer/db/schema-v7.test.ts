/**
 * Schema version 7: a version 6 database keeps every record and gains the register's indexes per sort, built
 * by IndexedDB from the projects already there, so the register's first page is read by index at once.
 */
import Dexie from 'dexie';
import { upgradedFrom } from './shipped-upgrade';
import { registerIds } from '../../../../renderer/db/repositories/project-register';
import { registerFirstPage } from '../../../../renderer/db/repositories/register-pages';
import { aProject, recordBase, fixtureId } from '../../../helpers/domain-fixtures';

const base = aProject();
const { plannedStart: _start, ...unplanned } = base.onboarding;
const projects = [
  aProject({ ...recordBase(fixtureId(701)), reference: 'DSH-2026-001', title: 'Beta', stage: 'active' }),
  aProject({
    ...recordBase(fixtureId(702)),
    reference: 'DSH-2026-002',
    title: 'Alpha',
    stage: 'active',
    onboarding: { ...base.onboarding, plannedStart: '2027-03-01' },
  }),
  aProject({
    ...recordBase(fixtureId(703)),
    reference: 'DSH-2026-003',
    title: 'Gamma',
    stage: 'enquiry',
    onboarding: unplanned,
  }),
];

describe('schema version 7', () => {
  it('indexes the projects of a version 6 database for the register, records unchanged', async () => {
    const db = await upgradedFrom(6, 'shipped-v6', async (old) => {
      await old.table('projects').bulkAdd(projects);
      await old.table('projectCounts').bulkAdd([
        { status: 'open', stage: 'active', count: 2 },
        { status: 'open', stage: 'enquiry', count: 1 },
      ]);
    });
    expect(db.verno).toBe(7);
    expect(await db.projects.orderBy('id').toArray()).toEqual(projects);
    const byTitle = await db.projects
      .where('[status+stage+title+id]')
      .between(['open', 'active', Dexie.minKey], ['open', 'active', Dexie.maxKey])
      .primaryKeys();
    expect(byTitle).toEqual([fixtureId(702), fixtureId(701)]);
    // The register's first page by planned start: the project without one last, as the general path has it.
    const query = { sort: 'plannedStart', descending: true } as const;
    const page = await registerFirstPage(db, query, 2, '2026-11-25');
    expect(page).toMatchObject({ count: 3, total: 3, ids: [fixtureId(702), fixtureId(701)] });
    expect((await registerIds(db, query)).ids).toEqual([fixtureId(702), fixtureId(701), fixtureId(703)]);
    db.close();
  });
});
