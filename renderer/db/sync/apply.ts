/**
 * Applies what came from the team server to this workstation's database, in one transaction per batch
 * (with the checkpoint, so a crash re-applies a batch and never skips one). A record changed here too, and
 * not yet sent, is merged field by field with the server's version (shared/sync/merge.ts): what only one side
 * changed is kept; a field both changed differently goes to the Conflicts list (the server's value stays
 * until an officer chooses) and the merge is queued to be sent on top of the server's revision. A record
 * decided whole keeps one version instead: a reminder's assignment the later by the causal clock, an
 * acknowledgement the first.
 */
import type { Transaction } from 'dexie';
import type { AuditEvent } from '../../../shared/domain';
import type { IncomingDeletion, PullBatch } from '../../../shared/sync/pull';
import type { IncomingRecord, Quarantined } from '../../../shared/sync/documents';
import { keptWhole } from '../../../shared/sync/last-writer';
import { mergeRecords, sameValue } from '../../../shared/sync/merge';
import type { DshDatabase } from '../database';
import { deferAggregates } from '../aggregates/deferred';
import { deviceOf } from '../audit/append';
import { noteClocksAhead } from '../audit/clock-ahead';
import { notePeerEvents } from '../audit/seen';
import type { WriteContext } from '../write/context';
import { describeConflict } from './conflict-words';
import { noteEvidenceToFetch } from './evidence-due';
import { CONFLICT_FOUND, CONFLICT_RESOLVED, announceConflict, followPeerConflictEvent } from './conflicts';
import { mergeBaseOf } from './base-pin';
import { BulkWrites, freshDocIds } from './fresh-rows';
import { type LocalRecord, localRowOf, primaryKeyOf, rowKey, tableOf } from './local-rows';
import { markFromServer } from './outbox-middleware';
import { SYNCED_TABLES } from './synced-tables';

/** Where this workstation's pull stands (local only). */
export const CHECKPOINT_KEY = 'sync:checkpoint';
/** The documents this workstation refused to apply, with why (the latest 100; local only). */
export const QUARANTINE_KEY = 'sync:quarantine';
const QUARANTINE_KEPT = 100;

/** Fields both sides always change, set again by the merge: not a conflict. */
const RECOMPUTED = ['id', 'revision', 'createdAt', 'updatedAt'];

/** Every table a batch may write, so one transaction covers it. */
function syncTables(db: DshDatabase) {
  return [
    ...db.tables.filter((table) => SYNCED_TABLES.has(table.name)),
    db.syncRevs,
    db.outbox,
    db.syncConflicts,
    db.peerAuditEvents,
    db.meta,
  ];
}

/** Runs `work` in one read-write transaction marked as applying the server's changes. */
export function fromServerTransaction<T>(
  db: DshDatabase,
  work: (transaction: Transaction) => Promise<T>,
): Promise<T> {
  return db.transaction('rw', syncTables(db), async (transaction) => {
    markFromServer(transaction);
    return work(transaction);
  });
}

/** How a batch is applied. */
export interface ApplyOptions {
  /**
   * Leave the aggregates of its records to one rebuild when the pull ends (a first sync: deferred.ts), rather
   * than keeping them true row by row.
   */
  deferAggregates?: boolean;
}

/** What applying a batch found. */
export interface ApplyOutcome {
  conflicts: number;
}

/**
 * Applies one pulled batch and stores its checkpoint, all in one transaction. Records with no local row and
 * peer audit events that are not about conflicts (most of a first sync) are written in bulk; everything else
 * one by one through `applyIncoming`, after what was gathered before it is written, so the order holds.
 */
export async function applyPullBatch(
  db: DshDatabase,
  batch: PullBatch,
  ctx?: WriteContext,
  options: ApplyOptions = {},
): Promise<ApplyOutcome> {
  return fromServerTransaction(db, async (transaction) => {
    if (options.deferAggregates) await deferAggregates(db, transaction);
    const device = await deviceOf(db);
    const fresh = await freshDocIds(db, batch.records);
    const evidenceDue = await evidenceToFetch(db, batch);
    const gathered = new BulkWrites(db);
    const peerEvents: AuditEvent[] = [];
    let conflicts = 0;
    for (const incoming of batch.records) {
      if (incoming.type === 'audit') {
        const event = incoming.record as AuditEvent;
        if (event.device === device) continue; // our own event, back from the server
        peerEvents.push(event);
        if (event.action !== CONFLICT_FOUND && event.action !== CONFLICT_RESOLVED) {
          gathered.addPeerEvent(event);
          continue;
        }
      } else if (fresh.has(incoming.docId) && !gathered.holds(incoming)) {
        gathered.addRecord(incoming);
        continue;
      }
      await gathered.flush();
      if (await applyIncoming(db, incoming, device, ctx)) conflicts += 1;
    }
    await gathered.flush();
    // The next event written here is later than these (as far as the clock limit lets it) and records how far
    // each chain was received; a workstation whose clock is too far ahead is named.
    const wallMs = (ctx?.now?.() ?? new Date()).getTime();
    await notePeerEvents(db, peerEvents, wallMs);
    await noteClocksAhead(db, peerEvents, wallMs);
    for (const deletion of batch.deletions) await applyDeletion(db, deletion);
    await keepQuarantined(db, batch.quarantined);
    await noteEvidenceToFetch(db, evidenceDue);
    await db.meta.put({ key: CHECKPOINT_KEY, value: batch.checkpoint });
    return { conflicts };
  });
}

/**
 * The evidence rows of a batch at a revision this workstation does not hold yet (read before the batch
 * applies): their files may have to be fetched. Our own rows coming back at the revision we sent are not.
 */
