/**
 * Pull against a CouchDB-compatible server (pouchdb-server started here, or COUCHDB_URL): batches advance the
 * checkpoint only once applied; a bad document is quarantined while the rest of its batch applies; conflicts
 * and deletions arrive as such.
 */
import { useTestCouch } from '../../../helpers/use-test-couch';
import { fixtureId } from '../../../helpers/domain-fixtures';
import {
  OFFICER,
  bounded,
  clientOf,
  collector as store,
  newTeamDatabase,
  nodeFetch,
  numberedPerson as person,
} from '../../../helpers/sync-fixtures';
import { recordToDocument } from '../../../../shared/sync/documents';
import { basicAuth, couchRequest, parseServerUrl } from '../../../../shared/sync/http';
import { pullChanges } from '../../../../shared/sync/pull';
import { pushBatch } from '../../../../shared/sync/push';

const couch = useTestCouch();

describe('pull in bounded batches', () => {
  it('applies 7 changes in batches of 2 exactly once, and a failing apply leaves the checkpoint where it was', async () => {
    const db = await newTeamDatabase(couch);
    const client = clientOf(couch, db);
    // Start after the setup's own changes (the design document), as a workstation that already synced would.
    const start = await pullChanges(client, '0', async () => {}, {
      batchSize: 100,
      maxBatches: 5,
      ...bounded(),
    });
    expect(start.status).toBe('complete');
    const rows = Array.from({ length: 7 }, (_, i) => ({
      type: 'person' as const,
      record: person(i),
      baseRev: null,
    }));
    expect((await pushBatch(client, rows, bounded())).accepted).toHaveLength(7);

    // The third batch fails: two batches applied, the checkpoint is the one after them.
    let calls = 0;
    const seen: string[] = [];
    const failing = await pullChanges(
      client,
      start.checkpoint,
      async (batch) => {
        calls += 1;
        if (calls === 3) throw new Error('disk full');
        seen.push(...batch.records.map((record) => record.docId));
      },
      { batchSize: 2, maxBatches: 10, ...bounded() },
    );
    expect(failing).toMatchObject({ status: 'failed', batches: 2, applied: 4 });
    expect((failing.error as Error).message).toBe('disk full');
    expect(seen).toHaveLength(4);

    // Pulling again from the returned checkpoint applies the rest: all seven, each once, none skipped.
    const again = await pullChanges(
      client,
      failing.checkpoint,
      async (batch) => void seen.push(...batch.records.map((record) => record.docId)),
      { batchSize: 2, maxBatches: 10, ...bounded() },
    );
    expect(again).toMatchObject({ status: 'complete', applied: 3 });
    expect([...seen].sort()).toEqual(rows.map((row) => `person:${row.record.id}`).sort());
  });

  it('stops at maxBatches with more to come, and carries on from its checkpoint', async () => {
    const db = await newTeamDatabase(couch);
    const client = clientOf(couch, db);
    const rows = Array.from({ length: 5 }, (_, i) => ({
      type: 'person' as const,
      record: person(i),
      baseRev: null,
    }));
    await pushBatch(client, rows, bounded());
    const first = await pullChanges(client, '0', async () => {}, {
      batchSize: 2,
      maxBatches: 1,
      ...bounded(),
    });
    expect(first).toMatchObject({ status: 'more', batches: 1 });
    const rest = await pullChanges(client, first.checkpoint, async () => {}, {
      batchSize: 2,
      maxBatches: 10,
      ...bounded(),
    });
    expect(rest.status).toBe('complete');
    expect(first.applied + rest.applied).toBe(5);
  });

  it('quarantines a document that fails its schema and applies the rest of the batch', async () => {
    const db = await newTeamDatabase(couch);
    const client = clientOf(couch, db);
    const good = person(1);
    const badId = fixtureId(699);
    const results = await client.bulkDocs(
      [
        { _id: `person:${good.id}`, type: 'person', ...good },
        { _id: `person:${badId}`, type: 'person', ...person(2), id: badId, email: 'not an address' },
        { _id: 'widget:1', type: 'widget', size: 3 },
      ],
      bounded(),
    );
    expect(results.map((result) => result.status)).toEqual(['ok', 'ok', 'ok']);

    const b = store();
    const pulled = await pullChanges(client, '0', b.apply, { batchSize: 50, maxBatches: 5, ...bounded() });
    expect(pulled.status).toBe('complete');
    expect(b.applied.flatMap((batch) => batch.records.map((record) => record.docId))).toEqual([
      `person:${good.id}`,
    ]);
    expect(pulled.quarantined).toEqual([
      {
        ok: false,
        docId: `person:${badId}`,
        reason: expect.stringMatching(/^The person in person:.* is not valid: email: /),
      },
      {
        ok: false,
        docId: 'widget:1',
        reason: 'The document widget:1 is a kind of record DSH Desk does not know: “widget”.',
      },
    ]);
    // The app stores quarantined documents in the same transaction as the batch: apply was told about them.
    expect(b.applied.flatMap((batch) => batch.quarantined)).toEqual(pulled.quarantined);
  });

  it('a record the server holds in conflict (written by a replica) arrives with the revisions it conflicts with', async () => {
    const db = await newTeamDatabase(couch);
    const client = clientOf(couch, db);
    const id = `person:${person(1).id}`;
    // Replication writes revisions as they are (new_edits: false): two branches of one document.
    await couchRequest(
      {
        url: parseServerUrl(couch.url),
        fetch: nodeFetch,
        headers: basicAuth(OFFICER.name, OFFICER.password),
      },
      {
        method: 'POST',
        path: `${db}/_bulk_docs`,
        body: {
          new_edits: false,
          docs: [
            { ...recordToDocument('person', person(1)), _rev: '1-aaaa' },
            { ...recordToDocument('person', { ...person(1), name: 'Other name' }), _rev: '1-bbbb' },
          ],
        },
        what: 'replicating',
        ...bounded(),
      },
    );
    const b = store();
    await pullChanges(client, '0', b.apply, { batchSize: 50, maxBatches: 5, ...bounded() });
    const [record] = b.applied.flatMap((batch) => batch.records);
    // CouchDB picks the same winner everywhere (the higher revision); the loser is listed, not lost.
    expect(record).toMatchObject({
      docId: id,
      rev: '1-bbbb',
      conflicts: ['1-aaaa'],
      record: { name: 'Other name' },
    });
    expect(await client.getDoc(id, { conflicts: true }, bounded())).toMatchObject({
      _rev: '1-bbbb',
      _conflicts: ['1-aaaa'],
    });
  });

  it('a deletion on A arrives on B as a deletion', async () => {
    const db = await newTeamDatabase(couch);
    const client = clientOf(couch, db);
    const made = await pushBatch(client, [{ type: 'person', record: person(1), baseRev: null }], bounded());
    const gone = await pushBatch(
      client,
      [{ type: 'person', record: person(1), baseRev: made.accepted[0]!.rev, deleted: true }],
      bounded(),
    );
    expect(gone.accepted).toHaveLength(1);
    const b = store();
    await pullChanges(client, '0', b.apply, { batchSize: 50, maxBatches: 5, ...bounded() });
    expect(b.applied.flatMap((batch) => batch.deletions)).toEqual([
      { docId: `person:${person(1).id}`, type: 'person', rev: gone.accepted[0]!.rev },
    ]);
    expect(b.applied.flatMap((batch) => batch.records)).toEqual([]);
  });
});

