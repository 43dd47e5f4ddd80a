/**
 * Reminder assignments across a team (pouchdb-server on 127.0.0.1, or COUCHDB_URL): an assignment made on
 * one workstation is on the other after both sync, it follows the reminder into its next window there too,
 * giving it back to the case officer reaches the other workstation, and two assignments made apart end as
 * the later one (by the causal clock) on both, whichever was sent first. Wall clocks are injected.
 */
import { useTestCouch } from '../../../helpers/use-test-couch';
import { newTeamDatabase } from '../../../helpers/sync-fixtures';
import { staffForm } from './db-fixtures';
import { type TeamWorkstation, teamWorkstation } from './team-fixtures';
import { addStaffMember } from '../../../../renderer/db/repositories/staff';
import {
  type AssignedItem,
  assignReminder,
  assignmentsOf,
} from '../../../../renderer/db/repositories/reminder-assignments';
import { leaveTeam } from '../../../../renderer/db/sync/queue-all';
import type { StaffMember } from '../../../../shared/domain';
import { fixtureId } from '../../../helpers/domain-fixtures';

const couch = useTestCouch();

/** A workstation in `team` whose wall clock says `time` on 25 November 2026 (UTC). */
const workstation = (team: string, time: string) =>
  teamWorkstation(couch, team, { now: new Date(`2026-11-25T${time}:00.000Z`) });

/** The 7-day window of a DSA reminder about one person (no project: the case officer is no one). */
const reminder = (days: number): AssignedItem => ({
  id: `dsa-expiring:${fixtureId(501)}:2026-12-01:${days}`,
  target: { type: 'person', id: fixtureId(101) },
  title: 'DSA training of Dr A Smith expires on 1 December 2026',
});

/** Who each workstation shows the reminder as given to (undefined: no one but its case officer). */
async function assignee(side: TeamWorkstation, days = 7): Promise<string | undefined> {
  const item = reminder(days);
  return (await assignmentsOf(side.db, [item.id])).get(item.id)?.staffId;
}

describe('reminder assignments in a team', () => {
  let a: TeamWorkstation;
  let b: TeamWorkstation;
  let kim: StaffMember;
  let lee: StaffMember;
  beforeEach(async () => {
    const team = await newTeamDatabase(couch);
    a = await workstation(team, '10:00');
    b = await workstation(team, '10:05');
    kim = await addStaffMember(a.ctx, staffForm({ name: 'Kim Officer', email: 'kim@example.org' }));
    lee = await addStaffMember(a.ctx, staffForm({ name: 'Lee Officer', email: 'lee@example.org' }));
    await a.engine.syncNow();
    await b.engine.syncNow();
  }, 30_000);
  afterEach(async () => {
    await leaveTeam(a.db);
    await leaveTeam(b.db);
  });

  it('an assignment made on A is on B, follows the reminder into its next window, and its removal too', async () => {
    await assignReminder(a.ctx, reminder(14), kim.id);
    await a.engine.syncNow();
    await b.engine.syncNow();
    expect(await assignee(b, 14)).toBe(kim.id);
    expect(await assignee(b, 7)).toBe(kim.id);
    expect(await b.db.outbox.count()).toBe(0);

    // Given back to the case officer on A: B no longer shows it as Kim's.
    await assignReminder(a.ctx, reminder(7), undefined);
    await a.engine.syncNow();
    await b.engine.syncNow();
    expect(await assignee(b)).toBeUndefined();
    expect(await b.db.reminderAssignments.count()).toBe(0);
    expect(a.engine.status).toMatchObject({ phase: 'synced', pending: 0 });
  });

  it('two assignments made apart end as the later one on both, when the earlier is sent first', async () => {
    await assignReminder(a.ctx, reminder(7), kim.id); // 10:00 on A's clock
    await assignReminder(b.ctx, reminder(7), lee.id); // 10:05 on B's clock: the later
    await a.engine.syncNow();
    await b.engine.syncNow(); // B's push meets A's: B's is later, kept and sent
    await a.engine.syncNow();
    expect(await assignee(a)).toBe(lee.id);
    expect(await assignee(b)).toBe(lee.id);
    for (const side of [a, b]) {
      expect(await side.db.syncConflicts.count()).toBe(0);
      expect(await side.db.outbox.count()).toBe(0);
    }
  });

  it('…and when the later is sent first, the earlier one gives way', async () => {
    await assignReminder(a.ctx, reminder(7), kim.id); // 10:00: the earlier
    await assignReminder(b.ctx, reminder(7), lee.id); // 10:05: the later
    await b.engine.syncNow();
    await a.engine.syncNow(); // A's push meets B's: B's is later, A takes it
    await b.engine.syncNow();
    expect(await assignee(a)).toBe(lee.id);
    expect(await assignee(b)).toBe(lee.id);
    expect(await a.db.outbox.count()).toBe(0);
    // Both assignments stay in the team timeline: the audit events of both workstations arrived.
    const fromB = await a.db.peerAuditEvents.filter((event) => event.action === 'assign').toArray();
    expect(fromB.map((event) => event.changes.assignedTo)).toEqual([
      { before: 'no one', after: 'Lee Officer' },
    ]);
  });
});
