/**
 * The merge base kept only where it is needed (base-pin.ts): a pulled record's revision holds no copy of it;
 * the first local change keeps the row as it was, so a record pulled, then edited here and there, still
 * merges by field. Revisions stored by the version before (every one with its base) still merge the same.
 */
import { useTestCouch } from '../../../helpers/use-test-couch';
import { newTeamDatabase } from '../../../helpers/sync-fixtures';
import { personForm } from './db-fixtures';
import { type TeamWorkstation, teamWorkstation } from './team-fixtures';
import { addPerson, getPerson, updatePerson } from '../../../../renderer/db/repositories/people';
import { leaveTeam } from '../../../../renderer/db/sync/queue-all';
import type { Person } from '../../../../shared/domain';

const couch = useTestCouch();

/** A's new name and organisation, B's new department: different fields. */
async function editBoth(a: TeamWorkstation, b: TeamWorkstation, person: Person): Promise<void> {
  await updatePerson(a.ctx, person.id, person.revision, {
    ...personForm({ name: 'Ada Nowak-Smith', email: 'ada@example.org' }),
    organisation: 'University of A',
  });
  const onB = (await getPerson(b.db, person.id))!;
  await updatePerson(b.ctx, onB.id, onB.revision, {
    ...personForm({ name: onB.name, email: 'ada@example.org' }),
    organisation: onB.organisation,
    department: 'Radiology',
  });
}

describe('merge bases kept only where a record changed here', () => {
  let a: TeamWorkstation;
  let b: TeamWorkstation;
  beforeEach(async () => {
    const team = await newTeamDatabase(couch);
    a = await teamWorkstation(couch, team);
    b = await teamWorkstation(couch, team);
  }, 30_000);
  afterEach(async () => {
    await leaveTeam(a.db);
    await leaveTeam(b.db);
  });

  it('a record pulled, then edited here and there, still merges by field', async () => {
    const person = await addPerson(a.ctx, personForm({ name: 'Ada Nowak', email: 'ada@example.org' }));
    await a.engine.syncNow();
    await b.engine.syncNow();
    const key = `people/${person.id}`;
    // Pulled (B) or sent (A) and unchanged since: no copy of the record is kept.
    expect(await b.db.syncRevs.get(key)).not.toHaveProperty('base');
    expect(await a.db.syncRevs.get(key)).not.toHaveProperty('base');

    await editBoth(a, b, person);
    // The first change here kept the server's version as the base.
    const server = { name: 'Ada Nowak', organisation: person.organisation, department: person.department };
    expect((await b.db.syncRevs.get(key))?.base).toMatchObject(server);
    expect((await a.db.syncRevs.get(key))?.base).toMatchObject(server);

    for (const side of [a, b, a]) await side.engine.syncNow();
    for (const side of [a, b]) {
      expect(await getPerson(side.db, person.id)).toMatchObject({
        name: 'Ada Nowak-Smith',
        organisation: 'University of A',
        department: 'Radiology',
      });
      expect(await side.db.syncConflicts.count()).toBe(0);
      expect(await side.db.outbox.count()).toBe(0);
    }
    expect(await getPerson(a.db, person.id)).toEqual(await getPerson(b.db, person.id));
  });

  it('revisions stored by the previous version (each with its base) still merge by field', async () => {
    const person = await addPerson(a.ctx, personForm({ name: 'Ada Nowak', email: 'ada@example.org' }));
    await a.engine.syncNow();
    await b.engine.syncNow();
    // As the previous version stored them: the server's version copied into every revision.
    for (const side of [a, b]) {
      const revisions = await side.db.syncRevs.toArray();
      const withBase = await Promise.all(
        revisions.map(async (revision) => {
          const [table, ...pk] = revision.key.split('/');
          const row = (await side.db.table(table!).get(pk.join('/'))) as Record<string, unknown>;
          return { ...revision, base: row };
        }),
      );
      await side.db.syncRevs.bulkPut(withBase);
    }
    const key = `people/${person.id}`;
    await editBoth(a, b, person);
    // A base already kept is not replaced by the first change.
    expect((await b.db.syncRevs.get(key))?.base).toMatchObject({
      name: 'Ada Nowak',
      department: person.department,
    });

    for (const side of [a, b, a]) await side.engine.syncNow();
    for (const side of [a, b])
      expect(await getPerson(side.db, person.id)).toMatchObject({
        name: 'Ada Nowak-Smith',
        organisation: 'University of A',
        department: 'Radiology',
      });
    expect(await b.db.syncConflicts.count()).toBe(0);
  });
});
