/** Schema version 3 adds the acknowledged reminders; a version 2 database keeps every record through it. */
import Dexie from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import { DshDatabase } from '../../../../renderer/db/database';
import { openDatabase } from '../../../../renderer/db/open-database';
import { aPerson, aProject } from '../../../helpers/domain-fixtures';

/** The stores of version 2 exactly as shipped (a copy: the app's own class now declares version 3). */
const SHIPPED_V2_STORES = {
  meta: 'key',
  counters: 'key',
  settings: 'id',
  projects:
    'id, &reference, title, stage, status, [status+stage], [status+stage+updatedAt], [status+updatedAt], ' +
    '[stage+updatedAt], updatedAt, enquiry.receivedOn, ' +
    'onboarding.leadResearcherId, onboarding.connectionTypeId, onboarding.plannedStart, onboarding.plannedEnd',
  people: 'id, &email, name, organisation, updatedAt',
  memberships: 'id, projectId, personId, &[projectId+personId]',
  trainingRecords: 'id, personId, [personId+kind], kind, completedOn, expiresOn',
  setupTasks: 'id, projectId, &[projectId+kind]',
  changeRequests: 'id, projectId, [projectId+status], status, personId, requestedOn',
  bookings: 'id, date, status, sessionId, [date+sessionId], [personId+date], [projectId+date], [status+date]',
  closureRecords: 'id, &projectId',
  certificates: 'id, &number, projectId, issuedOn',
  staffMembers: 'id, &email, name',
  applications: 'id, name',
  connectionTypes: 'id, name',
  sessionTemplates: 'id, [weekday+start]',
  blackoutDates: 'id, &date',
  auditEvents: 'seq, at, [entity+seq], [entity+entityId+seq], [actor.staffId+seq], [action+seq]',
};

describe('schema version 3', () => {
  it('upgrades a version 2 database: every record kept, and an empty table of acknowledgements', async () => {
    const factory = new IDBFactory();
    const v2 = new Dexie('shipped-v2', { indexedDB: factory, IDBKeyRange });
    v2.version(1).stores({ meta: 'key' });
    v2.version(2).stores(SHIPPED_V2_STORES);
    await v2.open();
    await v2.table('meta').put({ key: 'installationId', value: 'b7a5c1de-0000-4000-8000-000000000002' });
    await v2.table('projects').add(aProject());
    await v2.table('people').add(aPerson());
    v2.close();

    const db = await openDatabase(
      new DshDatabase('shipped-v2', { indexedDB: factory, IDBKeyRange }),
      factory,
    );
    expect(db.verno).toBe(3);
    expect(db.backendDB().version).toBe(30);
    expect(await db.projects.toArray()).toEqual([aProject()]);
    expect(await db.people.toArray()).toEqual([aPerson()]);
    expect((await db.meta.get('installationId'))?.value).toBe('b7a5c1de-0000-4000-8000-000000000002');
    expect(await db.acknowledgements.count()).toBe(0);
    expect(db.acknowledgements.schema.primKey.keyPath).toBe('itemId');
    expect(db.acknowledgements.schema.indexes.map((index) => index.name)).toEqual(['at']);
    db.close();
  });

  it('keeps the version 2 stores unchanged', () => {
    const db = new DshDatabase('unopened');
    for (const [table, spec] of Object.entries(SHIPPED_V2_STORES)) {
      const schema = db.table(table).schema;
      const declared = [schema.primKey.src, ...schema.indexes.map((index) => index.src)].join(', ');
      expect(declared.replace(/\s+/g, '')).toBe(spec.replace(/\s+/g, ''));
    }
  });
});