describe('the next batch asked for while this one is applied', () => {
  /** A client of `db` that logs each request and answer, and fails request number `failAt` (if given). */
  function loggedClient(db: string, log: string[], failAt?: number) {
    const client = clientOf(couch, db);
    let asked = 0;
    let inFlight = 0;
    let mostInFlight = 0;
    return {
      mostInFlight: () => mostInFlight,
      changes: async (
        query: { since: string; limit: number },
        call?: Parameters<typeof client.changes>[1],
      ) => {
        asked += 1;
        const number = asked;
        inFlight += 1;
        mostInFlight = Math.max(mostInFlight, inFlight);
        log.push(`ask ${number} since ${query.since}`);
        try {
          if (number === failAt) throw new Error('connection reset');
          return await client.changes(query, call);
        } finally {
          inFlight -= 1;
        }
      },
    };
  }

  it('asks once ahead, in order from each batch’s checkpoint; a failed batch resumes from the last one applied, each record once', async () => {
    const db = await newTeamDatabase(couch);
    const setup = clientOf(couch, db);
    const start = await pullChanges(setup, '0', async () => {}, {
      batchSize: 100,
      maxBatches: 5,
      ...bounded(),
    });
    const rows = Array.from({ length: 7 }, (_, i) => ({
      type: 'person' as const,
      record: person(i),
      baseRev: null,
    }));
    expect((await pushBatch(setup, rows, bounded())).accepted).toHaveLength(7);

    // Batches of 2: the third apply fails after the fourth batch was already asked for.
    const log: string[] = [];
    const client = loggedClient(db, log);
    const applied: string[] = [];
    let calls = 0;
    const failing = await pullChanges(
      client,
      start.checkpoint,
      async (batch) => {
        calls += 1;
        log.push(`apply ${calls} to ${batch.checkpoint}`);
        if (calls === 3) throw new Error('disk full');
        applied.push(...batch.records.map((record) => record.docId));
      },
      { batchSize: 2, maxBatches: 10, ...bounded() },
    );
    expect(failing).toMatchObject({ status: 'failed', batches: 2, applied: 4 });
    const checkpoints = log.filter((line) => line.startsWith('apply')).map((line) => line.split(' to ')[1]);
    // Each request starts from the batch before it, and is sent before that batch is applied: one ahead, no more.
    expect(log).toEqual([
      `ask 1 since ${start.checkpoint}`,
      `ask 2 since ${checkpoints[0]}`,
      `apply 1 to ${checkpoints[0]}`,
      `ask 3 since ${checkpoints[1]}`,
      `apply 2 to ${checkpoints[1]}`,
      `ask 4 since ${checkpoints[2]}`,
      `apply 3 to ${checkpoints[2]}`,
    ]);
    expect(client.mostInFlight()).toBe(1);
    // The answer asked ahead is not used: the checkpoint is the last batch applied.
    expect(failing.checkpoint).toBe(checkpoints[1]);

    const again = await pullChanges(
      client,
      failing.checkpoint,
      async (batch) => void applied.push(...batch.records.map((record) => record.docId)),
      { batchSize: 2, maxBatches: 10, ...bounded() },
    );
    expect(again).toMatchObject({ status: 'complete', applied: 3 });
    // Every record once, in the server's order.
    expect(applied).toEqual(rows.map((row) => `person:${row.record.id}`));
  });

  it('a request asked ahead that fails leaves the batch before it applied, and asks nothing past maxBatches', async () => {
    const db = await newTeamDatabase(couch);
    const rows = Array.from({ length: 6 }, (_, i) => ({
      type: 'person' as const,
      record: person(i),
      baseRev: null,
    }));
    await pushBatch(clientOf(couch, db), rows, bounded());
    const seen = store();
    // The second request (asked while the first batch is applied) fails.
    const log: string[] = [];
    const failed = await pullChanges(loggedClient(db, log, 2), '0', seen.apply, {
      batchSize: 3,
      maxBatches: 10,
      ...bounded(),
    });
    expect(failed).toMatchObject({ status: 'failed', batches: 1, checkpoint: seen.applied[0]!.checkpoint });
    expect((failed.error as Error).message).toBe('connection reset');
    expect(seen.applied).toHaveLength(1);

    const bounds: string[] = [];
    const stopped = await pullChanges(loggedClient(db, bounds), '0', async () => {}, {
      batchSize: 2,
      maxBatches: 2,
      ...bounded(),
    });
    expect(stopped).toMatchObject({ status: 'more', batches: 2 });
    expect(bounds.filter((line) => line.startsWith('ask'))).toHaveLength(2);
  });
});
