import { verifyAuditLog } from '../../../../../renderer/db/audit/verify';
import { recentImports } from '../../../../../renderer/db/imports/history';
import { runImport } from '../../../../../renderer/db/imports/run';
import { undoImport } from '../../../../../renderer/db/imports/undo';
import { addPerson, updatePerson } from '../../../../../renderer/db/repositories/people';
import { addTrainingRecord } from '../../../../../renderer/db/repositories/training';
import { freshDb, personForm } from '../db-fixtures';
import { importCsv, previewOf } from './import-fixtures';
import { failureOf } from '../../../../helpers/failure-of';

const PEOPLE = [
  'Name,E-mail,Organisation,Department',
  'Zoë Ågren,zoe.agren@ucl.ac.uk,UCL,Statistics',
  'Dr A Smith,A.SMITH@example.ac.uk,University of Example,Epidemiology',
  'Nobody,not-an-email,UCL,',
].join('\r\n');

describe('previewing an import', () => {
  it('says per row what will be created, updated (matched by e-mail in any case) or refused', async () => {
    const { ctx } = await freshDb();
    await addPerson(ctx, personForm());
    const plan = await previewOf(ctx, 'people', PEOPLE);
    expect(plan.rows.map((row) => [row.rowNumber, row.action])).toEqual([
      [2, 'create-person'],
      [3, 'update-person'],
      [4, 'refuse'],
    ]);
    expect(plan.rows[1]).toMatchObject({ changed: ['department'], form: { email: 'a.smith@example.ac.uk' } });
  });

  it('refuses training for someone not recorded, and leaves training already recorded as it is', async () => {
    const { ctx } = await freshDb();
    const person = await addPerson(ctx, personForm());
    await addTrainingRecord(ctx, {
      personId: person.id,
      kind: 'dsh-environment',
      completedOn: '2026-01-05',
    });
    const plan = await previewOf(
      ctx,
      'training',
      [
        'E-mail,Training,Completed,Evidence reference',
        'a.smith@example.ac.uk,DSH environment training,05/01/2026,',
        'a.smith@example.ac.uk,NHS DSA Level 1,6 Dec 2026,DSA-77',
        'stranger@example.ac.uk,NHS DSA Level 1,6 Dec 2026,DSA-78',
      ].join('\n'),
    );
    expect(plan.rows.map((row) => row.action)).toEqual(['unchanged', 'create-training', 'refuse']);
    expect(plan.rows[2]).toMatchObject({
      issues: [
        {
          rowNumber: 4,
          value: 'stranger@example.ac.uk',
          message: expect.stringContaining('Import the people first'),
        },
      ],
    });
  });
});

describe('importing', () => {
  it('writes the good rows in one go, one event per record and one import event with the file’s SHA-256 and counts', async () => {
    const { db, ctx } = await freshDb();
    await addPerson(ctx, personForm());
    const outcome = await importCsv(ctx, 'people', PEOPLE, 'team people.csv');
    expect(outcome).toMatchObject({ created: 1, updated: 1, refused: 1, unchanged: 0 });
    expect((await db.people.orderBy('name').toArray()).map((p) => [p.name, p.department])).toEqual([
      ['Dr A Smith', 'Epidemiology'],
      ['Zoë Ågren', 'Statistics'],
    ]);
    const events = await db.auditEvents.orderBy('seq').toArray();
    expect(events.map((event) => [event.entity, event.action])).toEqual([
      ['person', 'create'],
      ['person', 'create'],
      ['person', 'update'],
      ['database', 'import'],
    ]);
    expect(events[1]?.reason).toBe('Imported from team people.csv');
    expect(events[3]?.changes).toMatchObject({
      file: { after: 'team people.csv' },
      sha256: { after: expect.stringMatching(/^[0-9a-f]{64}$/) },
      created: { after: 1 },
      updated: { after: 1 },
      refused: { after: 1 },
    });
    expect(await verifyAuditLog(db)).toMatchObject({ intact: true });
    expect(await recentImports(db)).toMatchObject([{ file: 'team people.csv', created: 1, undone: false }]);
  });

  it('writes nothing at all when one record fails while importing (here: someone changed a person since the preview)', async () => {
    const { db, ctx } = await freshDb();
    const person = await addPerson(ctx, personForm());
    const plan = await previewOf(ctx, 'people', PEOPLE);
    await updatePerson(ctx, person.id, 1, personForm({ phone: '+44 1234 567890' }));
    const before = await db.auditEvents.count();
    const error = await failureOf(runImport(ctx, plan, { name: 'people.csv', sha256: '0'.repeat(64) }));
    expect(error.message).toContain('changed elsewhere');
    expect(await db.people.count()).toBe(1);
    expect(await db.auditEvents.count()).toBe(before);
  });
});

describe('undoing an import', () => {
  it('deletes what it created and gives updated people their earlier details back, audited, in one step', async () => {
    const { db, ctx } = await freshDb();
    await addPerson(ctx, personForm());
    const { importId } = await importCsv(ctx, 'people', PEOPLE);
    expect(await undoImport(ctx, importId)).toEqual({ removed: 1, restored: 1 });
    expect((await db.people.toArray()).map((p) => [p.name, p.department])).toEqual([
      ['Dr A Smith', 'Population Health'],
    ]);
    const last = await db.auditEvents.orderBy('seq').last();
    expect(last).toMatchObject({ entity: 'database', entityId: importId, action: 'undo-import' });
    expect(await verifyAuditLog(db)).toMatchObject({ intact: true });
    expect(await recentImports(db)).toMatchObject([{ undone: true }]);
    expect((await failureOf(undoImport(ctx, importId))).message).toContain('already undone');
  });

  it('refuses, writing nothing, when a record it brought in was changed or given training since', async () => {
    const { db, ctx } = await freshDb();
    const { importId } = await importCsv(ctx, 'people', PEOPLE);
    const zoe = (await db.people.where('email').equals('zoe.agren@ucl.ac.uk').first())!;
    await addTrainingRecord(ctx, { personId: zoe.id, kind: 'dsh-environment', completedOn: '2026-12-01' });
    const smith = (await db.people.where('email').equals('a.smith@example.ac.uk').first())!;
    await updatePerson(ctx, smith.id, 1, personForm({ department: 'Elsewhere' }));
    const before = await db.auditEvents.count();
    const error = await failureOf(undoImport(ctx, importId));
    expect(error.message).toBe(
      'The import of people.csv cannot be undone: Dr A Smith was changed since. Zoë Ågren now has training records. Correct those records by hand instead.',
    );
    expect(await db.people.count()).toBe(2);
    expect(await db.auditEvents.count()).toBe(before);
  });
});
