import { verifyAuditLog } from '../../../../renderer/db/audit/verify';
import { addMember, grantAccess, recordAccessForm } from '../../../../renderer/db/repositories/memberships';
import {
  lastAccessFormVersion,
  markSetupTasksDone,
  recordStepForMembers,
} from '../../../../renderer/db/repositories/member-steps';
import { addPerson } from '../../../../renderer/db/repositories/people';
import { createEnquiry } from '../../../../renderer/db/repositories/projects';
import { markSetupTaskDone } from '../../../../renderer/db/repositories/setup-tasks';
import { SETUP_TASK_KINDS, type Membership } from '../../../../shared/domain';
import { IDS } from '../../../helpers/domain-fixtures';
import { enquiryForm, freshDb, personForm, type TestDb } from './db-fixtures';

const NAMES = ['Dr A Smith', 'Ms B Jones', 'Mr C Patel', 'Dr D Okafor'];

async function projectOfFour(t: TestDb) {
  const project = await createEnquiry(t.ctx, enquiryForm());
  const members: Membership[] = [];
  for (const [i, name] of NAMES.entries()) {
    const person = await addPerson(t.ctx, personForm({ name, email: `member${i}@example.ac.uk` }));
    members.push(
      await addMember(t.ctx, project.id, { personId: person.id, role: i === 0 ? 'lead' : 'analyst' }),
    );
  }
  return { project, members };
}

const rowsOf = (members: readonly Membership[], evidence?: (i: number) => string) =>
  members.map((m, i) => ({
    membershipId: m.id,
    expectedRevision: m.revision,
    ...(evidence ? { evidenceReference: evidence(i) } : {}),
  }));

async function eventsAfter(t: TestDb, seq: number) {
  return t.db.auditEvents.where('seq').above(seq).toArray();
}

describe('recording one step for several members', () => {
  it('records NHS DSA training for four members with one audit event each', async () => {
    const t = await freshDb();
    const { project, members } = await projectOfFour(t);
    const before = await t.db.auditEvents.count();

    const written = await recordStepForMembers(
      t.ctx,
      project.id,
      { step: 'training', kind: 'nhs-dsa-level-1', completedOn: '2026-11-20', expiresOn: '2027-11-20' },
      rowsOf(members, (i) => `DSA-${i}`),
    );

    expect(written).toBe(4);
    const events = await eventsAfter(t, before);
    expect(events.map((e) => [e.entity, e.action])).toEqual(Array(4).fill(['training-record', 'create']));
    const records = await t.db.trainingRecords.toArray();
    expect(records.map((r) => r.evidenceReference).sort()).toEqual(['DSA-0', 'DSA-1', 'DSA-2', 'DSA-3']);
    expect((await verifyAuditLog(t.db)).intact).toBe(true);
  });

  it('writes nothing when one row is invalid, and names that member', async () => {
    const t = await freshDb();
    const { project, members } = await projectOfFour(t);
    const before = await t.db.auditEvents.count();

    const attempt = recordStepForMembers(
      t.ctx,
      project.id,
      { step: 'training', kind: 'nhs-dsa-level-1', completedOn: '2026-11-20' },
      rowsOf(members, (i) => (i === 2 ? ' ' : `DSA-${i}`)),
    );

    await expect(attempt).rejects.toThrow(
      'Nothing was saved. Mr C Patel: Enter the certificate reference of the NHS DSA training.',
    );
    expect(await t.db.trainingRecords.count()).toBe(0);
    expect(await t.db.auditEvents.count()).toBe(before);
  });

  it('signs the access form and grants access for every member, one event per record', async () => {
    const t = await freshDb();
    const { project, members } = await projectOfFour(t);
    const before = await t.db.auditEvents.count();

    await recordStepForMembers(
      t.ctx,
      project.id,
      { step: 'access-form', signedOn: '2026-11-21', formVersion: 'v3' },
      rowsOf(members),
    );
    const signed = await t.db.memberships.bulkGet(members.map((m) => m.id));
    await recordStepForMembers(
      t.ctx,
      project.id,
      { step: 'access-granted', on: '2026-11-22', by: IDS.officer },
      rowsOf(signed as Membership[]),
    );

    const events = await eventsAfter(t, before);
    expect(events.map((e) => e.action)).toEqual([
      ...Array(4).fill('record-access-form'),
      ...Array(4).fill('grant-access'),
    ]);
    const stored = await t.db.memberships.toArray();
    expect(
      stored.every((m) => m.accessForm?.formVersion === 'v3' && m.accessGranted?.on === '2026-11-22'),
    ).toBe(true);
  });

  it('refuses access granted before a member signed the form, naming them, and grants no one', async () => {
    const t = await freshDb();
    const { project, members } = await projectOfFour(t);
    const late = await recordAccessForm(t.ctx, members[1]!.id, members[1]!.revision, {
      signedOn: '2026-11-24',
      formVersion: 'v3',
    });
    const early = await recordAccessForm(t.ctx, members[0]!.id, members[0]!.revision, {
      signedOn: '2026-11-01',
      formVersion: 'v3',
    });
    const before = await t.db.auditEvents.count();

    const attempt = recordStepForMembers(
      t.ctx,
      project.id,
      { step: 'access-granted', on: '2026-11-10', by: IDS.officer },
      rowsOf([early, late, members[2]!]),
    );

    await expect(attempt).rejects.toThrow(
      'Nothing was saved. Ms B Jones: Access cannot be granted before the user access form was signed. ' +
        'Mr C Patel: Access can only be granted once the user access form is signed.',
    );
    expect((await t.db.memberships.get(early.id))?.accessGranted).toBeUndefined();
    expect(await t.db.auditEvents.count()).toBe(before);
  });

  it('revokes every member’s access in one step, one revocation event each', async () => {
    const t = await freshDb();
    const { project, members } = await projectOfFour(t);
    const granted: Membership[] = [];
    for (const m of members) {
      const signed = await recordAccessForm(t.ctx, m.id, m.revision, {
        signedOn: '2026-06-01',
        formVersion: 'v3',
      });
      granted.push(await grantAccess(t.ctx, m.id, signed.revision, { on: '2026-06-02', by: IDS.officer }));
    }
    const before = await t.db.auditEvents.count();

    await recordStepForMembers(
      t.ctx,
      project.id,
      { step: 'access-revoked', on: '2026-11-25', by: IDS.officer },
      rowsOf(granted),
    );

    const events = await eventsAfter(t, before);
    expect(events.map((e) => [e.entityId, e.action])).toEqual(granted.map((m) => [m.id, 'revoke-access']));
  });

  it('refuses a member changed elsewhere since the dialog opened, and writes nothing', async () => {
    const t = await freshDb();
    const { project, members } = await projectOfFour(t);
    await recordAccessForm(t.ctx, members[3]!.id, members[3]!.revision, {
      signedOn: '2026-11-01',
      formVersion: 'v2',
    });

    const attempt = recordStepForMembers(
      t.ctx,
      project.id,
      { step: 'access-form', signedOn: '2026-11-21', formVersion: 'v3' },
      rowsOf(members),
    );

    await expect(attempt).rejects.toThrow('Dr D Okafor: Their record was changed elsewhere meanwhile');
    expect((await t.db.memberships.toArray()).filter((m) => m.accessForm)).toHaveLength(1);
  });
});

