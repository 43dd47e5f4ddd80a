/**
 * Schema version 6: a version 5 database keeps every record and gains the deadlines aggregate, worked out from
 * its records by the upgrade, so the dashboard's reminders are there from the first start.
 */
import { upgradedFrom } from './shipped-upgrade';
import { dashboardActions } from '../../../../renderer/db/repositories/dashboard-queries';
import {
  IDS,
  aMembership,
  aPerson,
  aProject,
  aTraining,
  fixtureId,
  recordBase,
} from '../../../helpers/domain-fixtures';

const project = aProject({
  stage: 'active',
  stageEnteredAt: { enquiry: '2026-02-01', active: '2026-08-01' },
  onboarding: { ...aProject().onboarding, plannedEnd: '2026-12-20' },
});
const lead = aMembership();
const analyst = aMembership({
  ...recordBase(fixtureId(502)),
  personId: IDS.analyst,
  role: 'analyst',
  accessForm: undefined,
  accessGranted: undefined,
});

describe('schema version 6', () => {
  it('works out the deadlines of a version 5 database from its records', async () => {
    const db = await upgradedFrom(5, 'shipped-v5', async (old) => {
      await old.table('projects').add(project);
      await old
        .table('people')
        .bulkAdd([aPerson(), aPerson({ ...recordBase(IDS.analyst), email: 'b@example.ac.uk' })]);
      await old.table('memberships').bulkAdd([lead, analyst]);
      // Completed on 10 Dec 2025: valid for the default 12 months, to 10 Dec 2026.
      await old.table('trainingRecords').add(aTraining({ completedOn: '2025-12-10' }));
    });
    expect(db.verno).toBe(7);
    expect(await db.projects.toArray()).toEqual([project]);
    expect(await db.memberships.count()).toBe(2);
    const of = { projectId: project.id };
    expect(await db.deadlines.orderBy('id').toArray()).toEqual(
      [
        {
          id: `project:${project.id}|project-end|0`,
          subject: `project:${project.id}`,
          kind: 'project-end',
          ...of,
          on: '2026-12-20',
          dueOn: '2026-12-20',
        },
        {
          id: `membership:${lead.id}|dsa|0`,
          subject: `membership:${lead.id}`,
          kind: 'dsa',
          ...of,
          membershipId: lead.id,
          personId: IDS.lead,
          on: '2026-12-10',
          dueOn: '2026-12-10',
        },
        // Both access steps done on 2 July 2026: the reminder stood only until then.
        {
          id: `membership:${lead.id}|access|1`,
          subject: `membership:${lead.id}`,
          kind: 'access',
          ...of,
          membershipId: lead.id,
          personId: IDS.lead,
          on: '',
          until: '2026-07-02',
        },
        {
          id: `membership:${analyst.id}|access|0`,
          subject: `membership:${analyst.id}`,
          kind: 'access',
          ...of,
          membershipId: analyst.id,
          personId: IDS.analyst,
          on: '',
          dueOn: '',
        },
      ].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    const { items } = await dashboardActions(db, '2026-11-25');
    expect(items.map((item) => item.id)).toEqual([
      `access-form-missing:${analyst.id}`,
      `dsa-expiring:${lead.id}:2026-12-10:30`,
      `project-ending:${project.id}:2026-12-20:30`,
    ]);
    db.close();
  });
});
