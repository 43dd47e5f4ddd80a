/**
 * The causal clock and what each event saw, across workstations syncing through a CouchDB-compatible server
 * (pouchdb-server on 127.0.0.1, or COUCHDB_URL). Wall clocks are injected into each workstation's writes:
 * no test sleeps or reads the real time to order anything.
 */
import { useTestCouch } from '../../../helpers/use-test-couch';
import { newTeamDatabase } from '../../../helpers/sync-fixtures';
import { personForm } from './db-fixtures';
import { type TeamWorkstation, teamWorkstation } from './team-fixtures';
import { addPerson, updatePerson } from '../../../../renderer/db/repositories/people';
import { leaveTeam } from '../../../../renderer/db/sync/queue-all';
import { pageTeamTimeline } from '../../../../renderer/db/audit/timeline';
import { verifyAuditLog } from '../../../../renderer/db/audit/verify';
import { documentId } from '../../../../shared/sync/documents';
import { DESIGN_DOC_ID } from '../../../../shared/sync/server-setup';

const couch = useTestCouch();

type Workstation = TeamWorkstation & { device: string };

/** A workstation in `team` whose wall clock says `time` on 6 December 2026 (UTC). */
async function workstation(team: string, time: string): Promise<Workstation> {
  const side = await teamWorkstation(couch, team, { now: new Date(`2026-12-06T${time}:00.000Z`) });
  return { ...side, device: (await side.db.meta.get('installationId'))!.value };
}

/** Asks the server as its administrator (bounded). */
async function asAdmin(team: string, path: string, init: RequestInit = {}): Promise<Response> {
  const admin = Buffer.from(`${couch.admin.name}:${couch.admin.password}`).toString('base64');
  return fetch(`${couch.url.replace(/\/$/, '')}/${team}/${path}`, {
    ...init,
    headers: { authorization: `Basic ${admin}`, 'Content-Type': 'application/json' },
    signal: AbortSignal.timeout(10_000),
  });
}

/**
 * Deletes audit documents on the server as someone with its administrator's password would: first the
 * design document that refuses it, then the documents.
 */
async function deleteOnServer(team: string, docIds: string[]): Promise<void> {
  const design = (await (await asAdmin(team, DESIGN_DOC_ID)).json()) as { _rev: string };
  expect((await asAdmin(team, `${DESIGN_DOC_ID}?rev=${design._rev}`, { method: 'DELETE' })).ok).toBe(true);
  for (const id of docIds) {
    const doc = (await (await asAdmin(team, encodeURIComponent(id))).json()) as { _rev: string };
    const deleted = await asAdmin(team, `${encodeURIComponent(id)}?rev=${doc._rev}`, { method: 'DELETE' });
    expect(deleted.ok).toBe(true);
  }
}

describe('the team timeline with wrong wall clocks', () => {
  let team: string;
  const sides: Workstation[] = [];
  beforeEach(async () => {
    team = await newTeamDatabase(couch);
  }, 30_000);
  afterEach(async () => {
    for (const side of sides.splice(0)) await leaveTeam(side.db);
  });

  it('lists an edit made after seeing a creation after it on both workstations, though its clock is minutes slow', async () => {
    const a = await workstation(team, '11:00'); // right
    // Four minutes slow: it is really 11:01. (Beyond five minutes this workstation no longer follows A's
    // clock, and says so: audit-clock-cap.test.ts.)
    const b = await workstation(team, '10:57');
    sides.push(a, b);
    const person = await addPerson(a.ctx, personForm({ name: 'Ada Nowak', email: 'ada@example.org' }));
    await a.engine.syncNow();
    await b.engine.syncNow();
    await updatePerson(
      b.ctx,
      person.id,
      person.revision,
      personForm({ name: 'Ada Nowak-Smith', email: 'ada@example.org' }),
    );
    await b.engine.syncNow();
    await a.engine.syncNow();

    for (const side of [a, b]) {
      const page = await pageTeamTimeline(side.db, {
        filter: { entity: 'person', entityId: person.id },
        limit: 10,
      });
      // Newest first: B's edit, stamped 10:57 by its clock, above A's creation at 11:00.
      expect(page.entries.map((entry) => [entry.device, entry.event.action, entry.event.at])).toEqual([
        [b.device, 'update', '2026-12-06T10:57:00.000Z'],
        [a.device, 'create', '2026-12-06T11:00:00.000Z'],
      ]);
    }
    const edit = await b.db.auditEvents.filter((event) => event.entityId === person.id).first();
    expect(edit?.seen).toEqual({ [a.device]: expect.any(Number) });
    for (const side of [a, b]) expect((await verifyAuditLog(side.db)).intact).toBe(true);
  });

  it('names the workstation and the events missing when a tail of its log was deleted on the server', async () => {
    const a = await workstation(team, '10:00');
    const b = await workstation(team, '10:10');
    sides.push(a, b);
    for (const n of [1, 2, 3]) {
      await addPerson(a.ctx, personForm({ name: `Person ${n}`, email: `p${n}@example.org` }));
    }
    await a.engine.syncNow();
    await b.engine.syncNow(); // B now holds A's whole log…
    await addPerson(b.ctx, personForm({ name: 'Bo Kim', email: 'bo@example.org' })); // …and its event says so
    await b.engine.syncNow();
    const seer = await b.db.auditEvents.filter((event) => event.seen?.[a.device] !== undefined).first();
    const tail = await a.db.auditEvents.orderBy('seq').reverse().limit(2).toArray();
    const [last, before] = tail;
    await deleteOnServer(
      team,
      tail.map((event) => documentId('audit', event as unknown as Record<string, unknown>)),
    );

    // A workstation that joins now never receives those two events, but B's event tells it they existed.
    const c = await workstation(team, '10:20');
    sides.push(c);
    await c.engine.syncNow();
    const verdict = await verifyAuditLog(c.db);
    expect(verdict.intact).toBe(false);
    expect(verdict.message).toContain(
      `the log of workstation ${a.device.slice(0, 8)} (last used by Sam Officer) ends at event ${before!.seq - 1}, but event ${seer!.seq} of workstation ${b.device.slice(0, 8)} (last used by Sam Officer) had seen it up to event ${last!.seq}: events ${before!.seq} to ${last!.seq} are missing`,
    );
    // The workstations that hold the whole log still find it whole.
    expect((await verifyAuditLog(b.db)).intact).toBe(true);
  });
});
