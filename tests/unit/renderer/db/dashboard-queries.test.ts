/**
 * The dashboard reads only through indexes, yet must list exactly what the action list gives over the
 * whole data: the demo data set is loaded, and the two are compared.
 */
import { generateDemoData } from '../../../../shared/demo';
import { actionItems, pipeline } from '../../../../shared/domain/reports';
import { loadDataSet } from '../../../../renderer/db/data-set-loader';
import {
  dashboardActions,
  pipelineCounts,
  recentActivity,
} from '../../../../renderer/db/repositories/dashboard-queries';
import { acknowledgeReminder } from '../../../../renderer/db/repositories/acknowledgements';
import { freshDb, type TestDb } from './db-fixtures';

const TODAY = '2026-11-25';
const demo = generateDemoData({ today: TODAY });

function wholeDataItems() {
  return actionItems(
    {
      projects: demo.projects,
      people: demo.people,
      memberships: demo.memberships,
      trainings: demo.trainingRecords,
      connectionTypes: demo.connectionTypes,
      bookings: demo.bookings,
      sessionTemplates: demo.sessionTemplates,
      changeRequests: demo.changeRequests,
      applications: demo.applications,
      settings: demo.settings,
    },
    TODAY,
  );
}

let t: TestDb;
beforeAll(async () => {
  t = await freshDb();
  await loadDataSet(t.ctx, demo);
});
afterAll(() => t.db.close());

describe('the dashboard over the demo data', () => {
  it('counts projects per stage and per ended status as the pipeline does over every project', async () => {
    expect(await pipelineCounts(t.db)).toEqual(pipeline(demo.projects));
  });

  it('lists the same actions, with the same words, as the action list over the whole data set', async () => {
    const { items } = await dashboardActions(t.db, TODAY);
    expect(items.length).toBeGreaterThan(10);
    expect(items).toEqual(wholeDataItems());
  });

  it('names every person it mentions', async () => {
    const { items } = await dashboardActions(t.db, TODAY);
    expect(items.filter((item) => item.title.includes('A member'))).toEqual([]);
  });

  it('flags an acknowledged item, records who acknowledged it, and audits it against its record', async () => {
    const before = await dashboardActions(t.db, TODAY);
    const item = before.items.find((candidate) => candidate.kind === 'dsa-expiring')!;
    await acknowledgeReminder(t.ctx, item, '  Reminded by phone.  ');
    await acknowledgeReminder(t.ctx, item, 'twice');

    const after = await dashboardActions(t.db, TODAY);
    expect(after.items.filter((candidate) => candidate.acknowledged).map((c) => c.id)).toEqual([item.id]);
    expect(after.acknowledgements.get(item.id)).toMatchObject({
      staffName: 'Sam Officer',
      note: 'Reminded by phone.',
      entity: 'person',
      entityId: item.target.id,
    });
    const events = await t.db.auditEvents
      .where('[action+seq]')
      .between(['acknowledge', 0], ['acknowledge', Infinity])
      .toArray();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      entity: 'person',
      entityId: item.target.id,
      changes: { reminder: { after: item.id } },
      reason: 'Reminded by phone.',
    });
  });

  it('shows the newest events first, with the projects and people they are about', async () => {
    const { events } = await recentActivity(t.db, 5);
    expect(events.map((event) => event.seq)).toEqual([...events.map((e) => e.seq)].sort((a, b) => b - a));
    expect(events[0]!.action).toBe('acknowledge');
    const activity = await recentActivity(t.db, 5);
    expect(activity.people.get(events[0]!.entityId)).toBeDefined();
  });
});
