/**
 * Schema version 5: a version 4 database keeps every record and every other workstation's event, which the
 * team timeline can now read by record type, person or action in time order; the reminder assignments and
 * evidence files tables start empty.
 */
import Dexie from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import { DshDatabase } from '../../../../renderer/db/database';
import { openDatabase } from '../../../../renderer/db/open-database';
import { aPerson, aProject } from '../../../helpers/domain-fixtures';
import { SHIPPED_V2_STORES, SHIPPED_V3_STORES, SHIPPED_V4_STORES } from './shipped-schemas';

const peerEvent = (seq: number, at: string, staffId: string) => ({
  device: 'ws-b',
  seq,
  at,
  action: 'update',
  entity: 'project',
  entityId: aProject().id,
  actor: { staffId, staffName: 'Officer B' },
});

describe('schema version 5', () => {
  it('upgrades a version 4 database: records and peer events kept, indexed by time, new tables empty', async () => {
    const factory = new IDBFactory();
    const v4 = new Dexie('shipped-v4', { indexedDB: factory, IDBKeyRange });
    v4.version(1).stores({ meta: 'key' });
    v4.version(2).stores(SHIPPED_V2_STORES);
    v4.version(3).stores(SHIPPED_V3_STORES);
    v4.version(4).stores(SHIPPED_V4_STORES);
    await v4.open();
    await v4.table('projects').add(aProject());
    await v4.table('people').add(aPerson());
    await v4
      .table('peerAuditEvents')
      .bulkAdd([
        peerEvent(1, '2026-12-01T09:00:00.000Z', 'staff-b'),
        peerEvent(2, '2026-12-02T09:00:00.000Z', 'staff-c'),
      ]);
    v4.close();

    const db = await openDatabase(
      new DshDatabase('shipped-v4', { indexedDB: factory, IDBKeyRange }),
      factory,
    );
    expect(db.verno).toBe(5);
    expect(await db.projects.toArray()).toEqual([aProject()]);
    expect(await db.people.toArray()).toEqual([aPerson()]);
    expect(await db.peerAuditEvents.count()).toBe(2);
    const byPerson = await db.peerAuditEvents
      .where('[actor.staffId+at]')
      .between(['staff-c', Dexie.minKey], ['staff-c', Dexie.maxKey])
      .toArray();
    expect(byPerson.map((event) => event.seq)).toEqual([2]);
    const projectsNewestFirst = await db.peerAuditEvents
      .where('[entity+at]')
      .between(['project', Dexie.minKey], ['project', Dexie.maxKey])
      .reverse()
      .toArray();
    expect(projectsNewestFirst.map((event) => event.seq)).toEqual([2, 1]);
    expect(await db.reminderAssignments.count()).toBe(0);
    expect(await db.evidenceFiles.count()).toBe(0);
    db.close();
  });
});
