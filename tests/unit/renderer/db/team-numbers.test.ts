/**
 * Team-wide numbers (SYNC.md, "Numbers") against a CouchDB-compatible server (pouchdb-server, or
 * COUCHDB_URL): two workstations recording projects offline get provisional references, confirmed unique and
 * in sequence when they sync, audited on both; two allocators racing on the counter never get one number;
 * in a team, a certificate is issued only with a number from the server.
 */
import { freePort } from '../../../helpers/couch-server';
import { useTestCouch } from '../../../helpers/use-test-couch';
import { bounded, clientOf, nodeFetch, transportOf } from '../../../helpers/sync-fixtures';
import { type TestDb, enquiryForm } from './db-fixtures';
import { type TeamWorkstation, useTwoWorkstations } from './team-fixtures';
import { World } from './world';
import { issueCertificate } from '../../../../renderer/db/repositories/certificates';
import { recordedDraftOf } from '../../../../renderer/db/repositories/certificate-draft-check';
import { createEnquiry } from '../../../../renderer/db/repositories/projects';
import { quarantinedDocuments } from '../../../../renderer/db/sync/apply';
import { joinTeam, leaveTeam } from '../../../../renderer/db/sync/queue-all';
import { PROVISIONAL_KEY, setTeamNumberSource } from '../../../../renderer/db/sync/team-numbers';
import { createCouchClient } from '../../../../shared/sync/couch-client';
import { allocateNumber, counterDocumentId } from '../../../../shared/sync/number-counters';

const couch = useTestCouch();

/** Every project reference on a workstation, in order. */
const references = async (side: TestDb) =>
  (await side.db.projects.toArray()).map((project) => project.reference).sort();

