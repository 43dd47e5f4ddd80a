/**
 * Giving one reminder to an officer other than its project's case officer: one stored row and one `assign`
 * audit event in one transaction; "mine" lists (dashboard, reminders filter, Monday briefing) follow it;
 * giving it back to the case officer removes the row; an officer who left the team is refused.
 */
import { generateDemoData } from '../../../../shared/demo';
import { describeAuditEvent } from '../../../../shared/audit/describe';
import type { ActionItem } from '../../../../shared/domain/reports';
import { loadDataSet } from '../../../../renderer/db/data-set-loader';
import { RefusedError } from '../../../../renderer/db/errors';
import { loadBriefing } from '../../../../renderer/db/repositories/briefing-queries';
import { dashboardActions } from '../../../../renderer/db/repositories/dashboard-queries';
import {
  assignReminder,
  assignmentsOf,
  reminderSubject,
} from '../../../../renderer/db/repositories/reminder-assignments';
import { updateStaffMember } from '../../../../renderer/db/repositories/staff';
import { itemsOfOfficer } from '../../../../renderer/components/actions/officer-scope';
import { freshDb, type TestDb } from './db-fixtures';

const TODAY = '2026-11-25';

let t: TestDb;
beforeEach(async () => {
  t = await freshDb();
  await loadDataSet(t.ctx, generateDemoData({ today: TODAY }));
});
afterEach(() => t.db.close());

/** An item of `kind` on a project with a case officer, that officer, and another active officer. */
async function setting(kind: ActionItem['kind'] = 'dsa-expiring') {
  const actions = await dashboardActions(t.db, TODAY);
  const item = actions.items.find(
    (candidate): candidate is ActionItem & { projectId: string } =>
      candidate.kind === kind &&
      !!candidate.projectId &&
      !!actions.projects.get(candidate.projectId)?.caseOfficerId,
  )!;
  expect(item).toBeDefined();
  const caseOfficerId = actions.projects.get(item.projectId)!.caseOfficerId!;
  const other = [...actions.staff.values()].find((member) => member.active && member.id !== caseOfficerId)!;
  return { actions, item, caseOfficerId, other };
}

describe('assigning one reminder to another officer', () => {
  it('moves the reminder from the case officer’s "mine" to the other officer’s, audited in words', async () => {
    const { item, caseOfficerId, other } = await setting();
    await assignReminder(t.ctx, item, other.id);

    const after = await dashboardActions(t.db, TODAY);
    expect(after.assignments.get(item.id)).toMatchObject({ staffId: other.id, byStaffName: 'Sam Officer' });
    expect(itemsOfOfficer(after.items, other.id, after).map((i) => i.id)).toContain(item.id);
    expect(itemsOfOfficer(after.items, caseOfficerId, after).map((i) => i.id)).not.toContain(item.id);

    const event = (await t.db.auditEvents.where('action').equals('assign').toArray()).at(-1)!;
    expect(event).toMatchObject({ entity: item.target.type, entityId: item.target.id });
    expect(event.changes.assignedTo).toEqual({
      before: after.staff.get(caseOfficerId)!.name,
      after: other.name,
    });
    expect(describeAuditEvent(event)).toMatch(/^Assigned a reminder about /);
  });

  it('follows the officer in their Monday briefing and leaves the case officer’s', async () => {
    // A missing access form is in the briefing whatever its date (a training only when due this week).
    const { item, caseOfficerId, other } = await setting('access-form-missing');
    const lineIds = async (staffId: string) =>
      (await loadBriefing(t.db, TODAY, { staffId, name: 'Officer' })).briefing.sections.flatMap((section) =>
        section.lines.map((line) => line.id),
      );
    expect(await lineIds(caseOfficerId)).toContain(item.id);
    await assignReminder(t.ctx, item, other.id);
    expect(await lineIds(other.id)).toContain(item.id);
    expect(await lineIds(caseOfficerId)).not.toContain(item.id);
  });

  it('removes the row when given back to the case officer, with an event saying so', async () => {
    const { item, caseOfficerId, other } = await setting();
    await assignReminder(t.ctx, item, other.id);
    await assignReminder(t.ctx, item, caseOfficerId);
    expect(await t.db.reminderAssignments.count()).toBe(0);
    const events = await t.db.auditEvents.where('action').equals('assign').toArray();
    expect(events.map((event) => event.changes.assignedTo?.after)).toHaveLength(2);
    // Giving it to the officer who already has it writes nothing more.
    await assignReminder(t.ctx, item, caseOfficerId);
    expect(await t.db.auditEvents.where('action').equals('assign').count()).toBe(2);
  });

  it('follows the reminder into its next window (the 30-day reminder becoming the 7-day one)', async () => {
    const { item, other } = await setting();
    await assignReminder(t.ctx, item, other.id);
    const nextWindow = `${reminderSubject(item.id)}:7`;
    expect((await assignmentsOf(t.db, [nextWindow])).get(nextWindow)?.staffId).toBe(other.id);
    expect(reminderSubject('access-form-missing:abc')).toBe('access-form-missing:abc');
  });

  it('refuses an officer who has left the team, saving nothing', async () => {
    const { item, other } = await setting();
    await updateStaffMember(t.ctx, other.id, other.revision, {
      name: other.name,
      email: other.email,
      role: other.role,
      active: false,
    });
    const events = await t.db.auditEvents.count();
    await expect(assignReminder(t.ctx, item, other.id)).rejects.toThrow(RefusedError);
    await expect(assignReminder(t.ctx, item, other.id)).rejects.toThrow(
      /^The reminder was not assigned\. Choose an officer from the current DSH team/,
    );
    expect(await t.db.reminderAssignments.count()).toBe(0);
    expect(await t.db.auditEvents.count()).toBe(events);
  });
});
