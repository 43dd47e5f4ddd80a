/**
 * Sends the outbox to the team server in bounded batches, each record with the server revision its change
 * was based on. A saved record leaves the outbox (unless it changed again meanwhile); one the server has
 * changed since (409) is fetched and merged like a pulled change (apply.ts), and the merge is sent next
 * round; one the server refuses stays queued with the reason shown.
 */
import { documentId, documentToRecord } from '../../../shared/sync/documents';
import { sameValue } from '../../../shared/sync/merge';
import { type OutboxRow, pushBatch } from '../../../shared/sync/push';
import type { SyncedTypeName } from '../../../shared/sync/synced-types';
import type { DshDatabase } from '../database';
import type { WriteContext } from '../write/context';
import { deviceOf } from '../audit/append';
import { applyIncoming, fromServerTransaction } from './apply';
import { noteEvidenceToSend } from './evidence-due';
import type { OutboxEntry } from './rows';
import { TYPE_OF_TABLE } from './synced-tables';
import type { TeamTransport } from './transport';

/** Limits of one push. */
export interface PushLimits {
  batchSize: number;
  maxBatches: number;
}

/** How a push went. */
export interface PushReport {
  sent: number;
  /** Records someone else changed first: merged here (conflicts, if any, are listed). */
  merged: number;
  refused: { docId: string; reason: string }[];
  /** Whether the outbox still holds changes to send (more than `maxBatches` allowed, or refused ones). */
  more: boolean;
}

interface Prepared extends OutboxRow {
  entry: OutboxEntry;
  /** The deletion of the document a record was known by before its key changed (e.g. a merged person). */
  moved?: true;
}

/** Sends queued changes; stops after `maxBatches` batches or when the outbox is empty. */
export async function pushOutbox(
  db: DshDatabase,
  transport: TeamTransport,
  limits: PushLimits,
  ctx?: WriteContext,
): Promise<PushReport> {
  const report: PushReport = { sent: 0, merged: 0, refused: [], more: false };
  const skipped = new Set<string>();
  const device = await deviceOf(db);
  for (let batch = 0; batch < limits.maxBatches; batch += 1) {
    const entries = await db.outbox
      .orderBy('queuedAt')
      .filter((entry) => !skipped.has(entry.key))
      .limit(limits.batchSize)
      .toArray();
    if (entries.length === 0) return report;
    const rows = await prepare(db, entries);
    const outcome = await pushBatch({ bulkDocs: (docs) => transport.bulkDocs(docs) }, rows);
    await fromServerTransaction(db, async () => {
      for (const { row, docId, rev } of outcome.accepted) {
        if (row.moved) continue; // the new document's answer settles the record
        const current = await db.outbox.get(row.entry.key);
        if (current?.stamp === row.entry.stamp) await db.outbox.delete(row.entry.key);
        // Audit events are only ever created: they need no revision to merge against.
        if (row.deleted) await db.syncRevs.delete(row.entry.key);
        else if (row.type === 'audit') continue;
        else await keepRevision(db, row, docId, rev);
      }
      // A stored evidence row's file follows it (evidence-transfer.ts), on the revision just kept.
      await noteEvidenceToSend(
        db,
        outcome.accepted
          .filter(({ row }) => row.type === 'evidence-file' && !row.deleted && !row.moved)
          .map(({ row }) => String(row.record.id)),
      );
    });
    report.sent += outcome.accepted.length;
    for (const { row, docId } of outcome.conflicts) {
      const resolved = await mergeWithServer(db, transport, row, docId, device, ctx);
      if (resolved === 'merged') report.merged += 1;
      else {
        skipped.add(row.entry.key);
        report.refused.push({ docId, reason: resolved });
      }
    }
    for (const { row, docId, reason } of outcome.refused) {
      // An audit event the server already holds, stored from a request whose answer was lost, is sent: CouchDB
      // answers its re-sending with a conflict, pouchdb-server with the design document's "never changed".
      if (row.type === 'audit' && !row.deleted && docId && (await heldEvent(db, transport, row, docId))) {
        report.sent += 1;
        continue;
      }
      skipped.add(row.entry.key);
      report.refused.push({ docId: docId || row.entry.key, reason });
    }
    // Entries that vanished while preparing (nothing to send) are gone from the outbox already.
  }
  report.more = (await db.outbox.count()) > 0;
  return report;
}

