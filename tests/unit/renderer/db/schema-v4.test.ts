/**
 * Schema version 4 (team sync): a version 3 database keeps every record; the indexes that were unique become
 * plain (so a record from another workstation always applies, and the write path refuses duplicates itself);
 * the sync tables start empty.
 */
import { upgradedFrom } from './shipped-upgrade';
import { addPerson } from '../../../../renderer/db/repositories/people';
import { ACTOR, NOW, personForm } from './db-fixtures';
import { aPerson, aProject } from '../../../helpers/domain-fixtures';

describe('schema version 4', () => {
  it('upgrades a version 3 database: every record kept, no unique index left, empty sync tables', async () => {
    const db = await upgradedFrom(3, 'shipped-v3', async (old) => {
      await old.table('projects').add(aProject());
      await old.table('people').add(aPerson());
      await old.table('acknowledgements').add({
        itemId: 'x',
        entity: 'person',
        entityId: aPerson().id,
        at: NOW.toISOString(),
        staffId: ACTOR.staffId,
        staffName: ACTOR.staffName,
      });
    });
    expect(db.verno).toBe(7);
    expect(await db.projects.toArray()).toEqual([aProject()]);
    expect(await db.people.toArray()).toEqual([aPerson()]);
    expect(await db.acknowledgements.count()).toBe(1);
    for (const table of db.tables)
      expect([
        table.name,
        table.schema.indexes.filter((index) => index.unique).map((index) => index.name),
      ]).toEqual([table.name, []]);
    for (const table of [db.outbox, db.syncRevs, db.syncConflicts, db.peerAuditEvents])
      expect([table.name, await table.count()]).toEqual([table.name, 0]);
    expect(db.peerAuditEvents.schema.primKey.keyPath).toEqual(['device', 'seq']);

    // The write path still refuses a second person with the same e-mail address, as the index did.
    const ctx = { db, actor: ACTOR, now: () => NOW };
    await expect(addPerson(ctx, personForm({ email: aPerson().email }))).rejects.toThrow(
      `A person with the e-mail address ${aPerson().email} is already recorded.`,
    );
    expect(await db.people.count()).toBe(1);
    db.close();
  });
});
