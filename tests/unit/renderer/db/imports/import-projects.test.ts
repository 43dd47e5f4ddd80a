import { projectsExport } from '../../../../../renderer/features/import/export-files';
import { undoImport } from '../../../../../renderer/db/imports/undo';
import { createEnquiry } from '../../../../../renderer/db/repositories/projects';
import { verifyAuditLog } from '../../../../../renderer/db/audit/verify';
import { enquiryForm, freshDb } from '../db-fixtures';
import { importCsv, previewOf } from './import-fixtures';
import { failureOf } from '../../../../helpers/failure-of';

const PEOPLE = [
  'Name,E-mail,Organisation',
  'Dr Zoë Ågren,z.agren@example.ac.uk,University of Example',
  'Łukasz Żółć,l.zolc@example.ac.uk,University of Example',
].join('\n');

const PROJECTS = [
  'Reference,Title,Stage,Date received,Contact name,Contact e-mail,Organisation,Brief description,Lead researcher e-mail,Members,Planned start,Planned end',
  'DSH-2019-007,Asthma outcomes,Active,04/03/2019,Dr Zoë Ågren,z.agren@example.ac.uk,University of Example,Linked records,Z.Agren@example.ac.uk,l.zolc@example.ac.uk,01/04/2019,31/03/2027',
  ',Sleep and shift work,Enquiry,5 Jun 2019,Łukasz Żółć,l.zolc@example.ac.uk,University of Example,Survey data,,,,',
  ',Unknown team,Onboarding,05/06/2019,A B,a.b@example.ac.uk,Elsewhere,Something,stranger@example.ac.uk,,,',
  ',Bad stage,Finished,05/06/2019,A B,a.b@example.ac.uk,Elsewhere,Something,,,,',
].join('\n');

describe('importing projects at their stage', () => {
  it('previews each project at its stage with its members, listing what the gates on the way still need', async () => {
    const { ctx } = await freshDb();
    await importCsv(ctx, 'people', PEOPLE);
    const plan = await previewOf(ctx, 'projects', PROJECTS);
    expect(plan.rows.map((row) => row.action)).toEqual([
      'create-project',
      'create-project',
      'refuse',
      'refuse',
    ]);
    const active = plan.rows[0]!;
    if (active.action !== 'create-project') throw new Error('expected a project');
    expect(active.project.body).toMatchObject({ reference: 'DSH-2019-007', stage: 'active', status: 'open' });
    expect(active.project.members.map((member) => member.role)).toEqual(['lead', 'analyst']);
    expect(active.project.gaps).toEqual(
      expect.arrayContaining([
        'Enquiry: Record the initial discussion.',
        expect.stringMatching(/^Set Up: Mark ‘.+’ done, with who did it and when\.$/),
        expect.stringMatching(/^Access: Dr Zoë Ågren/),
      ]),
    );
    expect(plan.rows[2]).toMatchObject({
      issues: [
        { value: 'stranger@example.ac.uk', message: expect.stringContaining('Import the people first') },
      ],
    });
    expect(plan.rows[3]).toMatchObject({
      issues: [
        { column: 'C (Stage)', value: 'Finished', message: expect.stringContaining('is not a stage') },
      ],
    });
  });

  it('keeps the file’s reference and never issues it again; other projects get the next of the year received', async () => {
    const { db, ctx } = await freshDb();
    await importCsv(ctx, 'people', PEOPLE);
    const outcome = await importCsv(ctx, 'projects', PROJECTS);
    expect(outcome).toMatchObject({ created: 2, refused: 2 });
    const projects = await db.projects.orderBy('reference').toArray();
    expect(projects.map((p) => [p.reference, p.stage, p.title])).toEqual([
      ['DSH-2019-007', 'active', 'Asthma outcomes'],
      ['DSH-2019-008', 'enquiry', 'Sleep and shift work'],
    ]);
    expect(await db.memberships.where('projectId').equals(projects[0]!.id).count()).toBe(2);
    expect((await createEnquiry(ctx, enquiryForm())).reference).toMatch(/^DSH-2026-/);
    expect(await verifyAuditLog(db)).toMatchObject({ intact: true });
  });

  it('undoes projects with their memberships; the people cannot be undone while they are members', async () => {
    const { db, ctx } = await freshDb();
    const people = await importCsv(ctx, 'people', PEOPLE);
    const projects = await importCsv(ctx, 'projects', PROJECTS);
    expect((await failureOf(undoImport(ctx, people.importId))).message).toContain(
      'Dr Zoë Ågren now has projects',
    );
    expect(await undoImport(ctx, projects.importId)).toEqual({ removed: 2, restored: 0 });
    expect(await db.projects.count()).toBe(0);
    expect(await db.memberships.count()).toBe(0);
    expect(await undoImport(ctx, people.importId)).toEqual({ removed: 2, restored: 0 });
    expect(await verifyAuditLog(db)).toMatchObject({ intact: true });
  });
});

describe('exporting projects', () => {
  it('writes the importer’s columns, so the exported file imports again as already recorded', async () => {
    const { ctx } = await freshDb();
    await importCsv(ctx, 'people', PEOPLE);
    await importCsv(ctx, 'projects', PROJECTS);
    const { bytes, count } = await projectsExport(ctx.db);
    expect(count).toBe(2);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain(
      'DSH-2019-007,Asthma outcomes,Active,04/03/2019,Dr Zoë Ågren,z.agren@example.ac.uk,University of Example,Linked records,z.agren@example.ac.uk,l.zolc@example.ac.uk,01/04/2019,31/03/2027',
    );
    const again = await previewOf(ctx, 'projects', text.replace(/^\uFEFF/, ''));
    expect(again.rows.map((row) => row.action)).toEqual(['unchanged', 'unchanged']);
  });
});
