import type { AuditAction, AuditedEntity } from '../../../../shared/domain';
import { recordAuditEvent } from '../../../../renderer/db/audit/append';
import { countAuditEvents, historyOf, pageAuditEvents } from '../../../../renderer/db/audit/queries';
import { fixtureId } from '../../../helpers/domain-fixtures';
import { ACTOR, freshDb, type TestDb } from './db-fixtures';

const OTHER = { staffId: fixtureId(202), staffName: 'Pat Manager', osUser: 'pat' };

/** Twelve events, one a day from 1 Nov 2026, alternating staff, on two projects and one person. */
async function aLog(t: TestDb): Promise<void> {
  const plan: Array<[AuditedEntity, string, AuditAction]> = [
    ['project', 'p1', 'create'],
    ['project', 'p2', 'create'],
    ['person', 'x1', 'create'],
    ['project', 'p1', 'update'],
    ['project', 'p1', 'advance'],
    ['person', 'x1', 'update'],
    ['project', 'p2', 'update'],
    ['project', 'p1', 'update'],
    ['project', 'p2', 'withdraw'],
    ['person', 'x1', 'update'],
    ['project', 'p1', 'advance'],
    ['project', 'p1', 'update'],
  ];
  for (const [i, [entity, entityId, action]] of plan.entries()) {
    const day = String(i + 1).padStart(2, '0');
    await recordAuditEvent(
      { db: t.db, actor: i % 2 === 0 ? ACTOR : OTHER, now: () => new Date(`2026-11-${day}T12:00:00.000Z`) },
      { entity, entityId, action },
    );
  }
}

const seqs = (page: { events: { seq: number }[] }) => page.events.map((event) => event.seq);

describe('pageAuditEvents and countAuditEvents', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await freshDb();
    await aLog(t);
  });

  it('pages through the whole log newest first', async () => {
    const first = await pageAuditEvents(t.db, { limit: 5 });
    expect(seqs(first)).toEqual([12, 11, 10, 9, 8]);
    const second = await pageAuditEvents(t.db, { limit: 5, before: first.nextBefore });
    expect(seqs(second)).toEqual([7, 6, 5, 4, 3]);
    const last = await pageAuditEvents(t.db, { limit: 5, before: second.nextBefore });
    expect(seqs(last)).toEqual([2, 1]);
    expect(last.nextBefore).toBeUndefined();
    expect(await countAuditEvents(t.db)).toBe(12);
  });

  it('shows one record’s history', async () => {
    const page = await pageAuditEvents(t.db, { entity: 'project', entityId: 'p1', limit: 3 });
    expect(seqs(page)).toEqual([12, 11, 8]);
    expect(
      seqs(await pageAuditEvents(t.db, { entity: 'project', entityId: 'p1', limit: 3, before: 8 })),
    ).toEqual([5, 4, 1]);
    expect(await countAuditEvents(t.db, { entity: 'project', entityId: 'p1' })).toBe(6);
    expect((await historyOf(t.db, 'project', 'p1')).map((event) => event.seq)).toEqual([1, 4, 5, 8, 11, 12]);
  });

  it('filters by entity, by staff member and by action', async () => {
    expect(seqs(await pageAuditEvents(t.db, { entity: 'person', limit: 10 }))).toEqual([10, 6, 3]);
    expect(seqs(await pageAuditEvents(t.db, { staffId: OTHER.staffId, limit: 10 }))).toEqual([
      12, 10, 8, 6, 4, 2,
    ]);
    expect(seqs(await pageAuditEvents(t.db, { action: 'advance', limit: 10 }))).toEqual([11, 5]);
    expect(await countAuditEvents(t.db, { staffId: ACTOR.staffId })).toBe(6);
  });

  it('combines filters: one index serves, the others are applied to what it yields', async () => {
    const filter = { entity: 'project' as const, entityId: 'p1', staffId: OTHER.staffId };
    expect(seqs(await pageAuditEvents(t.db, { ...filter, limit: 10 }))).toEqual([12, 8, 4]);
    expect(await countAuditEvents(t.db, filter)).toBe(3);
    expect(
      seqs(await pageAuditEvents(t.db, { staffId: ACTOR.staffId, action: 'update', limit: 10 })),
    ).toEqual([7]);
  });

  it('limits to a time window: from included, to excluded', async () => {
    const window = { from: '2026-11-04T12:00:00.000Z', to: '2026-11-09T12:00:00.000Z' };
    expect(seqs(await pageAuditEvents(t.db, { ...window, limit: 10 }))).toEqual([8, 7, 6, 5, 4]);
    expect(await countAuditEvents(t.db, window)).toBe(5);
    expect(
      seqs(await pageAuditEvents(t.db, { ...window, entity: 'project', entityId: 'p1', limit: 10 })),
    ).toEqual([8, 5, 4]);
    expect(seqs(await pageAuditEvents(t.db, { ...window, limit: 2, before: 7 }))).toEqual([6, 5]);
    expect(await countAuditEvents(t.db, { from: '2026-12-01T00:00:00.000Z' })).toBe(0);
    expect(await countAuditEvents(t.db, { to: '2026-11-01T00:00:00.000Z' })).toBe(0);
  });
});
