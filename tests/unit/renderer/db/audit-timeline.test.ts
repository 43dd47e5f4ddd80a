import type { AuditAction, AuditEvent, AuditedEntity } from '../../../../shared/domain';
import type { TimelineCursor } from '../../../../shared/audit/timeline';
import { nextAuditEvent, recordAuditEvent } from '../../../../renderer/db/audit/append';
import { verifyAuditLog } from '../../../../renderer/db/audit/verify';
import {
  countTeamTimeline,
  pageTeamTimeline,
  type TimelineFilter,
} from '../../../../renderer/db/audit/timeline';
import { fixtureId } from '../../../helpers/domain-fixtures';
import type { DBCore, DBCoreCursor, Middleware } from 'dexie';
import { ACTOR, freshDb, type TestDb } from './db-fixtures';

const PEER_ACTOR = { staffId: fixtureId(303), staffName: 'Kit Peer', osUser: 'kit', account: 'kit.peer' };
type Plan = Array<[string, AuditedEntity, string, AuditAction?]>;

/** This workstation's events, one per `[time, entity, id]`, on 6 December 2026. */
async function ownEvents(t: TestDb, plan: Plan): Promise<void> {
  for (const [time, entity, entityId, action = 'update'] of plan) {
    const now = () => new Date(`2026-12-06T${time}:00.000Z`);
    await recordAuditEvent({ ...t.ctx, now }, { entity, entityId, action });
  }
}

/** Another workstation's chain, as sync stores it; its clock may say anything. */
async function peerChain(t: TestDb, device: string, plan: Plan): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  for (const [time, entity, entityId, action = 'update'] of plan) {
    const now = () => new Date(`2026-12-06T${time}:00.000Z`);
    // Built as its own workstation built it, then its clock's time kept even when it went back.
    const event = nextAuditEvent(
      events.at(-1),
      { actor: PEER_ACTOR, now },
      { entity, entityId, action },
      device,
    );
    events.push(event);
  }
  await t.db.peerAuditEvents.bulkPut(events);
  return events;
}

/**
 * Counts the events read from the other workstations' table (every cursor step and every bulk read, whatever
 * filters then keep) from now on: the database is reopened with a counting layer under Dexie.
 */
async function countingPeerReads(t: TestDb): Promise<{ values: number }> {
  const read = { values: 0 };
  const counting: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'countPeerReads',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'peerAuditEvents') return table;
        return {
          ...table,
          query: async (request) => {
            const answer = await table.query(request);
            read.values += answer.result.length;
            return answer;
          },
          openCursor: async (request) => {
            const cursor = await table.openCursor(request);
            if (!cursor) return cursor;
            return Object.create(cursor, {
              start: {
                value: (onNext: () => void) =>
                  cursor.start(() => {
                    read.values += 1;
                    onNext();
                  }),
              },
            }) as DBCoreCursor;
          },
        };
      },
    }),
  };
  t.db.close();
  t.db.use(counting);
  await t.db.open();
  return read;
}

/** Every entry of the timeline, page by page, as "who#seq" (this workstation is "here"). */
async function readAll(t: TestDb, filter: TimelineFilter = {}, limit = 3): Promise<string[][]> {
  const pages: string[][] = [];
  let cursor: TimelineCursor | undefined = {};
  while (cursor && pages.length < 20) {
    const page = await pageTeamTimeline(t.db, { filter, cursor, limit });
    pages.push(page.entries.map((entry) => `${entry.own ? 'here' : entry.device}#${entry.seq}`));
    cursor = page.next;
  }
  return pages;
}

