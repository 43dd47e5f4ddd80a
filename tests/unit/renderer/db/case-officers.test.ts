/**
 * A project's case officer: set and cleared through the project write path with one audit event each, only
 * to someone still in the team, never on a closed project; "My projects" on the register follows it (the
 * CSV export: tests/unit/renderer/features/certificates/register-csv-case-officer.test.tsx).
 */
import { RefusedError } from '../../../../renderer/db/errors';
import { setCaseOfficer } from '../../../../renderer/db/repositories/case-officers';
import { registerIds } from '../../../../renderer/db/repositories/project-register';
import { createEnquiry } from '../../../../renderer/db/repositories/projects';
import { addStaffMember, updateStaffMember } from '../../../../renderer/db/repositories/staff';
import { enquiryForm, freshDb, staffForm, type TestDb } from './db-fixtures';
import { failureOf } from '../../../helpers/failure-of';

let t: TestDb;
beforeEach(async () => {
  t = await freshDb();
});
afterEach(() => t.db.close());

describe('the case officer of a project', () => {
  it('is set and cleared with one audited update each, naming the officer before and after', async () => {
    const tess = await addStaffMember(t.ctx, staffForm({ name: 'Tess Officer', email: 'tess@dsh.example' }));
    const project = await createEnquiry(t.ctx, enquiryForm());
    const set = await setCaseOfficer(t.ctx, project.id, project.revision, tess.id);
    expect(set.caseOfficerId).toBe(tess.id);
    const cleared = await setCaseOfficer(t.ctx, project.id, set.revision, undefined);
    expect(cleared.caseOfficerId).toBeUndefined();
    expect('caseOfficerId' in cleared).toBe(false);

    const events = (await t.db.auditEvents.toArray()).filter(
      (event) => event.entity === 'project' && event.action === 'update',
    );
    expect(events.map((event) => event.changes.caseOfficerId)).toEqual([
      { after: tess.id },
      { before: tess.id },
    ]);
  });

  it('refuses a staff member who has left the team, saving nothing', async () => {
    const gone = await addStaffMember(t.ctx, staffForm({ name: 'Gone Officer', email: 'gone@dsh.example' }));
    await updateStaffMember(t.ctx, gone.id, gone.revision, {
      ...staffForm({ name: 'Gone Officer', email: 'gone@dsh.example' }),
      active: false,
    });
    const project = await createEnquiry(t.ctx, enquiryForm());
    const error = await failureOf(setCaseOfficer(t.ctx, project.id, project.revision, gone.id));
    expect(error).toBeInstanceOf(RefusedError);
    expect(error.message).toMatch(
      /^The case officer was not changed\. Choose a case officer from the current DSH team/,
    );
    expect((await t.db.projects.get(project.id))!.revision).toBe(project.revision);
  });

  it('refuses a closed project', async () => {
    const tess = await addStaffMember(t.ctx, staffForm({ name: 'Tess Officer', email: 'tess@dsh.example' }));
    const project = await createEnquiry(t.ctx, enquiryForm());
    await t.db.projects.put({
      ...project,
      stage: 'closure',
      status: 'closed',
      ended: { on: '2026-11-20' },
    });
    const error = await failureOf(setCaseOfficer(t.ctx, project.id, project.revision, tess.id));
    expect(error.message).toContain('This project is closed');
  });

  it('narrows the register to "My projects"', async () => {
    const tess = await addStaffMember(t.ctx, staffForm({ name: 'Tess Officer', email: 'tess@dsh.example' }));
    const mine = await createEnquiry(t.ctx, enquiryForm({ title: 'Mine' }));
    const other = await createEnquiry(t.ctx, enquiryForm({ title: 'Not mine' }));
    await setCaseOfficer(t.ctx, mine.id, mine.revision, tess.id);

    const query = { sort: 'reference' as const, descending: false };
    expect((await registerIds(t.db, query)).ids).toEqual([mine.id, other.id]);
    expect((await registerIds(t.db, { ...query, caseOfficerId: tess.id })).ids).toEqual([mine.id]);
    expect((await registerIds(t.db, { ...query, caseOfficerId: t.ctx.actor.staffId })).ids).toEqual([]);
  });
});