describe('the form version to suggest', () => {
  it('is the version of the form recorded last, on any project', async () => {
    const t = await freshDb();
    expect(await lastAccessFormVersion(t.db)).toBeUndefined();
    const { project, members } = await projectOfFour(t);
    await recordAccessForm(t.ctx, members[0]!.id, members[0]!.revision, {
      signedOn: '2026-11-01',
      formVersion: 'v2',
    });
    await recordStepForMembers(
      t.ctx,
      project.id,
      { step: 'access-form', signedOn: '2026-11-02', formVersion: 'v3' },
      rowsOf(members.slice(1)),
    );

    expect(await lastAccessFormVersion(t.db)).toBe('v3');
  });
});

describe('marking several set-up tasks done', () => {
  it('marks all five done, by one officer on one day, with one event per task', async () => {
    const t = await freshDb();
    const project = await createEnquiry(t.ctx, enquiryForm());
    const before = await t.db.auditEvents.count();

    await markSetupTasksDone(t.ctx, project.id, {
      kinds: [...SETUP_TASK_KINDS],
      doneBy: IDS.officer,
      doneOn: '2026-11-25',
    });

    const events = await eventsAfter(t, before);
    expect(events.map((e) => [e.entity, e.action])).toEqual(Array(5).fill(['setup-task', 'create']));
    const tasks = await t.db.setupTasks.toArray();
    expect(tasks.every((task) => task.doneBy === IDS.officer && task.doneOn === '2026-11-25')).toBe(true);
  });

  it('marks none when one of them is already done', async () => {
    const t = await freshDb();
    const project = await createEnquiry(t.ctx, enquiryForm());
    await markSetupTaskDone(t.ctx, project.id, {
      kind: 'datasets-ingested',
      doneBy: IDS.officer,
      doneOn: '2026-11-20',
    });
    const before = await t.db.auditEvents.count();

    const attempt = markSetupTasksDone(t.ctx, project.id, {
      kinds: ['environment-created', 'datasets-ingested'],
      doneBy: IDS.officer,
      doneOn: '2026-11-25',
    });

    await expect(attempt).rejects.toThrow('‘Datasets ingested’ is already marked done for this project.');
    expect(await t.db.setupTasks.count()).toBe(1);
    expect(await t.db.auditEvents.count()).toBe(before);
  });
});
