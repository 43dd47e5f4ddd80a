/** Schema version 3 adds the acknowledged reminders; a version 2 database keeps every record through it. */
import { DshDatabase } from '../../../../renderer/db/database';
import { upgradedFrom } from './shipped-upgrade';
import { aPerson, aProject } from '../../../helpers/domain-fixtures';
import { SHIPPED_V2_STORES } from './shipped-schemas';

describe('schema version 3', () => {
  it('upgrades a version 2 database: every record kept, and an empty table of acknowledgements', async () => {
    const db = await upgradedFrom(2, 'shipped-v2', async (old) => {
      await old.table('meta').put({ key: 'installationId', value: 'b7a5c1de-0000-4000-8000-000000000002' });
      await old.table('projects').add(aProject());
      await old.table('people').add(aPerson());
    });
    expect(db.verno).toBe(7);
    expect(db.backendDB().version).toBe(70);
    expect(await db.projects.toArray()).toEqual([aProject()]);
    expect(await db.people.toArray()).toEqual([aPerson()]);
    expect((await db.meta.get('installationId'))?.value).toBe('b7a5c1de-0000-4000-8000-000000000002');
    expect(await db.acknowledgements.count()).toBe(0);
    expect(db.acknowledgements.schema.primKey.keyPath).toBe('itemId');
    expect(db.acknowledgements.schema.indexes.map((index) => index.name)).toEqual(['at']);
    db.close();
  });

  it('keeps the version 2 stores unchanged (but for the unique indexes version 4 made plain, and the register indexes version 7 added)', () => {
    const db = new DshDatabase('unopened');
    for (const [table, shipped] of Object.entries(SHIPPED_V2_STORES)) {
      const spec = shipped.replace(/&/g, '').replace(/\s+/g, '').split(',');
      const schema = db.table(table).schema;
      const declared = [schema.primKey.src, ...schema.indexes.map((index) => index.src)].map((src) =>
        src.replace(/\s+/g, ''),
      );
      expect([table, declared.slice(0, spec.length)]).toEqual([table, spec]);
      // Version 7 added to projects only the register's indexes, each closed by the id.
      const added = declared.slice(spec.length);
      expect([table, added.filter((index) => table !== 'projects' || !/^\[.+\+id\]$/.test(index))]).toEqual([
        table,
        [],
      ]);
    }
  });
});
