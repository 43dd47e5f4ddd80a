import type { ProjectFacts } from '../../../../shared/domain';
import { GateRefusedError, RefusedError } from '../../../../renderer/db/errors';
import { loadProjectFacts } from '../../../../renderer/db/repositories/project-facts';
import {
  countOpenProjectsByStage,
  countProjects,
  findProjectByReference,
} from '../../../../renderer/db/repositories/project-lists';
import { moveProject } from '../../../../renderer/db/repositories/project-moves';
import {
  createEnquiry,
  deleteEnquiry,
  recordDiscussion,
  recordSuitability,
  updateEnquiry,
} from '../../../../renderer/db/repositories/projects';
import { IDS, aProject, gateMet } from '../../../helpers/domain-fixtures';
import { enquiryForm, freshDb, type TestDb } from './db-fixtures';
import { failureOf } from '../../../helpers/failure-of';

/** Puts a project and its facts straight into the tables (as if recorded earlier). */
async function storeProject(t: TestDb, { project, facts }: ReturnType<typeof gateMet>): Promise<void> {
  const { db } = t;
  await db.projects.add(project);
  await db.memberships.bulkAdd([...facts.memberships]);
  await db.people.bulkAdd([...facts.people]);
  await db.trainingRecords.bulkAdd([...facts.trainings]);
  await db.setupTasks.bulkAdd([...facts.setupTasks]);
  await db.connectionTypes.bulkAdd([...facts.connectionTypes]);
}

describe('project references', () => {
  it('go up by one, and a deleted enquiry’s reference is never issued again', async () => {
    const t = await freshDb();
    const first = await createEnquiry(t.ctx, enquiryForm({ title: 'First' }));
    const second = await createEnquiry(t.ctx, enquiryForm({ title: 'Second' }));
    expect([first.reference, second.reference]).toEqual(['DSH-2026-001', 'DSH-2026-002']);
    await deleteEnquiry(t.ctx, second.id, 1, 'Recorded by mistake.');
    const third = await createEnquiry(t.ctx, enquiryForm({ title: 'Third' }));
    expect(third.reference).toBe('DSH-2026-003');
    expect(await t.db.counters.get('project:2026')).toEqual({ key: 'project:2026', last: 3 });
  });

  it('start again at 001 in a new year', async () => {
    const t = await freshDb();
    await createEnquiry(t.ctx, enquiryForm());
    const newYear = { ...t.ctx, now: () => new Date('2027-01-04T09:00:00.000Z') };
    expect((await createEnquiry(newYear, enquiryForm())).reference).toBe('DSH-2027-001');
  });

  it('continue above the stored references when the counter is missing', async () => {
    const t = await freshDb();
    await t.db.projects.add(aProject({ reference: 'DSH-2026-041' }));
    expect((await createEnquiry(t.ctx, enquiryForm())).reference).toBe('DSH-2026-042');
  });

  it('refuse to delete a project that went beyond its enquiry', async () => {
    const t = await freshDb();
    await storeProject(t, gateMet('setup'));
    await expect(deleteEnquiry(t.ctx, IDS.project, 1)).rejects.toBeInstanceOf(RefusedError);
    expect(await t.db.projects.count()).toBe(1);
  });
});