describe('team-wide numbers', () => {
  let team: string;
  let a: TeamWorkstation;
  let b: TeamWorkstation;
  useTwoWorkstations(couch, (pair) => ({ team, a, b } = pair), {
    beforeLeaving: (pair) => setTeamNumberSource(pair.a.db.name, null),
  });

  it('projects recorded offline on two workstations get provisional references, then unique sequential ones, audited on both', async () => {
    const onA = [
      await createEnquiry(a.ctx, enquiryForm({ title: 'A one' })),
      await createEnquiry(a.ctx, enquiryForm({ title: 'A two' })),
    ];
    const onB = [await createEnquiry(b.ctx, enquiryForm({ title: 'B one' }))];
    for (const project of [...onA, ...onB]) expect(project.reference).toMatch(/^DSH-2026-P-[0-9A-Z]{6}$/);

    await a.engine.syncNow();
    await b.engine.syncNow();
    await a.engine.syncNow();

    const expected = ['DSH-2026-001', 'DSH-2026-002', 'DSH-2026-003'];
    expect(await references(a)).toEqual(expected);
    expect(await references(b)).toEqual(expected);
    const titled = async (side: TestDb) =>
      Object.fromEntries((await side.db.projects.toArray()).map((p) => [p.title, p.reference]));
    expect(await titled(a)).toEqual(await titled(b));
    expect((await titled(b))['B one']).toBe('DSH-2026-003');

    // A's confirmations are A's audit events, and reach B (and B's reach A), each saying from → to.
    const confirmations = (events: { action: string; changes: Record<string, unknown> }[]) =>
      events.filter((event) => event.action === 'confirm-reference').map((event) => event.changes.reference);
    const fromA = onA.map((project, index) => ({ before: project.reference, after: expected[index] }));
    const fromB = [{ before: onB[0]!.reference, after: 'DSH-2026-003' }];
    expect(confirmations(await a.db.auditEvents.toArray())).toEqual(fromA);
    expect(confirmations(await b.db.auditEvents.toArray())).toEqual(fromB);
    expect(confirmations(await b.db.peerAuditEvents.toArray())).toEqual(fromA);
    expect(confirmations(await a.db.peerAuditEvents.toArray())).toEqual(fromB);

    // Nothing left to confirm or send; the counter document is no record and was never quarantined.
    for (const side of [a, b]) {
      expect(await side.db.meta.get(PROVISIONAL_KEY)).toBeUndefined();
      expect(side.engine.status).toMatchObject({ phase: 'synced', pending: 0, quarantined: 0 });
      expect(await quarantinedDocuments(side.db)).toEqual([]);
    }
    const counter = await clientOf(couch, team).getDoc(counterDocumentId('project', 2026), {}, bounded());
    expect(counter).toMatchObject({ type: 'counter', last: 3 });
  });

  it('a workstation asks above the highest reference it holds, so numbers pushed before stay unique', async () => {
    // A recorded DSH-2026-001 … 002 alone before joining; B has them, then records one offline.
    await leaveTeam(a.db);
    await createEnquiry(a.ctx, enquiryForm({ title: 'Solo one' }));
    await createEnquiry(a.ctx, enquiryForm({ title: 'Solo two' }));
    await joinTeam(a.db);
    await a.engine.syncNow();
    await createEnquiry(b.ctx, enquiryForm({ title: 'B one' }));
    await b.engine.syncNow();
    expect(await references(b)).toEqual(['DSH-2026-001', 'DSH-2026-002', 'DSH-2026-003']);
  });

  it('two allocators racing on one counter never get the same number', async () => {
    const one = clientOf(couch, team);
    const two = clientOf(couch, team);
    const take = async (client: typeof one) => {
      const got: number[] = [];
      for (let i = 0; i < 6; i += 1)
        got.push(await allocateNumber(client, { series: 'certificate', year: 2026 }, bounded()));
      return got;
    };
    const [first, second] = await Promise.all([take(one), take(two)]);
    const all = [...first!, ...second!].sort((x, y) => x - y);
    expect(all).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    // Seeded above what a workstation knows; and the server refuses a counter that counts down.
    await expect(
      allocateNumber(one, { series: 'certificate', year: 2026, above: 40 }, bounded()),
    ).resolves.toBe(41);
    const counter = await one.getDoc(counterDocumentId('certificate', 2026), {}, bounded());
    const [refused] = await one.bulkDocs([{ ...counter!, last: 5 }], bounded());
    expect(refused).toMatchObject({ status: 'forbidden', reason: expect.stringMatching(/only counts up/) });
  });

  it('in a team, a certificate is refused while the server cannot be reached, and nothing is written', async () => {
    const world = new World(a);
    const project = await world.closingProject();
    await world.closure();
    // Its reference is still provisional (recorded offline): the certificate prints the confirmed one.
    const provisional = 'DSH-2026-P-7F3K9Z';
    await a.db.projects.update(project.id, { reference: provisional });
    // The page was opened while the reference was provisional: its draft prints that one.
    const { draft: opened } = await recordedDraftOf(a.db, project.id, '2026-11-25');
    const draft = opened!;
    expect(draft.projectReference).toBe(provisional);
    const snapshot = async () => ({
      certificates: await a.db.certificates.count(),
      events: await a.db.auditEvents.count(),
      outbox: await a.db.outbox.count(),
      counters: await a.db.counters.toArray(),
    });
    const before = await snapshot();

    const down = createCouchClient({
      url: `http://127.0.0.1:${await freePort()}`,
      db: team,
      fetch: nodeFetch,
    });
    setTeamNumberSource(a.db.name, transportOf(down).allocate);
    const refusal = issueCertificate(a.ctx, project.id, draft);
    await expect(refusal).rejects.toThrow(
      /^The certificate was not issued\. Issuing a certificate needs the team server: .+ Try again when connected\.$/,
    );
    expect(await snapshot()).toEqual(before);

    // Not connected at all (no sync running): refused the same way.
    setTeamNumberSource(a.db.name, null);
    await expect(issueCertificate(a.ctx, project.id, draft)).rejects.toThrow(
      'Issuing a certificate needs the team server: this workstation is not connected to it yet. Try again when connected.',
    );
    expect(await snapshot()).toEqual(before);

    // Connected: issued with the server's number.
    setTeamNumberSource(a.db.name, transportOf(clientOf(couch, team)).allocate);
    const issued = await issueCertificate(a.ctx, project.id, draft);
    expect(issued.number).toBe('DSH-CERT-2026-0001');
    expect(issued.content.projectReference).toBe('DSH-2026-001');
    expect(await a.db.projects.get(project.id)).toMatchObject({ reference: 'DSH-2026-001' });
    const confirmed = await a.db.auditEvents.where('action').equals('confirm-reference').toArray();
    expect(confirmed.map((event) => event.changes.reference)).toEqual([
      { before: provisional, after: 'DSH-2026-001' },
    ]);
    const counter = await clientOf(couch, team).getDoc(counterDocumentId('certificate', 2026), {}, bounded());
    expect(counter).toMatchObject({ last: 1 });
  });
});
