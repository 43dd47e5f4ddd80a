/**
 * Acknowledgements in a team, against pouchdb-server on 127.0.0.1 (or COUCHDB_URL): a reminder acknowledged
 * on A is no longer outstanding on B and names A's officer; two officers acknowledging one reminder offline
 * meet as one acknowledgement (the first stands, both events in the log); an acknowledgement made before
 * joining the team is shared too; a malformed acknowledgement from the server is quarantined.
 */
import { useTestCouch } from '../../../helpers/use-test-couch';
import { bounded, clientOf, newTeamDatabase, transportOf } from '../../../helpers/sync-fixtures';
import { fixtureId } from '../../../helpers/domain-fixtures';
import { freshDb } from './db-fixtures';
import { type TeamWorkstation, teamWorkstation } from './team-fixtures';
import { World } from './world';
import { acknowledgeReminder } from '../../../../renderer/db/repositories/acknowledgements';
import { dashboardActions } from '../../../../renderer/db/repositories/dashboard-queries';
import { quarantinedDocuments } from '../../../../renderer/db/sync/apply';
import { SyncEngine } from '../../../../renderer/db/sync/engine';
import { joinTeam, leaveTeam } from '../../../../renderer/db/sync/queue-all';
import type { ActionItem } from '../../../../shared/domain/reports';
import { recordToDocument } from '../../../../shared/sync/documents';

const couch = useTestCouch();
const TODAY = '2026-11-25';

/** A workstation in `team` where `officer` works, its wall clock at `time` on 25 November 2026 (UTC). */
const workstation = (team: string, time: string, officer: string) =>
  teamWorkstation(couch, team, {
    actor: { staffId: fixtureId(officer === 'Kim Officer' ? 211 : 212), staffName: officer, osUser: 'x' },
    now: new Date(`${TODAY}T${time}:00.000Z`),
  });

/** The reminders a workstation's dashboard lists as still to do (not acknowledged). */
async function outstanding(side: TeamWorkstation): Promise<string[]> {
  const actions = await dashboardActions(side.db, TODAY);
  return actions.items.filter((item) => !item.acknowledged).map((item) => item.id);
}

/** Who each workstation's dashboard says acknowledged `item`. */
async function acknowledgedBy(side: TeamWorkstation, item: ActionItem) {
  return (await dashboardActions(side.db, TODAY)).acknowledgements.get(item.id);
}