describe('moveProject', () => {
  it('advances a project whose gate is met, with one event named after the move', async () => {
    const t = await freshDb();
    await storeProject(t, gateMet('setup'));
    const { project, move } = await moveProject(t.ctx, IDS.project, 1, { kind: 'advance' });
    expect(project).toMatchObject({ stage: 'access', revision: 2, stageEnteredAt: { access: '2026-11-25' } });
    expect(move.kind).toBe('advance');
    const [event] = await t.db.auditEvents.toArray();
    expect(event).toMatchObject({ entity: 'project', entityId: IDS.project, action: 'advance' });
    expect(event?.changes.stage).toEqual({ before: 'setup', after: 'access' });
  });

  it('refuses an advance the gate does not allow, with every reason, and writes nothing', async () => {
    const t = await freshDb();
    await storeProject(t, gateMet('setup'));
    await t.db.setupTasks.clear();
    await t.db.trainingRecords.where('personId').equals(IDS.analyst).delete();
    const stored = await t.db.projects.get(IDS.project);

    const error = await failureOf(moveProject(t.ctx, IDS.project, 1, { kind: 'advance' }));
    expect(error).toBeInstanceOf(GateRefusedError);
    expect((error as GateRefusedError).reasons).toEqual([
      'Mark ‘Environment created’ done, with who did it and when.',
      'Mark ‘Storage allocated’ done, with who did it and when.',
      'Mark ‘Applications installed’ done, with who did it and when.',
      'Mark ‘Connection configured’ done, with who did it and when.',
      'Mark ‘Datasets ingested’ done, with who did it and when.',
      'Łukasz Nowak has no DSH environment training.',
      'Łukasz Nowak has no NHS DSA Level 1 training valid on 25/11/2026.',
    ]);
    expect(error.message).toMatch(/^The project was not moved\. Mark ‘Environment created’ done/);
    expect(await t.db.projects.get(IDS.project)).toEqual(stored);
    expect(await t.db.auditEvents.count()).toBe(0);
  });

  it('refuses an override without a reason', async () => {
    const t = await freshDb();
    await storeProject(t, gateMet('setup'));
    await t.db.setupTasks.clear();
    const error = await failureOf(moveProject(t.ctx, IDS.project, 1, { kind: 'override', reason: '   ' }));
    expect((error as GateRefusedError).reasons).toEqual(['Give a reason.']);
    expect((await t.db.projects.get(IDS.project))?.stage).toBe('setup');
    expect(await t.db.auditEvents.count()).toBe(0);
  });

  it('moves an unmet gate on with an override, keeping the reason and what was overridden', async () => {
    const t = await freshDb();
    await storeProject(t, gateMet('setup'));
    await t.db.setupTasks.filter((task) => task.kind === 'datasets-ingested').delete();
    const { project } = await moveProject(t.ctx, IDS.project, 1, {
      kind: 'override',
      reason: ' Datasets arrive next week; access agreed by the manager. ',
    });
    expect(project.stage).toBe('access');
    const [event] = await t.db.auditEvents.toArray();
    expect(event).toMatchObject({
      action: 'override',
      reason: 'Datasets arrive next week; access agreed by the manager.',
      changes: {
        stage: { before: 'setup', after: 'access' },
        overriddenRequirements: { after: ['Mark ‘Datasets ingested’ done, with who did it and when.'] },
      },
    });
  });

  it('moves back, withdraws and declines with their reasons', async () => {
    const t = await freshDb();
    await storeProject(t, gateMet('setup'));
    const back = await moveProject(t.ctx, IDS.project, 1, { kind: 'move-back', reason: 'Form incomplete.' });
    expect(back.project.stage).toBe('onboarding');
    const gone = await moveProject(t.ctx, IDS.project, 2, { kind: 'withdraw', reason: 'Study cancelled.' });
    expect(gone.project).toMatchObject({
      status: 'withdrawn',
      ended: { on: '2026-11-25', reason: 'Study cancelled.' },
    });
    await expect(moveProject(t.ctx, IDS.project, 3, { kind: 'decline', reason: 'x' })).rejects.toThrow(
      'This project was withdrawn, so it cannot move.',
    );
    expect((await t.db.auditEvents.toArray()).map((e) => [e.action, e.reason])).toEqual([
      ['move-back', 'Form incomplete.'],
      ['withdraw', 'Study cancelled.'],
    ]);
  });

  it('refuses a move from a stale revision', async () => {
    const t = await freshDb();
    await storeProject(t, gateMet('setup'));
    await expect(moveProject(t.ctx, IDS.project, 7, { kind: 'advance' })).rejects.toThrow(
      'This record was changed elsewhere',
    );
  });

  it('keeps a closed project read-only', async () => {
    const t = await freshDb();
    await t.db.projects.add(aProject({ stage: 'closure', status: 'closed', ended: { on: '2026-11-20' } }));
    await expect(updateEnquiry(t.ctx, IDS.project, 1, enquiryForm({ title: 'Renamed' }))).rejects.toThrow(
      'This project is closed, so its record can no longer be changed.',
    );
  });
});

