/**
 * Pushes outbox rows to the team server in one `_bulk_docs` request. Each row carries the `_rev` its change was
 * based on, so the server refuses (409, per document) a change made over someone else's: that is a conflict to
 * merge, never an overwrite. A network failure throws `SyncError` and leaves every row for the next attempt
 * (a row the server stored before the line dropped comes back as a conflict whose two sides are equal, or an
 * audit event refused as changed by pouchdb-server's validation: the caller checks the server's copy).
 */
import type { CallOptions, CouchClient, CouchDocument } from './couch-client';
import { deletionDocument, recordToDocument } from './documents';
import type { SyncedTypeName } from './synced-types';

/** One pending local change: the record as saved (or deleted) and the server revision it was based on. */
export interface OutboxRow {
  type: SyncedTypeName;
  record: Record<string, unknown>;
  /** The `_rev` the edit started from; null for a record the server has never had. */
  baseRev: string | null;
  deleted?: boolean;
  /** A deletion's document id, when the record's content (its key fields) is no longer at hand. */
  docId?: string;
}

/** What became of each row: stored (clear it, keep the new rev), in conflict (merge), or refused (show why). */
export interface PushOutcome<R extends OutboxRow> {
  accepted: { row: R; docId: string; rev: string }[];
  conflicts: { row: R; docId: string }[];
  refused: { row: R; docId: string; reason: string }[];
}

/** Sends `rows` in one request and classifies the server's answer for each of them. */
export async function pushBatch<R extends OutboxRow>(
  client: Pick<CouchClient, 'bulkDocs'>,
  rows: readonly R[],
  call: CallOptions = {},
): Promise<PushOutcome<R>> {
  const outcome: PushOutcome<R> = { accepted: [], conflicts: [], refused: [] };
  const sending: { row: R; doc: CouchDocument }[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const prepared = prepare(row);
    if ('reason' in prepared) {
      outcome.refused.push({ row, docId: prepared.docId, reason: prepared.reason });
    } else if (seen.has(prepared.doc._id)) {
      // The outbox keeps one row per record; a second one would only conflict with the first.
      outcome.refused.push({
        row,
        docId: prepared.doc._id,
        reason: 'The same record was sent twice in one batch; send the latest change only.',
      });
    } else {
      seen.add(prepared.doc._id);
      sending.push({ row, doc: prepared.doc });
    }
  }
  if (sending.length === 0) return outcome;

  const results = await client.bulkDocs(
    sending.map((item) => item.doc),
    call,
  );
  const byId = new Map(results.map((result) => [result.id, result]));
  for (const { row, doc } of sending) {
    const result = byId.get(doc._id);
    if (!result)
      outcome.refused.push({
        row,
        docId: doc._id,
        reason: 'The team server did not answer for this record.',
      });
    else if (result.status === 'ok') outcome.accepted.push({ row, docId: doc._id, rev: result.rev });
    else if (result.status === 'conflict') outcome.conflicts.push({ row, docId: doc._id });
    else outcome.refused.push({ row, docId: doc._id, reason: result.reason });
  }
  return outcome;
}

/** The document for a row, or why it cannot be sent. */
function prepare(row: OutboxRow): { doc: CouchDocument } | { docId: string; reason: string } {
  try {
    if (!row.deleted) return { doc: recordToDocument(row.type, row.record, row.baseRev ?? undefined) };
    if (!row.baseRev)
      return { docId: '', reason: 'A record the team server never had cannot be deleted there.' };
    return { doc: deletionDocument(row.type, row.record, row.baseRev, row.docId) };
  } catch (error) {
    return { docId: '', reason: error instanceof Error ? error.message : String(error) };
  }
}
