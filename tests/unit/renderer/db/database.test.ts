import { upgradedFrom } from './shipped-upgrade';
import { recordAuditEvent } from '../../../../renderer/db/audit/append';
import { freshDb } from './db-fixtures';

describe('schema version 2', () => {
  it('upgrades a version 1 database to the current version and keeps its meta rows', async () => {
    const db = await upgradedFrom(1, 'shipped-v1', async (old) => {
      await old.table('meta').bulkPut([
        { key: 'installationId', value: 'b7a5c1de-0000-4000-8000-000000000001' },
        { key: 'createdAt', value: '2026-01-05T09:30:00.000Z' },
      ]);
    });
    expect(db.verno).toBe(7);
    expect(db.backendDB().version).toBe(70);
    expect(await db.meta.toArray()).toEqual([
      { key: 'createdAt', value: '2026-01-05T09:30:00.000Z' },
      { key: 'installationId', value: 'b7a5c1de-0000-4000-8000-000000000001' },
    ]);
    expect(await db.projects.count()).toBe(0);
    db.close();
  });

  it('has a table for every entity, the counters and the audit log', async () => {
    const { db } = await freshDb();
    expect(db.tables.map((table) => table.name).sort()).toEqual(
      [
        'acknowledgements',
        'applications',
        'auditEvents',
        'blackoutDates',
        'bookings',
        'certificates',
        'changeRequests',
        'closureRecords',
        'connectionTypes',
        'counters',
        'deadlines',
        'evidenceFiles',
        'memberships',
        'meta',
        'outbox',
        'peerAuditEvents',
        'reminderAssignments',
        'seatCounts',
        'projectCounts',
        'syncConflicts',
        'syncRevs',
        'people',
        'projects',
        'sessionTemplates',
        'settings',
        'setupTasks',
        'staffMembers',
        'trainingRecords',
      ].sort(),
    );
  });

  it('indexes what lists filter and sort by, none unique (a row from another workstation always applies)', async () => {
    const { db } = await freshDb();
    const indexes = (table: string) =>
      Object.fromEntries(db.table(table).schema.indexes.map((index) => [index.name, index.unique ?? false]));
    expect(indexes('projects')).toMatchObject({
      reference: false,
      stage: false,
      status: false,
      '[status+stage]': false,
      '[status+stage+updatedAt]': false,
      'onboarding.leadResearcherId': false,
      'onboarding.connectionTypeId': false,
      'onboarding.plannedStart': false,
      'onboarding.plannedEnd': false,
      title: false,
      updatedAt: false,
    });
    expect(indexes('people')).toMatchObject({ email: false, name: false, organisation: false });
    expect(indexes('memberships')).toMatchObject({
      projectId: false,
      personId: false,
      '[projectId+personId]': false,
    });
    expect(indexes('bookings')).toMatchObject({
      '[date+sessionId]': false,
      '[personId+date]': false,
      '[projectId+date]': false,
      date: false,
      status: false,
    });
    expect(indexes('auditEvents')).toMatchObject({
      at: false,
      '[entity+seq]': false,
      '[entity+entityId+seq]': false,
      '[actor.staffId+seq]': false,
      '[action+seq]': false,
    });
    expect(db.auditEvents.schema.primKey.keyPath).toBe('seq');
    expect(indexes('certificates')).toMatchObject({ number: false, projectId: false });
    expect(indexes('trainingRecords')).toMatchObject({
      personId: false,
      '[personId+kind]': false,
      expiresOn: false,
    });
  });
});

describe('the audit log through the app', () => {
  it('refuses every change to a stored event, and keeps it as it was', async () => {
    const { db, ctx } = await freshDb();
    const event = await recordAuditEvent(ctx, { entity: 'settings', entityId: 'settings', action: 'export' });
    const attempts: Array<() => Promise<unknown>> = [
      () => db.auditEvents.update(event.seq, { action: 'delete' }),
      () => db.auditEvents.put({ ...event, action: 'delete' }),
      () => db.auditEvents.delete(event.seq),
      () => db.auditEvents.bulkDelete([event.seq]),
      () => db.auditEvents.clear(),
      () => db.auditEvents.where('seq').equals(event.seq).modify({ reason: 'x' }),
      () => db.auditEvents.where('seq').above(0).delete(),
      () => db.transaction('rw', db.auditEvents, () => db.auditEvents.delete(event.seq)),
    ];
    for (const attempt of attempts) {
      await expect(attempt()).rejects.toThrow('The audit log cannot be changed.');
    }
    expect(await db.auditEvents.toArray()).toEqual([event]);
  });
});
