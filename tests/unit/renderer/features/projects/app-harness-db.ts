/** Records the project screens' tests start from, made through the repositories (each with its audit event). */
import { addConnectionType } from '../../../../../renderer/db/repositories/catalogues';
import { moveProject } from '../../../../../renderer/db/repositories/project-moves';
import {
  createEnquiry,
  recordDiscussion,
  recordSuitability,
} from '../../../../../renderer/db/repositories/projects';
import { addStaffMember } from '../../../../../renderer/db/repositories/staff';
import { connectionForm, enquiryForm, freshDb, staffForm, type TestDb } from '../../db/db-fixtures';

/** A fresh database with the signed-in officer (Sam Officer) recorded as a staff member. */
export async function appDb(): Promise<TestDb> {
  const t = await freshDb();
  const officer = await addStaffMember(t.ctx, staffForm());
  return { ...t, ctx: { ...t.ctx, actor: { ...t.ctx.actor, staffId: officer.id } } };
}

/** An enquiry recorded through the repositories (as the New enquiry page does). */
export async function anEnquiry(t: TestDb) {
  return createEnquiry(t.ctx, enquiryForm());
}

/** A project moved on to Onboarding: discussion and a suitable outcome recorded, then advanced. */
export async function aProjectInOnboarding(t: TestDb) {
  let project = await anEnquiry(t);
  project = await recordDiscussion(t.ctx, project.id, project.revision, {
    heldOn: '2026-11-20',
    staffIds: [t.ctx.actor.staffId],
  });
  project = await recordSuitability(t.ctx, project.id, project.revision, {
    outcome: 'suitable',
    reason: 'Fits the DSH.',
    decidedOn: '2026-11-20',
  });
  return (await moveProject(t.ctx, project.id, project.revision, { kind: 'advance' })).project;
}

/** The demo costing page: the free core connection, £150.00 a month, and £2,400.00 a year. */
export async function theCostingPage(t: TestDb) {
  const core = await addConnectionType(t.ctx, connectionForm());
  const monthly = await addConnectionType(
    t.ctx,
    connectionForm({
      name: 'Dedicated virtual desktop',
      pricePence: 15_000,
      unit: 'per-month',
      needsBooking: false,
    }),
  );
  const yearly = await addConnectionType(
    t.ctx,
    connectionForm({
      name: 'High-memory analysis server',
      pricePence: 240_000,
      unit: 'per-year',
      needsBooking: false,
    }),
  );
  return { core, monthly, yearly };
}