async function evidenceToFetch(db: DshDatabase, batch: PullBatch): Promise<string[]> {
  const incoming = batch.records.filter((record) => record.type === 'evidence-file');
  if (incoming.length === 0) return [];
  const known = await db.syncRevs
    .where('docId')
    .anyOf(incoming.map((record) => record.docId))
    .toArray();
  const held = new Set(known.map((revision) => `${revision.docId} ${revision.rev}`));
  return incoming
    .filter((record) => !held.has(`${record.docId} ${record.rev}`))
    .map((record) => String(record.record.id));
}

/** Applies one record from the server (inside a server transaction); true when it left a conflict. */
export async function applyIncoming(
  db: DshDatabase,
  incoming: IncomingRecord,
  device: string | undefined,
  ctx?: WriteContext,
): Promise<boolean> {
  if (incoming.type === 'audit') {
    const event = incoming.record as AuditEvent;
    // Our own events come back from the server: this workstation already holds them.
    if (event.device === device) return false;
    await db.peerAuditEvents.put(event);
    await followPeerConflictEvent(db, event);
    return false;
  }
  const table = tableOf(db, incoming.type);
  const theirs = incoming.record;
  const local = await localRowOf(db, incoming.type, incoming.docId, theirs);
  if (local?.revision?.rev === incoming.rev) return false; // our own change, back from the server
  // Rows are keyed by their table's primary key (`id`, or an acknowledgement's `itemId`).
  const minePk = local ? primaryKeyOf(table, local.record) : undefined;
  const theirPk = primaryKeyOf(table, theirs);
  const localKey = local ? rowKey(table.name, minePk) : undefined;
  const pending = localKey ? await db.outbox.get(localKey) : undefined;
  const key = rowKey(table.name, theirPk);
  // Stored as the server's: the row is its own merge base (base-pin.ts), no copy kept.
  const revision = { key, docId: incoming.docId, rev: incoming.rev };

  if (!local || !pending) {
    if (local && localKey !== key) await table.delete(minePk as string);
    await table.put(theirs);
    await db.syncRevs.put(revision);
    if (localKey && localKey !== key) await db.syncRevs.delete(localKey);
    return false;
  }

  const mine = local.record;
  const base = mergeBaseOf(local.revision, mine);
  const whole = keptWhole(incoming.type, mine, theirs);
  const { merged, conflicts } = whole
    ? { merged: whole === 'mine' ? mine : theirs, conflicts: [] }
    : mergeRecords(base, mine, theirs, { recomputed: RECOMPUTED });
  const stored: LocalRecord = {
    ...merged,
    revision: Math.max(Number(mine.revision) || 0, Number(theirs.revision) || 0) + 1,
    updatedAt: [String(mine.updatedAt ?? ''), String(theirs.updatedAt ?? '')].sort().at(-1),
  };
  if (localKey !== key) {
    await table.delete(minePk as string);
    await db.outbox.delete(localKey as string);
    await db.syncRevs.delete(localKey as string);
  }
  await table.put(stored);
  // The merge differs from the server's version: keep that version as the next merge's base.
  await db.syncRevs.put({ ...revision, base: theirs });
  // The merge holds changes the server lacks unless it equals theirs: send it on top of their revision.
  const onlyTheirs = conflicts.length === 0 && sameContent(stored, theirs);
  if (onlyTheirs) await db.outbox.delete(key);
  else await db.outbox.put({ ...pending, key, table: table.name, pk: theirPk as string });
  if (conflicts.length === 0) return false;
  const conflict = await describeConflict(db, incoming, { mine, theirs, base, fields: conflicts });
  await db.syncConflicts.put(conflict);
  if (ctx) await announceConflict(db, ctx, conflict);
  return true;
}

/** Whether `a` and `b` hold the same content, bookkeeping fields aside. */
function sameContent(a: LocalRecord, b: LocalRecord): boolean {
  const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...fields].every((field) => RECOMPUTED.includes(field) || sameValue(a[field], b[field]));
}

/** Applies a deletion from the server: the record goes, unless it was changed here and not yet sent. */
async function applyDeletion(db: DshDatabase, deletion: IncomingDeletion): Promise<void> {
  const local = await localRowOf(db, deletion.type, deletion.docId, null);
  if (!local) return;
  const table = tableOf(db, deletion.type);
  const pk = primaryKeyOf(table, local.record);
  const key = rowKey(table.name, pk);
  await db.syncRevs.delete(key);
  // Changed here after it was deleted there: it is sent again as a new record, nothing is lost.
  if (await db.outbox.get(key)) return;
  await table.delete(pk as string);
}

/** Keeps the latest quarantined documents (and why) where Settings → Team can show them. */
async function keepQuarantined(db: DshDatabase, found: readonly Quarantined[]): Promise<void> {
  if (found.length === 0) return;
  const kept = await quarantinedDocuments(db);
  const at = new Date().toISOString();
  const next = [...kept, ...found.map((item) => ({ docId: item.docId, reason: item.reason, at }))].slice(
    -QUARANTINE_KEPT,
  );
  await db.meta.put({ key: QUARANTINE_KEY, value: JSON.stringify(next) });
}

/** The documents from the server that were not applied, with why. */
export async function quarantinedDocuments(
  db: DshDatabase,
): Promise<{ docId: string; reason: string; at: string }[]> {
  const row = await db.meta.get(QUARANTINE_KEY);
  if (!row) return [];
  try {
    const parsed: unknown = JSON.parse(row.value);
    return Array.isArray(parsed) ? (parsed as { docId: string; reason: string; at: string }[]) : [];
  } catch {
    return [];
  }
}
