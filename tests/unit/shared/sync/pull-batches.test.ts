/**
 * How a pull sorts what the server sends, with a scripted `changes` (what no honest server sends: a deleted
 * audit event) and its limits.
 */
import { aPerson, fixtureId, recordBase } from '../../../helpers/domain-fixtures';
import type { Change } from '../../../../shared/sync/couch-client';
import { recordToDocument } from '../../../../shared/sync/documents';
import { type PullBatch, pullChanges } from '../../../../shared/sync/pull';

/** A `changes` that answers each call with the next scripted page. */
function scripted(pages: Change[][]) {
  let call = 0;
  return {
    changes: async (query: { since: string; limit: number }) => {
      const results = pages[call] ?? [];
      call += 1;
      return { results: results.slice(0, query.limit), lastSeq: results.at(-1)?.seq ?? query.since };
    },
  };
}
const change = (seq: string, id: string, doc: unknown, deleted = false): Change => ({
  seq,
  id,
  revs: ['2-x'],
  deleted,
  doc,
});

it('a deleted audit event is quarantined, never applied as a deletion; design documents are left alone', async () => {
  const person = recordToDocument('person', aPerson(), '1-a');
  const applied: PullBatch[] = [];
  const result = await pullChanges(
    scripted([
      [
        change('1', '_design/dsh-desk', { _id: '_design/dsh-desk', _rev: '1-d' }),
        change('2', person._id, person),
        change(
          '3',
          'audit:ws-a:000000000001',
          { _id: 'audit:ws-a:000000000001', _rev: '2-x', _deleted: true },
          true,
        ),
        change('4', 'widget:1', { _id: 'widget:1', _rev: '2-x', _deleted: true }, true),
      ],
    ]),
    '0',
    async (batch) => void applied.push(batch),
    { batchSize: 10, maxBatches: 3 },
  );
  expect(result).toMatchObject({ status: 'complete', checkpoint: '4', applied: 1, batches: 1 });
  expect(applied[0]?.records.map((record) => record.docId)).toEqual([person._id]);
  expect(applied[0]?.deletions).toEqual([]);
  expect(result.quarantined).toEqual([
    {
      ok: false,
      docId: 'audit:ws-a:000000000001',
      reason:
        'The audit event audit:ws-a:000000000001 was deleted on the team server; audit events are never deleted.',
    },
    {
      ok: false,
      docId: 'widget:1',
      reason: 'The deleted document widget:1 is a kind of record DSH Desk does not know.',
    },
  ]);
});

it('a failure fetching changes ends the pull as failed, at the last applied checkpoint', async () => {
  const failing = {
    changes: async () => {
      throw new Error('cannot reach');
    },
  };
  const result = await pullChanges(failing, '17', async () => {}, { batchSize: 5, maxBatches: 3 });
  expect(result).toMatchObject({ status: 'failed', checkpoint: '17', batches: 0, applied: 0 });
  expect((result.error as Error).message).toBe('cannot reach');
});

it.each([
  [{ batchSize: 0, maxBatches: 1 }, 'batchSize must be a whole number above 0.'],
  [{ batchSize: 10, maxBatches: 1.5 }, 'maxBatches must be a whole number above 0.'],
])('refuses limits that would never end or never start: %o', async (limits, message) => {
  await expect(pullChanges(scripted([]), '0', async () => {}, limits)).rejects.toThrow(message);
});

it('a pull told to stop ends after the batch in hand, with more to come, and applies nothing after it', async () => {
  const docs = [1, 2, 3, 4].map((n) =>
    recordToDocument(
      'person',
      aPerson({ ...recordBase(fixtureId(700 + n)), email: `p${n}@example.org` }),
      '1-a',
    ),
  );
  const asked: string[] = [];
  const pages = [docs.slice(0, 2), docs.slice(2, 4)].map((page, index) =>
    page.map((doc, n) => change(String(index * 2 + n + 1), doc._id, doc)),
  );
  const server = scripted(pages);
  let stop = false;
  const applied: PullBatch[] = [];
  const result = await pullChanges(
    {
      changes: async (query) => {
        asked.push(query.since);
        return server.changes(query);
      },
    },
    '0',
    async (batch) => {
      applied.push(batch);
      stop = true; // e.g. the officer paused the first sync while this batch was stored
    },
    { batchSize: 2, maxBatches: Number.MAX_SAFE_INTEGER, keepGoing: () => !stop },
  );
  expect(result).toMatchObject({ status: 'more', checkpoint: '2', batches: 1, applied: 2 });
  expect(applied.map((batch) => batch.records.length)).toEqual([2]);
  // The next page was asked for while the first was stored (overlapped), and dropped on stopping.
  expect(asked).toEqual(['0', '2']);
});

describe('several pages to a batch (a first sync)', () => {
  const docs = [1, 2, 3, 4, 5, 6, 7].map((n) =>
    recordToDocument(
      'person',
      aPerson({ ...recordBase(fixtureId(800 + n)), email: `q${n}@example.org` }),
      '1-a',
    ),
  );
  const changes = docs.map((doc, n) => change(String(n + 1), doc._id, doc));
  /** A server of pages of two, logging each request and the most in flight at once. */
  function logged(log: string[]) {
    const server = scripted([0, 2, 4, 6].map((from) => changes.slice(from, from + 2)));
    let inFlight = 0;
    let most = 0;
    return {
      most: () => most,
      changes: async (query: { since: string; limit: number }) => {
        log.push(`ask since ${query.since}`);
        inFlight += 1;
        most = Math.max(most, inFlight);
        try {
          return await server.changes(query);
        } finally {
          inFlight -= 1;
        }
      },
    };
  }

  it('applies three pages as one batch, asks for the next pages one at a time while it is stored, and stores each record once', async () => {
    const log: string[] = [];
    const client = logged(log);
    const applied: string[] = [];
    const result = await pullChanges(
      client,
      '0',
      async (batch) => {
        log.push(`apply ${batch.records.length} to ${batch.checkpoint}`);
        applied.push(...batch.records.map((record) => record.docId));
      },
      { batchSize: 2, maxBatches: 10, pagesPerBatch: 3 },
    );
    expect(result).toMatchObject({ status: 'complete', checkpoint: '7', batches: 2, applied: 7 });
    // The fourth page (the last, short) is asked for before the first batch is stored.
    expect(log).toEqual([
      'ask since 0',
      'ask since 2',
      'ask since 4',
      'ask since 6',
      'apply 6 to 6',
      'apply 1 to 7',
    ]);
    expect(client.most()).toBe(1);
    expect(applied).toEqual(docs.map((doc) => doc._id));
  });

  it('told to stop while a batch is stored, asks for no further page and applies nothing more', async () => {
    const log: string[] = [];
    let stop = false;
    const result = await pullChanges(
      logged(log),
      '0',
      async (batch) => {
        log.push(`apply ${batch.records.length} to ${batch.checkpoint}`);
        stop = true;
      },
      { batchSize: 2, maxBatches: 10, pagesPerBatch: 2, keepGoing: () => !stop },
    );
    expect(result).toMatchObject({ status: 'more', checkpoint: '4', batches: 1, applied: 4 });
    // The next batch's first page was already asked for; its second never is.
    expect(log).toEqual(['ask since 0', 'ask since 2', 'ask since 4', 'apply 4 to 4']);
  });

  it('refuses a number of pages that would never apply anything', async () => {
    await expect(
      pullChanges(scripted([]), '0', async () => {}, { batchSize: 2, maxBatches: 1, pagesPerBatch: 0 }),
    ).rejects.toThrow('pagesPerBatch must be a whole number above 0.');
  });
});
