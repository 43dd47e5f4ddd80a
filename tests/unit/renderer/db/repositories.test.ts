import { verifyAuditLog } from '../../../../renderer/db/audit/verify';
import { CATALOGUE_AND_PEOPLE_WRITES } from './catalogue-and-people-writes';
import { ACTOR, freshDb } from './db-fixtures';
import { PROJECT_WRITES } from './project-writes';
import { World } from './world';

const ROWS = { ...CATALOGUE_AND_PEOPLE_WRITES, ...PROJECT_WRITES };

describe('every repository write', () => {
  it.each(Object.entries(ROWS))(
    '%s: writes exactly one audit event, by the actor, with before and after',
    async (_name, row) => {
      const t = await freshDb();
      const world = new World(t);
      await row.arrange?.(world);
      const before = await t.db.auditEvents.count();

      const entityId = await row.act(world);

      const events = await t.db.auditEvents.where('seq').above(before).toArray();
      expect(events).toHaveLength(1);
      const [event] = events;
      expect(event).toMatchObject({ actor: ACTOR, entity: row.entity, entityId, action: row.action });
      expect(event?.changes).toMatchObject(row.changes);
      if (row.action === 'create')
        expect(Object.values(event!.changes).every((c) => !('before' in c))).toBe(true);
      if (row.action === 'delete')
        expect(Object.values(event!.changes).every((c) => !('after' in c))).toBe(true);
      expect((await verifyAuditLog(t.db)).intact).toBe(true);
    },
  );

  it('covers the writes of every repository', () => {
    const entities = new Set(Object.values(ROWS).map((row) => row.entity));
    expect(entities.size).toBe(15);
  });
});
