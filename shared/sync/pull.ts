/**
 * Pulls the team server's changes since a checkpoint, in bounded batches. Each batch goes to `apply` (one Dexie
 * transaction in the app, which should store `batch.checkpoint` in that same transaction); only after `apply`
 * succeeds does the checkpoint move on. So a crash or a failing `apply` re-applies a batch, never skips one.
 * A document that fails its checks is quarantined (reported, never applied) and the rest of its batch applies.
 * The next batch is asked for while the current one is applied (one request ahead, never more).
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

/** Limits: changes per batch, and batches per call (so a first sync can show progress and be interrupted). */
export interface PullOptions extends CallOptions {
  batchSize: number;
  maxBatches: number;
  /**
   * Asked before each request sent ahead: false ends the pull after the batch in hand ('more'). Lets a caller
   * pull unbounded, with every request overlapped, and still stop (pause) between batches.
   */
  keepGoing?: () => boolean;
}

/** Pulls and applies batches from `checkpoint` (`'0'`: everything) until caught up, `maxBatches`, or a failure. */
export async function pullChanges(
  client: Pick<CouchClient, 'changes'>,
  checkpoint: string,
  apply: (batch: PullBatch) => Promise<void>,
  options: PullOptions,
): Promise<PullResult> {
  for (const [name, value] of [
    ['batchSize', options.batchSize],
    ['maxBatches', options.maxBatches],
  ] as const)
    if (!Number.isSafeInteger(value) || value < 1)
      throw new RangeError(`${name} must be a whole number above 0.`);
  const result: PullResult = { status: 'more', checkpoint, batches: 0, applied: 0, quarantined: [] };
  const call = options.signal ? { signal: options.signal } : {};
  const keepGoing = options.keepGoing ?? (() => true);
  const ask = (since: string) => {
    const asked = (async () => client.changes({ since, limit: options.batchSize }, call))();
    // A request sent ahead may fail while a batch is applied: it is handled where it is awaited (or dropped
    // with the failure of that batch), never reported as unhandled meanwhile.
    asked.catch(() => undefined);
    return asked;
  };
  // The next batch's request is sent while this batch is applied (at most one ahead): the server's answer and
  // the local transaction overlap. The checkpoint still moves only after `apply`, so nothing is skipped.
  let next: ReturnType<typeof ask> | null = ask(checkpoint);
  // Told to stop, it stops before the next batch (a request sent ahead is dropped, its answer never used).
  while (next && result.batches < options.maxBatches && (result.batches === 0 || keepGoing())) {
    let batch: PullBatch;
    let complete: boolean;
    const asked: ReturnType<typeof ask> = next;
    next = null;
    try {
      const changes = await asked;
      complete = changes.results.length < options.batchSize;
      batch = batchOf(changes);
      if (changes.results.length === 0) return { ...result, status: 'complete' };
      const goOn = !complete && result.batches + 1 < options.maxBatches && keepGoing();
      if (goOn) next = ask(changes.lastSeq);
      await apply(batch);
    } catch (error) {
      // A request sent ahead is dropped with the failure: its answer is never used.
      return { ...result, status: 'failed', error };
    }
    result.checkpoint = batch.checkpoint;
    result.batches += 1;
    result.applied += batch.records.length + batch.deletions.length;
    result.quarantined.push(...batch.quarantined);
    if (complete) return { ...result, status: 'complete' };
  }
  return result;
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