/** The outbox rows for `entries`: the record as it is now (or its deletion), with its base revision. */
async function prepare(db: DshDatabase, entries: OutboxEntry[]): Promise<Prepared[]> {
  const rows: Prepared[] = [];
  const dropped: string[] = [];
  for (const entry of entries) {
    const type = TYPE_OF_TABLE.get(entry.table) as SyncedTypeName | undefined;
    const record = (await db.table(entry.table).get(entry.pk)) as Record<string, unknown> | undefined;
    const revision = await db.syncRevs.get(entry.key);
    const keptHere = type === 'audit' && record && typeof record.device !== 'string';
    if (!type || keptHere || (!record && !revision)) {
      // Nothing to send: an audit event from before workstations were named stays on this one, and a
      // record made and deleted before it ever reached the server never existed there.
      dropped.push(entry.key);
      continue;
    }
    if (record && revision && revision.docId !== documentId(type, record)) {
      // Its key changed (a membership moved to the person a duplicate was merged into): the old document
      // is deleted and the record is sent as a new one.
      rows.push({
        entry,
        type,
        record: revision.base ?? {},
        docId: revision.docId,
        baseRev: revision.rev,
        deleted: true,
        moved: true,
      });
      rows.push({ entry, type, record, baseRev: null });
      continue;
    }
    rows.push({
      entry,
      type,
      record: record ?? revision?.base ?? {},
      baseRev: revision?.rev ?? null,
      ...(record ? {} : { deleted: true, ...(revision ? { docId: revision.docId } : {}) }),
    });
  }
  if (dropped.length > 0) await fromServerTransaction(db, () => db.outbox.bulkDelete(dropped));
  return rows;
}

/**
 * Keeps the revision the server gave a sent record. The row as stored is its merge base when it still holds
 * what was sent; when it changed meanwhile, what was sent is kept as the base.
 */
async function keepRevision(db: DshDatabase, row: Prepared, docId: string, rev: string): Promise<void> {
  const current = (await db.table(row.entry.table).get(row.entry.pk)) as Record<string, unknown> | undefined;
  const same = current !== undefined && sameValue(current, row.record);
  await db.syncRevs.put({ key: row.entry.key, docId, rev, ...(same ? {} : { base: row.record }) });
}

/** Fetches the server's version of a record someone changed first and merges it here. */
async function mergeWithServer(
  db: DshDatabase,
  transport: TeamTransport,
  row: Prepared,
  docId: string,
  device: string | undefined,
  ctx: WriteContext | undefined,
): Promise<'merged' | string> {
  const doc = await transport.getDoc(docId);
  if (!doc) {
    // Deleted on the server since: send ours as a new record next round.
    await fromServerTransaction(db, () => db.syncRevs.delete(row.entry.key));
    return 'merged';
  }
  const incoming = documentToRecord(doc);
  if (!incoming.ok) return incoming.reason;
  if (row.type === 'audit') {
    if (await settleHeldEvent(db, row, incoming.record)) return 'merged';
    return `The team server already holds a different audit event with the id ${docId}.`;
  }
  await fromServerTransaction(db, () => applyIncoming(db, incoming, device, ctx));
  return 'merged';
}

/**
 * Whether the server already holds the audit event `row` sends, exactly (same hash): then it leaves the
 * outbox. Audit events are only ever created, so the server's copy is never anything but the one sent.
 */
async function heldEvent(
  db: DshDatabase,
  transport: TeamTransport,
  row: Prepared,
  docId: string,
): Promise<boolean> {
  const doc = await transport.getDoc(docId);
  const incoming = doc ? documentToRecord(doc) : undefined;
  return incoming?.ok === true && (await settleHeldEvent(db, row, incoming.record));
}

/** Clears `row` from the outbox when `held`, the server's copy of its audit event, is the same event. */
async function settleHeldEvent(
  db: DshDatabase,
  row: Prepared,
  held: Record<string, unknown>,
): Promise<boolean> {
  if (held.hash !== row.record.hash) return false;
  await fromServerTransaction(db, () => db.outbox.delete(row.entry.key));
  return true;
}