describe('acknowledgements in a team', () => {
  let team: string;
  let a: TeamWorkstation;
  let b: TeamWorkstation;
  /** The reminder both dashboards list: a closure started and not finished. */
  let reminder: ActionItem;
  beforeEach(async () => {
    team = await newTeamDatabase(couch);
    a = await workstation(team, '10:00', 'Kim Officer');
    b = await workstation(team, '10:05', 'Lee Officer');
    const project = await new World(a).closingProject();
    await a.engine.syncNow();
    await b.engine.syncNow();
    reminder = (await dashboardActions(b.db, TODAY)).items.find(
      (item) => item.id === `closure-unfinished:${project.id}`,
    )!;
    expect(await outstanding(b)).toContain(reminder.id);
  }, 30_000);
  afterEach(async () => {
    await leaveTeam(a.db);
    await leaveTeam(b.db);
  });

  it('a reminder acknowledged on A is no longer outstanding on B, and names A’s officer', async () => {
    await acknowledgeReminder(a.ctx, reminder, 'Chased the lead researcher.');
    await a.engine.syncNow();
    await b.engine.syncNow();
    expect(await outstanding(b)).not.toContain(reminder.id);
    expect(await acknowledgedBy(b, reminder)).toMatchObject({
      staffName: 'Kim Officer',
      note: 'Chased the lead researcher.',
      at: `${TODAY}T10:00:00.000Z`,
    });
    // Acknowledging it again on B changes nothing and sends nothing.
    await acknowledgeReminder(b.ctx, reminder);
    expect(await b.db.outbox.count()).toBe(0);
    expect(b.engine.status).toMatchObject({ phase: 'synced', pending: 0, quarantined: 0 });
  });

  for (const order of ['the first sent first', 'the later sent first'] as const)
    it(`two acknowledgements made apart meet as one, the first standing (${order})`, async () => {
      await acknowledgeReminder(a.ctx, reminder, 'Phoned.'); // 10:00 on A's clock: the first
      await acknowledgeReminder(b.ctx, reminder, 'E-mailed.'); // 10:05 on B's clock
      const [early, late] = order === 'the first sent first' ? [a, b] : [b, a];
      await early.engine.syncNow();
      await late.engine.syncNow(); // its push meets the other's acknowledgement
      await early.engine.syncNow();
      for (const side of [a, b]) {
        expect(await outstanding(side)).not.toContain(reminder.id);
        expect(await acknowledgedBy(side, reminder)).toMatchObject({
          staffName: 'Kim Officer',
          note: 'Phoned.',
        });
        expect(await side.db.acknowledgements.count()).toBe(1);
        expect(await side.db.syncConflicts.count()).toBe(0);
        expect(await side.db.outbox.count()).toBe(0);
      }
      // Both acknowledgements stay in the team's audit log: B holds A's event beside its own.
      const fromA = await b.db.peerAuditEvents.filter((event) => event.action === 'acknowledge').toArray();
      const own = await b.db.auditEvents.filter((event) => event.action === 'acknowledge').toArray();
      expect([...fromA, ...own].map((event) => event.reason).sort()).toEqual(['E-mailed.', 'Phoned.']);
    });

  it('an acknowledgement made before the workstation joined the team reaches the others', async () => {
    const solo = await freshDb();
    // As stored before acknowledgements were shared: no revision, clock or workstation.
    await solo.db.acknowledgements.add({
      itemId: reminder.id,
      entity: 'project',
      entityId: reminder.target.id,
      at: `${TODAY}T09:00:00.000Z`,
      staffId: fixtureId(213),
      staffName: 'Pat Officer',
    });
    await joinTeam(solo.db);
    const engine = new SyncEngine(
      solo.db,
      transportOf(clientOf(couch, team)),
      undefined,
      undefined,
      () => solo.ctx,
    );
    await engine.syncNow();
    expect(engine.status).toMatchObject({ phase: 'synced', pending: 0 });
    await b.engine.syncNow();
    expect(await outstanding(b)).not.toContain(reminder.id);
    expect(await acknowledgedBy(b, reminder)).toMatchObject({ staffName: 'Pat Officer' });
    await leaveTeam(solo.db);
  });

  it('a malformed acknowledgement from the server is quarantined with a reason, and the rest applies', async () => {
    const good = {
      itemId: `closure-unfinished:${fixtureId(77)}`,
      entity: 'project',
      entityId: fixtureId(77),
      at: `${TODAY}T09:00:00.000Z`,
      staffId: fixtureId(213),
      staffName: 'Pat Officer',
    };
    const bad = { ...good, itemId: reminder.id, entity: 'booking', staffName: '' };
    const client = clientOf(couch, team);
    const saved = await client.bulkDocs(
      [recordToDocument('acknowledgement', good), recordToDocument('acknowledgement', bad)],
      bounded(),
    );
    expect(saved.map((result) => result.status)).toEqual(['ok', 'ok']);
    await b.engine.syncNow();
    expect(await quarantinedDocuments(b.db)).toEqual([
      expect.objectContaining({
        docId: `acknowledgement:${reminder.id}`,
        reason: expect.stringMatching(
          /^The acknowledgement in acknowledgement:closure-unfinished:.* is not valid: /,
        ),
      }),
    ]);
    expect(b.engine.status).toMatchObject({ quarantined: 1 });
    // The reminder is still outstanding on B; the good acknowledgement of the same batch was stored.
    expect(await outstanding(b)).toContain(reminder.id);
    expect(await b.db.acknowledgements.get(good.itemId)).toMatchObject({ staffName: 'Pat Officer' });
  });
});
