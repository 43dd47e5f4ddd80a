/**
 * Pulls the team server's changes since a checkpoint, in bounded batches. Each batch goes to `apply` (one Dexie
 * transaction in the app, which should store `batch.checkpoint` in that same transaction); only after `apply`
 * succeeds does the checkpoint move on. So a crash or a failing `apply` re-applies a batch, never skips one.
 * A document that fails its checks is quarantined (reported, never applied) and the rest of its batch applies.
 * The next batch is asked for while the current one is applied (one request in flight, never more); a batch
 * may be several pages, asked for one after another (`pagesPerBatch`).
 */
import type { CallOptions, Change, CouchClient } from './couch-client';
import { type IncomingRecord, type Quarantined, documentToRecord, typeOfDocumentId } from './documents';
import { isCounterDocumentId } from './number-counters';
import type { SyncedTypeName } from './synced-types';

/** A record deleted on the server. */
export interface IncomingDeletion {
  docId: string;
  type: SyncedTypeName;
  rev: string;
}

/** One batch to apply in one transaction. */
export interface PullBatch {
  records: IncomingRecord[];
  deletions: IncomingDeletion[];
  quarantined: Quarantined[];
  /** The checkpoint once this batch is applied. */
  checkpoint: string;
}

/** How a pull ended: caught up, stopped at `maxBatches` with more to come, or failed (see `error`). */
export interface PullResult {
  status: 'complete' | 'more' | 'failed';
  /** The checkpoint after the last batch `apply` finished: where the next pull starts. */
  checkpoint: string;
  batches: number;
  /** Records and deletions applied. */
  applied: number;
  quarantined: Quarantined[];
  error?: unknown;
}

/** Limits: changes per request, and batches per call (so a first sync can show progress and be interrupted). */
export interface PullOptions extends CallOptions {
  batchSize: number;
  maxBatches: number;
  /**
   * Pages (of `batchSize` changes) applied together as one batch: 1 unless said. A first sync applies several,
   * so that it commits fewer, larger transactions; the requests go on one after another meanwhile.
   */
  pagesPerBatch?: number;
  /**
   * Asked before each request sent ahead: false ends the pull after the batch in hand ('more'). Lets a caller
   * pull unbounded, with every request overlapped, and still stop (pause) between batches.
   */
  keepGoing?: () => boolean;
}

/** A page of changes answered and not yet applied. */
interface Page {
  batch: PullBatch;
  /** Whether the server had no more after it (a short page). */
  last: boolean;
}

