/**
 * Appending to the hash-chained audit log, always inside the transaction of the change it records, so the
 * change and its event commit together or not at all. Hashing is synchronous (@noble/hashes): awaiting
 * anything outside Dexie here would commit the transaction early.
 *
 * Decisions: an event's time never goes back: if the clock does, the event takes the time of the one
 * before it, so `at` is in `seq` order and a time window maps to a range of `seq` (see queries.ts). The
 * meta row `auditHead` holds the last event's seq and hash, updated with every event, so removing events
 * from the end of the log is detected (a removed tail leaves an intact but shorter chain).
 */
import Dexie from 'dexie';
import { GENESIS_HASH, hashOfEvent } from '../../../shared/audit/chain';
import type { FieldChange } from '../../../shared/audit/diff';
import { AuditEventSchema, type AuditEvent, type AuditedEntity } from '../../../shared/domain';
import type { DshDatabase } from '../database';
import { instantOf, type WriteContext } from '../write/context';
import { validated } from '../write/validate';

/** The meta row that records where the log ends. */
export const AUDIT_HEAD_KEY = 'auditHead';

/** Where the audit log ends: the last event's seq and hash (seq 0 and the genesis hash when empty). */
export type AuditHead = { seq: number; hash: string };

/** What an audit event says, besides who, when and its place in the chain. */
export interface AuditEntry {
  entity: AuditedEntity;
  entityId: string;
  /** kebab-case: `create`, `update`, `delete`, `advance`, `override`, `export`… */
  action: string;
  changes?: Record<string, FieldChange>;
  reason?: string | undefined;
}

/** Where the log ends according to the meta row, or undefined when the row is missing. */
export async function readAuditHead(db: DshDatabase): Promise<AuditHead | undefined> {
  const row = await db.meta.get(AUDIT_HEAD_KEY);
  return row ? (JSON.parse(row.value) as AuditHead) : undefined;
}

/**
 * The event that follows `last` (undefined when the log is empty): its seq, its time (never before the last
 * one's), its link to the chain and its hash. Pure and synchronous, so a restore can prepare the event that
 * follows a backup's log before writing it.
 */
export function nextAuditEvent(
  last: Pick<AuditEvent, 'seq' | 'hash' | 'at'> | undefined,
  ctx: Pick<WriteContext, 'actor' | 'now'>,
  entry: AuditEntry,
): AuditEvent {
  const now = instantOf(ctx);
  const draft = {
    id: crypto.randomUUID(),
    seq: (last?.seq ?? 0) + 1,
    at: last && last.at > now ? last.at : now,
    actor: { ...ctx.actor },
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    changes: entry.changes ?? {},
    reason: entry.reason,
    prevHash: last?.hash ?? GENESIS_HASH,
    hash: GENESIS_HASH,
  };
  const { hash: _placeholder, ...content } = validated(AuditEventSchema, draft);
  return { ...content, hash: hashOfEvent(content) };
}

/** The meta row that records `event` as the end of the log. */
export function auditHeadRow(event: Pick<AuditEvent, 'seq' | 'hash'>): { key: string; value: string } {
  const head: AuditHead = { seq: event.seq, hash: event.hash };
  return { key: AUDIT_HEAD_KEY, value: JSON.stringify(head) };
}

/**
 * Appends one event to the log. Must run inside the caller's `rw` transaction over `auditEvents` and `meta`
 * (and the records it changes).
 */
export async function appendAuditEvent(
  db: DshDatabase,
  ctx: Pick<WriteContext, 'actor' | 'now'>,
  entry: AuditEntry,
): Promise<AuditEvent> {
  if (!Dexie.currentTransaction) {
    throw new Error('An audit event must be written in the same transaction as the change it records.');
  }
  const event = nextAuditEvent(await db.auditEvents.orderBy('seq').last(), ctx, entry);
  await db.auditEvents.add(event);
  await db.meta.put(auditHeadRow(event));
  return event;
}

/**
 * Records an event that is not a record write (an export, a backup, a restore, an acknowledgement) in a
 * transaction of its own.
 */
export function recordAuditEvent(ctx: WriteContext, entry: AuditEntry): Promise<AuditEvent> {
  const { db } = ctx;
  return db.transaction('rw', [db.auditEvents, db.meta], () => appendAuditEvent(db, ctx, entry));
}
