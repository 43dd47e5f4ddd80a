/**
 * The first-run setup: a fresh installation is told what it lacks, step by step; the usual three connection
 * types and a normal week are added in one step each, audited one event per record, never twice.
 */
import { STARTER_CONNECTION_TYPES } from '../../../../shared/domain';
import {
  addStarterConnectionTypes,
  addStarterWeek,
  setupProgress,
} from '../../../../renderer/db/repositories/first-run';
import {
  addApplication,
  addConnectionType,
  listConnectionTypes,
} from '../../../../renderer/db/repositories/catalogues';
import { addStaffMember } from '../../../../renderer/db/repositories/staff';
import { updateSettings } from '../../../../renderer/db/repositories/settings';
import { DEFAULT_SETTINGS } from '../../../../shared/domain';
import { applicationForm, connectionForm, freshDb, staffForm, type TestDb } from './db-fixtures';

let t: TestDb;
beforeEach(async () => {
  t = await freshDb();
});
afterEach(() => t.db.close());

const doneSteps = async () =>
  (await setupProgress(t.db)).steps.filter((step) => step.done).map((step) => step.id);

test('a fresh installation has no step done and says it is untouched', async () => {
  const progress = await setupProgress(t.db);
  expect(progress.done).toBe(0);
  expect(progress.untouched).toBe(true);
  expect(progress.steps.map((step) => step.id)).toEqual([
    'organisation',
    'staff',
    'applications',
    'connections',
    'sessions',
  ]);
});

test('each step is done by what it asks for', async () => {
  await updateSettings(t.ctx, 0, { ...DEFAULT_SETTINGS, organisationName: 'Northgate DSH' });
  await addStaffMember(t.ctx, staffForm());
  await addApplication(t.ctx, applicationForm());
  expect(await doneSteps()).toEqual(['organisation', 'staff', 'applications']);
  // A connection that needs no booking needs no sessions.
  await addConnectionType(
    t.ctx,
    connectionForm({ name: 'Remote', needsBooking: false, unit: 'per-month', pricePence: 100 }),
  );
  expect(await doneSteps()).toEqual(['organisation', 'staff', 'applications', 'connections', 'sessions']);
  expect((await setupProgress(t.db)).untouched).toBe(false);
});

test('the usual three connection types are added once, beside one already there, one audit event each', async () => {
  await addConnectionType(
    t.ctx,
    connectionForm({ ...STARTER_CONNECTION_TYPES[0]!, name: '  core CONNECTION ' }),
  );
  const before = await t.db.auditEvents.count();
  const added = await addStarterConnectionTypes(t.ctx);
  expect(added.map((connection) => connection.name)).toEqual([
    'Dedicated virtual desktop',
    'High-memory analysis server',
  ]);
  expect(await t.db.auditEvents.count()).toBe(before + 2);
  expect(await addStarterConnectionTypes(t.ctx)).toEqual([]);
  expect(await listConnectionTypes(t.db)).toHaveLength(3);
  // The core connection needs booking: sessions are a step of their own until a week is added.
  expect(await doneSteps()).toEqual(['connections']);
  const week = await addStarterWeek(t.ctx);
  expect(week).toHaveLength(10);
  expect(await doneSteps()).toEqual(['connections', 'sessions']);
  expect(await addStarterWeek(t.ctx)).toEqual([]);
  expect(await t.db.sessionTemplates.count()).toBe(10);
});
