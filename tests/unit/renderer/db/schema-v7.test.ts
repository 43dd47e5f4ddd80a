/**
 * Schema version 7: a version 6 database keeps every record and gains the register's indexes per sort, built
 * by IndexedDB from the projects already there, so the register's first page is read by index at once.
 */
import Dexie from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import { DshDatabase } from '../../../../renderer/db/database';
import { openDatabase } from '../../../../renderer/db/open-database';
import { registerIds } from '../../../../renderer/db/repositories/project-register';
import { registerFirstPage } from '../../../../renderer/db/repositories/register-pages';
import { aProject, recordBase, fixtureId } from '../../../helpers/domain-fixtures';
import {
  SHIPPED_V2_STORES,
  SHIPPED_V3_STORES,
  SHIPPED_V4_STORES,
  SHIPPED_V5_STORES,
  SHIPPED_V6_STORES,
} from './shipped-schemas';

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
    const factory = new IDBFactory();
    const v6 = new Dexie('shipped-v6', { indexedDB: factory, IDBKeyRange });
    v6.version(1).stores({ meta: 'key' });
    v6.version(2).stores(SHIPPED_V2_STORES);
    v6.version(3).stores(SHIPPED_V3_STORES);
    v6.version(4).stores(SHIPPED_V4_STORES);
    v6.version(5).stores(SHIPPED_V5_STORES);
    v6.version(6).stores(SHIPPED_V6_STORES);
    await v6.open();
    await v6.table('projects').bulkAdd(projects);
    await v6.table('projectCounts').bulkAdd([
      { status: 'open', stage: 'active', count: 2 },
      { status: 'open', stage: 'enquiry', count: 1 },
    ]);
    v6.close();

    const db = await openDatabase(
      new DshDatabase('shipped-v6', { indexedDB: factory, IDBKeyRange }),
      factory,
    );
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
