/**
 * Schema version 5: a version 4 database keeps every record and every other workstation's event, which the
 * team timeline can now read by record type, person or action in time order; the reminder assignments and
 * evidence files tables start empty; the maintained aggregates are summed from its records.
 */
import Dexie from 'dexie';
import { upgradedFrom } from './shipped-upgrade';
import { seatsTaken } from '../../../../renderer/db/repositories/bookings';
import { pipelineCounts } from '../../../../renderer/db/repositories/dashboard-queries';
import { aPerson, aProject, fixtureId, recordBase } from '../../../helpers/domain-fixtures';

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
    const db = await upgradedFrom(4, 'shipped-v4', async (old) => {
      await old.table('projects').add(aProject());
      await old.table('people').add(aPerson());
      await old
        .table('peerAuditEvents')
        .bulkAdd([
          peerEvent(1, '2026-12-01T09:00:00.000Z', 'staff-b'),
          peerEvent(2, '2026-12-02T09:00:00.000Z', 'staff-c'),
        ]);
    });
    // Opened by today's app: upgraded through version 5 to the latest.
    expect(db.verno).toBe(7);
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
    // A synced record: keyed by `id` (the reminder without its window), found by the officer given it.
    expect(db.reminderAssignments.schema.primKey.name).toBe('id');
    expect(db.reminderAssignments.schema.indexes.map((index) => index.name)).toEqual(['staffId']);
    expect(await db.evidenceFiles.count()).toBe(0);
    db.close();
  });
});

/** A booking as a version 4 database holds it. */
const aBooking = (n: number, date: string, sessionId: string, status: 'booked' | 'cancelled') => ({
  ...recordBase(fixtureId(900 + n)),
  personId: aPerson().id,
  projectId: aProject().id,
  date,
  sessionId,
  status,
  ...(status === 'cancelled' ? { cancelReason: 'Ill.' } : {}),
});

describe('schema version 5 aggregates', () => {
  it('sums the records of a version 4 database, so seats and pipeline counts are true from the start', async () => {
    const morning = fixtureId(801);
    const afternoon = fixtureId(802);
    const db = await upgradedFrom(4, 'shipped-v4-sums', async (old) => {
      await old.table('projects').bulkAdd([
        aProject(),
        aProject({ id: fixtureId(2), reference: 'DSH-2026-015' }),
        aProject({
          id: fixtureId(3),
          reference: 'DSH-2026-016',
          status: 'withdrawn',
          ended: { on: '2026-11-30', reason: 'No funding.' },
        }),
      ]);
      await old
        .table('bookings')
        .bulkAdd([
          aBooking(1, '2026-12-01', morning, 'booked'),
          aBooking(2, '2026-12-01', morning, 'booked'),
          aBooking(3, '2026-12-01', morning, 'cancelled'),
          aBooking(4, '2026-12-01', afternoon, 'booked'),
          aBooking(5, '2026-12-02', morning, 'cancelled'),
        ]);
    });
    expect(await db.seatCounts.toArray()).toEqual([
      { date: '2026-12-01', sessionId: morning, booked: 2, total: 3 },
      { date: '2026-12-01', sessionId: afternoon, booked: 1, total: 1 },
      { date: '2026-12-02', sessionId: morning, booked: 0, total: 1 },
    ]);
    expect(await seatsTaken(db, '2026-12-01', morning)).toBe(2);
    const pipeline = await pipelineCounts(db);
    expect(pipeline.byStage[aProject().stage]).toBe(2);
    expect(pipeline.byStatus.withdrawn).toBe(1);
    expect(pipeline.total).toBe(3);
    db.close();
  });
});
