/**
 * The dashboard's action list read through the deadlines aggregate is the one the whole data gives: on the
 * demo data and after seeded random writes to every record a deadline comes from, on days long before, around
 * and long after the data's own today (each day's list compared in full, words included).
 */
jest.setTimeout(120_000);

import type { DshDatabase } from '../../../../renderer/db/database';
import { loadDataSet } from '../../../../renderer/db/data-set-loader';
import { dashboardActions } from '../../../../renderer/db/repositories/dashboard-queries';
import { dashboardFirstActions } from '../../../../renderer/db/repositories/dashboard-first';
import { itemsOfOfficer, type ItemOwners } from '../../../../renderer/components/actions/officer-scope';
import {
  SHOWN_PER_GROUP,
  dashboardShownIds,
  todayFirstGroups,
} from '../../../../renderer/components/actions/today-first';
import { getSettings } from '../../../../renderer/db/repositories/settings';
import { addDaysIso, type IsoDate } from '../../../../shared/dates';
import { generateDemoData } from '../../../../shared/demo';
import { actionItems, type ActionItem } from '../../../../shared/domain/reports';
import { freshDb } from './db-fixtures';
import { deadlineWrites } from './deadline-writes';

const TODAY = '2026-11-25';

/** The action list as it was read before the deadlines: from every record of every table. */
async function wholeDataItems(db: DshDatabase, today: IsoDate) {
  const [projects, people, memberships, trainings, connectionTypes, bookings, sessions, requests, apps] =
    await Promise.all([
      db.projects.toArray(),
      db.people.toArray(),
      db.memberships.toArray(),
      db.trainingRecords.toArray(),
      db.connectionTypes.toArray(),
      db.bookings.toArray(),
      db.sessionTemplates.toArray(),
      db.changeRequests.toArray(),
      db.applications.toArray(),
    ]);
  return actionItems(
    {
      projects,
      people,
      memberships,
      trainings,
      connectionTypes,
      bookings,
      sessionTemplates: sessions,
      changeRequests: requests,
      applications: apps,
      settings: await getSettings(db),
    },
    today,
    { keepAcknowledged: true },
  );
}

const DAYS = [-400, -45, 0, 20, 90, 400].map((days) => addDaysIso(TODAY, days));

/** What the dashboard draws in a view: each group's count and first items (words included), and the bookings. */
function drawn(items: readonly ActionItem[], day: IsoDate, officer: string, owners: ItemOwners) {
  const mine = itemsOfOfficer(items, officer, owners);
  const open = mine.filter((item) => !item.acknowledged && item.kind !== 'booking');
  return {
    open: open.map((item) => item.id).sort(),
    groups: todayFirstGroups(open, day).map((group) => ({
      id: group.id,
      count: group.items.length,
      first: group.items.slice(0, SHOWN_PER_GROUP),
    })),
    bookings: mine.filter((item) => item.kind === 'booking'),
  };
}

/** The dashboard names only what it draws: its groups are those of the whole list, in everyone's and one officer's view. */
async function expectSameDashboard(db: DshDatabase, day: IsoDate, whole: readonly ActionItem[]) {
  const owners = { projects: new Map((await db.projects.toArray()).map((p) => [p.id, p])) };
  const officers = ['', ...new Set([...owners.projects.values()].flatMap((p) => p.caseOfficerId ?? []))];
  for (const officer of officers.slice(0, 2)) {
    const first = await dashboardFirstActions(db, day, (items, read) =>
      dashboardShownIds(items, day, officer, read),
    );
    expect([day, officer, drawn(first.items, day, officer, first)]).toEqual([
      day,
      officer,
      drawn(whole, day, officer, owners),
    ]);
  }
}

async function expectSameLists(db: DshDatabase): Promise<number> {
  let items = 0;
  for (const day of DAYS) {
    const read = (await dashboardActions(db, day)).items;
    const whole = await wholeDataItems(db, day);
    expect([day, read]).toEqual([day, whole]);
    await expectSameDashboard(db, day, whole);
    items += read.length;
  }
  return items;
}

describe('the action list read through the deadlines', () => {
  it('equals the list over every record, on the demo data and after random writes, whatever the day', async () => {
    const t = await freshDb();
    await loadDataSet(t.ctx, generateDemoData({ today: TODAY, seed: 11, projects: 40, people: 120 }));
    expect(await expectSameLists(t.db)).toBeGreaterThan(50);

    await deadlineWrites(t.db, 18, 60, TODAY);
    const kinds = new Set((await dashboardActions(t.db, TODAY)).items.map((item) => item.kind));
    expect(await expectSameLists(t.db)).toBeGreaterThan(50);
    // The writes left reminders of the kinds the deadlines stand for.
    for (const kind of ['dsa-expired', 'access-form-missing', 'closure-unfinished']) {
      expect([kind, kinds.has(kind as never)]).toEqual([kind, true]);
    }
    t.db.close();
  });
});