describe('recording the suitability outcome', () => {
  it('declines an enquiry found not suitable, in one step that keeps the reason', async () => {
    const t = await freshDb();
    const project = await createEnquiry(t.ctx, enquiryForm());
    const discussed = await recordDiscussion(t.ctx, project.id, project.revision, aProject().discussion!);
    const outcome = { outcome: 'not-suitable' as const, reason: 'No NHS data.', decidedOn: '2026-11-20' };
    const declined = await recordSuitability(t.ctx, project.id, discussed.revision, outcome);
    expect(declined).toMatchObject({ status: 'declined', stage: 'enquiry', suitability: outcome });
    expect(declined.ended).toEqual({ on: '2026-11-25', reason: 'No NHS data.' });
    const events = await t.db.auditEvents.toArray();
    expect(events.at(-1)).toMatchObject({ action: 'decline', reason: 'No NHS data.' });
    expect(events).toHaveLength(3);
  });

  it('keeps an enquiry open when the outcome is suitable or more information is needed', async () => {
    const t = await freshDb();
    const project = await createEnquiry(t.ctx, enquiryForm());
    const outcome = { outcome: 'more-information-needed' as const, reason: 'Ask.', decidedOn: '2026-11-20' };
    const saved = await recordSuitability(t.ctx, project.id, project.revision, outcome);
    expect(saved.status).toBe('open');
    expect((await t.db.auditEvents.toArray()).at(-1)?.action).toBe('update');
  });
});

describe('reading projects', () => {
  it('gathers the facts the gates read', async () => {
    const t = await freshDb();
    const stored = gateMet('setup');
    await storeProject(t, stored);
    const { project, facts } = await loadProjectFacts(t.db, IDS.project);
    expect(project).toEqual(stored.project);
    const sorted = (f: ProjectFacts) => ({
      ...f,
      trainings: [...f.trainings].sort((a, b) => a.id.localeCompare(b.id)),
      setupTasks: [...f.setupTasks].sort((a, b) => a.id.localeCompare(b.id)),
      memberships: [...f.memberships].sort((a, b) => a.id.localeCompare(b.id)),
    });
    expect(sorted(facts)).toMatchObject(
      sorted({ ...stored.facts, closure: undefined, certificate: undefined }),
    );
    expect(facts.settings).toMatchObject({ dsaValidityMonths: 12 });
  });

  it('counts and pages projects through the indexes', async () => {
    const t = await freshDb();
    for (let i = 0; i < 5; i += 1) {
      const at = { ...t.ctx, now: () => new Date(`2026-11-0${i + 1}T10:00:00.000Z`) };
      await createEnquiry(at, enquiryForm({ title: `Study ${i}` }));
    }
    const last = await findProjectByReference(t.db, 'dsh-2026-005');
    await moveProject(t.ctx, last!.id, 1, { kind: 'withdraw', reason: 'No longer needed.' });

    expect(await countProjects(t.db)).toBe(5);
    expect(await countProjects(t.db, { status: 'open', stage: 'enquiry' })).toBe(4);
    expect(await countProjects(t.db, { status: 'withdrawn' })).toBe(1);
    expect(await countOpenProjectsByStage(t.db)).toEqual({
      enquiry: 4,
      onboarding: 0,
      setup: 0,
      access: 0,
      active: 0,
      closure: 0,
    });
  });
});