describe('the team timeline on the Audit page', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await freshDb();
    await ownEvents(t, [
      ['09:00', 'project', 'p1', 'create'],
      ['09:10', 'person', 'x1', 'create'],
      ['09:30', 'project', 'p1'],
    ]);
    await peerChain(t, 'peer-b', [
      ['09:05', 'project', 'p1'],
      ['09:20', 'person', 'x1'],
      ['09:40', 'project', 'p2', 'create'],
    ]);
  });

  it('lists this workstation’s and another’s events in one order, newest first, page by page', async () => {
    expect(await readAll(t)).toEqual([
      ['peer-b#3', 'here#3', 'peer-b#2'],
      ['here#2', 'peer-b#1', 'here#1'],
    ]);
    expect(await countTeamTimeline(t.db, {})).toBe(6);
  });

  it('keeps a workstation’s own order when its clock went back, and ties by workstation', async () => {
    // Workstation C's clock was set back between its events 1 and 2; its event 3 ties with ours at 09:30.
    await peerChain(t, 'peer-c', [
      ['09:50', 'project', 'p1'],
      ['08:00', 'project', 'p1'],
      ['09:30', 'project', 'p1'],
    ]);
    const order = (await readAll(t, {}, 2)).flat();
    expect(order).toHaveLength(9);
    const ofC = order.filter((id) => id.startsWith('peer-c'));
    expect(ofC).toEqual(['peer-c#3', 'peer-c#2', 'peer-c#1']);
    // At the same instant, the greater workstation id counts as later (newest first: it comes first).
    const own = (await t.db.meta.get('installationId'))!.value;
    const tie = ['peer-c', own].sort().reverse();
    expect(order.indexOf(tie[0] === own ? 'here#3' : 'peer-c#3')).toBeLessThan(
      order.indexOf(tie[0] === own ? 'peer-c#3' : 'here#3'),
    );
  });

  it('filters every workstation’s events by record type, time and staff member', async () => {
    expect((await readAll(t, { entity: 'person' })).flat()).toEqual(['peer-b#2', 'here#2']);
    expect(await countTeamTimeline(t.db, { entity: 'person' })).toBe(2);
    const window = { from: '2026-12-06T09:08:00.000Z', to: '2026-12-06T09:35:00.000Z' };
    expect((await readAll(t, window)).flat()).toEqual(['here#3', 'peer-b#2', 'here#2']);
    expect(await countTeamTimeline(t.db, window)).toBe(3);
    expect((await readAll(t, { staffId: PEER_ACTOR.staffId })).flat()).toEqual([
      'peer-b#3',
      'peer-b#2',
      'peer-b#1',
    ]);
    expect((await readAll(t, { staffId: ACTOR.staffId })).flat()).toEqual(['here#3', 'here#2', 'here#1']);
    expect(await countTeamTimeline(t.db, { staffId: PEER_ACTOR.staffId })).toBe(3);
  });

  it('finds a time window in a long chain of another workstation, page by page', async () => {
    const minute = (n: number) => `10:${String(n).padStart(2, '0')}`;
    await peerChain(
      t,
      'peer-long',
      Array.from({ length: 45 }, (_, n): Plan[number] => [minute(n), 'project', `p${n}`]),
    );
    // 10:07 up to (not including) 10:31: events 8 to 31 of that chain, and none of the others.
    const window = { from: '2026-12-06T10:07:00.000Z', to: '2026-12-06T10:31:00.000Z' };
    const order = (await readAll(t, window, 7)).flat();
    expect(order).toEqual(Array.from({ length: 24 }, (_, n) => `peer-long#${31 - n}`));
    expect(await countTeamTimeline(t.db, window)).toBe(24);
  });

  it('filters by action, person and record type through their indexes, page by page, within a window', async () => {
    const minute = (n: number) => `10:${String(n).padStart(2, '0')}`;
    // A long chain whose every third event is an export (events 3, 6, … 45).
    await peerChain(
      t,
      'peer-long',
      Array.from({ length: 45 }, (_, n): Plan[number] => [
        minute(n),
        'project',
        `p${n}`,
        (n + 1) % 3 === 0 ? 'export' : 'update',
      ]),
    );
    await ownEvents(t, [['10:19', 'project', 'p1', 'export']]);
    const exports = (await readAll(t, { action: 'export' }, 4)).flat();
    expect(exports).toEqual([
      ...[45, 42, 39, 36, 33, 30, 27, 24, 21].map((seq) => `peer-long#${seq}`),
      'here#4',
      ...[18, 15, 12, 9, 6, 3].map((seq) => `peer-long#${seq}`),
    ]);
    expect(await countTeamTimeline(t.db, { action: 'export' })).toBe(16);
    // 10:07 up to (not including) 10:31: exports 9 to 30 of that chain, and this workstation's.
    const window = { action: 'export', from: '2026-12-06T10:07:00.000Z', to: '2026-12-06T10:31:00.000Z' };
    expect((await readAll(t, window, 3)).flat()).toEqual([
      'peer-long#30',
      'peer-long#27',
      'peer-long#24',
      'peer-long#21',
      'here#4',
      'peer-long#18',
      'peer-long#15',
      'peer-long#12',
      'peer-long#9',
    ]);
    expect(await countTeamTimeline(t.db, window)).toBe(9);
    // A person and an action together: the person's index, the action checked on what it yields.
    const peerExports = { staffId: PEER_ACTOR.staffId, action: 'export' };
    expect((await readAll(t, peerExports, 5)).flat()).toHaveLength(15);
    expect(await countTeamTimeline(t.db, peerExports)).toBe(15);
    expect((await readAll(t, { entity: 'person' }, 1)).flat()).toEqual(['peer-b#2', 'here#2']);
  });

  it('reads a sparse person’s or action’s events through the index, not the whole chain', async () => {
    const minute = (n: number) => `1${Math.floor(n / 60)}:${String(n % 60).padStart(2, '0')}`;
    await peerChain(
      t,
      'peer-long',
      Array.from({ length: 240 }, (_, n): Plan[number] => [minute(n), 'project', `p${n}`]),
    );
    const read = await countingPeerReads(t);
    // The other workstations hold 243 events, one of them about a person; 3 of them are creations.
    expect((await readAll(t, { entity: 'person' }, 5)).flat()).toEqual(['peer-b#2', 'here#2']);
    expect(await countTeamTimeline(t.db, { action: 'create' })).toBe(3);
    expect((await readAll(t, { staffId: ACTOR.staffId }, 5)).flat()).toEqual(['here#3', 'here#2', 'here#1']);
    // Walking each chain and checking every event read 733 here (all 243 for each of the three).
    expect(read.values).toBeLessThan(20);
  });

  it('shows one record’s history from every workstation', async () => {
    const filter: TimelineFilter = { entity: 'project', entityId: 'p1' };
    expect((await readAll(t, filter)).flat()).toEqual(['here#3', 'peer-b#1', 'here#1']);
    expect(await countTeamTimeline(t.db, filter)).toBe(3);
  });

  it('shows the events about a project or a person, their memberships and bookings included', async () => {
    // Dr X (x1) is on project p1 (membership m1) and has a booking on project p2 (b1).
    await t.db.memberships.put({ id: 'm1', projectId: 'p1', personId: 'x1' } as never);
    await t.db.bookings.put({ id: 'b1', projectId: 'p2', personId: 'x1', date: '2026-12-07' } as never);
    await ownEvents(t, [['10:00', 'membership', 'm1', 'create']]);
    await peerChain(t, 'peer-c', [
      ['10:05', 'booking', 'b1', 'create'],
      ['10:10', 'membership', 'm1', 'grant-access'],
    ]);
    expect((await readAll(t, { projectId: 'p1' })).flat()).toEqual([
      'peer-c#2',
      'here#4',
      'here#3',
      'peer-b#1',
      'here#1',
    ]);
    expect(await countTeamTimeline(t.db, { projectId: 'p1' })).toBe(5);
    expect((await readAll(t, { personId: 'x1' }, 2)).flat()).toEqual([
      'peer-c#2',
      'peer-c#1',
      'here#4',
      'peer-b#2',
      'here#2',
    ]);
    // Both: the records of that person on that project.
    expect((await readAll(t, { projectId: 'p1', personId: 'x1' })).flat()).toEqual(['peer-c#2', 'here#4']);
    // With the other filters too.
    expect((await readAll(t, { personId: 'x1', staffId: ACTOR.staffId })).flat()).toEqual([
      'here#4',
      'here#2',
    ]);
  });

  it('verifies every workstation’s chain and names a broken one by workstation and first bad event', async () => {
    expect((await verifyAuditLog(t.db)).message).toBe(
      'The audit log is intact: 3 events checked, and 3 events of 1 other workstation.',
    );
    const second = (await t.db.peerAuditEvents.get(['peer-b', 2]))!;
    await t.db.peerAuditEvents.put({ ...second, reason: 'Quietly changed' });
    const verdict = await verifyAuditLog(t.db);
    expect(verdict).toMatchObject({
      intact: false,
      brokenAtSeq: undefined,
      brokenPeers: [{ device: 'peer-b', seq: 2 }],
    });
    expect(verdict.message).toBe(
      'The audit log has been tampered with: in the log of workstation peer-b (last used by kit.peer), ' +
        'event 2 was changed after it was written. This workstation’s own 3 events are intact.',
    );
  });
});