/** Pulls and applies batches from `checkpoint` (`'0'`: everything) until caught up, `maxBatches`, or a failure. */
export async function pullChanges(
  client: Pick<CouchClient, 'changes'>,
  checkpoint: string,
  apply: (batch: PullBatch) => Promise<void>,
  options: PullOptions,
): Promise<PullResult> {
  const pagesPerBatch = options.pagesPerBatch ?? 1;
  for (const [name, value] of [
    ['batchSize', options.batchSize],
    ['maxBatches', options.maxBatches],
    ['pagesPerBatch', pagesPerBatch],
  ] as const)
    if (!Number.isSafeInteger(value) || value < 1)
      throw new RangeError(`${name} must be a whole number above 0.`);
  const result: PullResult = { status: 'more', checkpoint, batches: 0, applied: 0, quarantined: [] };
  const call = options.signal ? { signal: options.signal } : {};
  const keepGoing = options.keepGoing ?? (() => true);
  // Pages answered for the next batch, and where the next request starts.
  const held: Page[] = [];
  let since = checkpoint;
  let caughtUp = false;
  // Once the pull has returned, pages still being asked for are asked no further.
  let returned = false;
  // Asks for pages one after another (each from the answer before it) until a batch's worth is held, the
  // server has no more, or the caller says stop: at most one request in flight, never more.
  const fill = async () => {
    for (let asked = 0; held.length < pagesPerBatch && !caughtUp; asked += 1) {
      if (asked > 0 && (returned || !keepGoing())) return;
      const changes = await client.changes({ since, limit: options.batchSize }, call);
      caughtUp = changes.results.length < options.batchSize;
      if (changes.results.length > 0) held.push({ batch: batchOf(changes), last: caughtUp });
      since = changes.lastSeq;
    }
  };
  const filling = () => {
    const filled = fill();
    // Pages asked ahead may fail while a batch is applied: that is handled where they are awaited (or dropped
    // with the failure of that batch), never reported as unhandled meanwhile.
    filled.catch(() => undefined);
    return filled;
  };
  // The next batch's pages are asked for while this batch is applied: the server's answers and the local
  // transaction overlap. The checkpoint still moves only after `apply`, so nothing is skipped.
  let next: Promise<void> | null = filling();
  try {
    // Told to stop, it stops before the next batch (pages asked ahead are dropped, their answers never used).
    while (next && result.batches < options.maxBatches && (result.batches === 0 || keepGoing())) {
      let batch: PullBatch;
      let complete: boolean;
      try {
        await next;
        next = null;
        if (held.length === 0) return { ...result, status: 'complete' };
        const pages = held.splice(0, pagesPerBatch);
        complete = pages.at(-1)!.last;
        batch = mergedBatch(pages.map((page) => page.batch));
        const goOn = !complete && result.batches + 1 < options.maxBatches && keepGoing();
        if (goOn) next = filling();
        await apply(batch);
      } catch (error) {
        // Pages asked ahead are dropped with the failure: their answers are never used.
        return { ...result, status: 'failed', error };
      }
      result.checkpoint = batch.checkpoint;
      result.batches += 1;
      result.applied += batch.records.length + batch.deletions.length;
      result.quarantined.push(...batch.quarantined);
      if (complete) return { ...result, status: 'complete' };
    }
    return result;
  } finally {
    returned = true;
  }
}

/** Consecutive pages' batches as one, in order; its checkpoint the last one's. */
function mergedBatch(batches: readonly PullBatch[]): PullBatch {
  if (batches.length === 1) return batches[0]!;
  return {
    records: batches.flatMap((batch) => batch.records),
    deletions: batches.flatMap((batch) => batch.deletions),
    quarantined: batches.flatMap((batch) => batch.quarantined),
    checkpoint: batches.at(-1)!.checkpoint,
  };
}

/**
 * A page of changes as a batch to apply: records checked, deletions and documents that fail their checks
 * apart, server configuration and number counters left out; its checkpoint the page's last sequence.
 */
export function batchOf(page: { results: readonly Change[]; lastSeq: string }): PullBatch {
  const batch: PullBatch = { records: [], deletions: [], quarantined: [], checkpoint: page.lastSeq };
  for (const change of page.results) sort(change, batch);
  return batch;
}

/** Puts one change in the right list of its batch. */
function sort(change: Change, batch: PullBatch): void {
  if (change.id.startsWith('_design/')) return; // server configuration, not a record
  if (isCounterDocumentId(change.id)) return; // a team-wide number counter (number-counters.ts), not a record
  if (change.deleted) {
    const type = typeOfDocumentId(change.id);
    const rev = docRev(change.doc) ?? change.revs[0] ?? '';
    if (type === 'audit')
      batch.quarantined.push({
        ok: false,
        docId: change.id,
        reason: `The audit event ${change.id} was deleted on the team server; audit events are never deleted.`,
      });
    else if (type) batch.deletions.push({ docId: change.id, type, rev });
    else
      batch.quarantined.push({
        ok: false,
        docId: change.id,
        reason: `The deleted document ${change.id} is a kind of record DSH Desk does not know.`,
      });
    return;
  }
  const checked = documentToRecord(change.doc);
  if (checked.ok) batch.records.push(checked);
  else batch.quarantined.push({ ...checked, docId: checked.docId || change.id });
}

function docRev(doc: unknown): string | undefined {
  const rev = doc && typeof doc === 'object' ? (doc as { _rev?: unknown })._rev : undefined;
  return typeof rev === 'string' ? rev : undefined;
}
