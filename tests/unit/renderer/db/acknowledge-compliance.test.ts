/**
 * Acknowledging a reminder says "this is in hand", nothing more: a member whose NHS DSA training has expired
 * still counts as not ready in the compliance figures (and stays flagged on the reminders) until the training
 * is renewed.
 */
import { generateDemoData } from '../../../../shared/demo';
import { readinessOf } from '../../../../shared/domain';
import { trainingCompliance } from '../../../../shared/domain/reports';
import { loadDataSet } from '../../../../renderer/db/data-set-loader';
import { acknowledgeReminder } from '../../../../renderer/db/repositories/acknowledgements';
import { dashboardActions } from '../../../../renderer/db/repositories/dashboard-queries';
import { liveMembers } from '../../../../renderer/db/repositories/report-queries';
import { freshDb, type TestDb } from './db-fixtures';

const TODAY = '2026-11-25';

let t: TestDb;
beforeEach(async () => {
  t = await freshDb();
  await loadDataSet(t.ctx, generateDemoData({ today: TODAY }));
});
afterEach(() => t.db.close());

async function compliance() {
  const data = await liveMembers(t.db);
  return {
    data,
    figures: trainingCompliance(data.projects, data.memberships, data.trainings, TODAY, data.settings),
  };
}

describe('acknowledging an expired-training reminder', () => {
  it('leaves the compliance figures exactly as they were, with the member still not ready', async () => {
    const { items } = await dashboardActions(t.db, TODAY);
    const expired = items.filter((item) => item.kind === 'dsa-expired');
    expect(expired.length).toBeGreaterThan(0);
    const before = await compliance();

    for (const item of expired) await acknowledgeReminder(t.ctx, item, 'Chased by phone.');

    const after = await compliance();
    expect(after.figures).toEqual(before.figures);
    expect(after.figures.overall.notReady).toBeGreaterThanOrEqual(1);
    for (const item of expired) {
      const membership = after.data.memberships.find((m) => m.id === item.id.split(':')[1])!;
      const own = after.data.trainings.filter((record) => record.personId === membership.personId);
      expect(readinessOf(membership, own, TODAY, after.data.settings).state).toBe('not-ready');
      const row = after.figures.table.rows.find((r) => r.projectId === membership.projectId)!;
      expect(row.notReady).toBeGreaterThan(0);
    }
  });

  it('keeps the reminder, flagged as acknowledged, while the training is still expired', async () => {
    const { items } = await dashboardActions(t.db, TODAY);
    const item = items.find((candidate) => candidate.kind === 'dsa-expired')!;
    await acknowledgeReminder(t.ctx, item);
    const after = await dashboardActions(t.db, TODAY);
    expect(after.items.find((candidate) => candidate.id === item.id)).toMatchObject({ acknowledged: true });
  });
});
