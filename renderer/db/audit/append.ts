/**
 * Appending to the hash-chained audit log, always inside the transaction of the change it records, so the
 * change and its event commit together or not at all. Hashing is synchronous (@noble/hashes): awaiting
 * anything outside Dexie here would commit the transaction early.
 *
 * Decisions: an event's time never goes back: if the clock does, the event takes the time of the one
 * before it, so `at` is in `seq` order and a time window maps to a range of `seq` (see queries.ts).
 * A new event chains from the ANCHORED head — the furthest of the meta row `auditHead` and the head this
 * window knows apart from the database (anchors.ts) — never from whatever row happens to be last. So a
 * deleted tail leaves a gap that verification reports for ever, and every anomaly found while appending (a
 * missing, damaged or rolled-back head row, a missing tail) is itself recorded as a `log-anomaly` event
 * before the change's own event.
 *
 * Every function here that runs inside the caller's transaction hands back a Dexie promise (`inZone`), so the
 * caller may go on writing after it in any order: see `inZone` for why a native one would not do.
 */
import Dexie from 'dexie';
import { GENESIS_HASH, hashOfEvent } from '../../../shared/audit/chain';
import { type Hlc, hlcOf, latestHlc, tickHlc } from '../../../shared/audit/clock';
import type { FieldChange } from '../../../shared/audit/diff';
import { parseAuditHead, type AuditHead } from '../../../shared/audit/head';
import {
  AuditEventSchema,
  type AuditAction,
  type AuditEvent,
  type AuditedEntity,
} from '../../../shared/domain';
import type { DshDatabase } from '../database';
import { instantOf, type WriteContext } from '../write/context';
import { validated } from '../write/validate';
import { knownHead, noteCommittedHead } from './anchors';
import { type EventStamp, eventStamp, noteRecorded } from './seen';

/** The meta row that records where the log ends. */
export const AUDIT_HEAD_KEY = 'auditHead';
/** The meta row holding this installation's id: the `device` of every event it writes. */
export const INSTALLATION_ID_KEY = 'installationId';

export type { AuditHead };

/** What an audit event says, besides who, when and its place in the chain. */
export interface AuditEntry {
  entity: AuditedEntity;
  entityId: string;
  /** What happened: one of the closed list of actions, each with its wording. */
  action: AuditAction;
  changes?: Record<string, FieldChange>;
  reason?: string | undefined;
}

/** What the head row says: the head, `damaged` when it cannot be read, or undefined when it is missing. */
export async function readAuditHead(db: DshDatabase): Promise<AuditHead | 'damaged' | undefined> {
  const row = await db.meta.get(AUDIT_HEAD_KEY);
  if (!row) return undefined;
  const parsed = parseAuditHead(row.value);
  return parsed.ok ? parsed.head : 'damaged';
}

/** Where the next event chains from (seq, hash, and the time and clock it may not precede). */
export type ChainTip = Pick<AuditEvent, 'seq' | 'hash' | 'at' | 'hlc'>;

/**
 * Where the next event chains from, and what is wrong with the log's end if anything (in words, for a
 * `log-anomaly` event). Must run inside a transaction over `auditEvents` and `meta`.
 */
export async function chainTip(db: DshDatabase): Promise<{ tip: ChainTip | undefined; anomaly?: string }> {
  const [stored, last] = await Promise.all([readAuditHead(db), db.auditEvents.orderBy('seq').last()]);
  const remembered = knownHead(db);
  const row = stored === 'damaged' ? undefined : stored;
  const anchored = furthest(row, remembered);
  const lastTip = last && { seq: last.seq, hash: last.hash, at: last.at, hlc: last.hlc };
  if (!anchored) {
    if (!lastTip) return { tip: undefined };
    const what = stored === 'damaged' ? 'was damaged' : 'was missing';
    return {
      tip: lastTip,
      anomaly: `The record of where the audit log ends ${what}; the log continues after event ${last.seq}, the last one found.`,
    };
  }
  const at = [anchored.at, last?.at]
    .filter((value): value is string => value !== undefined)
    .sort()
    .at(-1);
  // The last row's clock is a floor for the next one even when the row is not the anchored head.
  const tip = { seq: anchored.seq, hash: anchored.hash, at: at ?? '', hlc: last?.hlc };
  if (lastTip && lastTip.seq > anchored.seq) {
    return {
      tip: lastTip,
      anomaly: `The audit log holds events after its recorded end (event ${anchored.seq}): events ${anchored.seq + 1} to ${lastTip.seq}.`,
    };
  }
  const problems: string[] = [];
  if (stored === undefined) problems.push('the record of where the audit log ends was missing');
  if (stored === 'damaged') problems.push('the record of where the audit log ends was damaged');
  if (
    row &&
    remembered &&
    (row.seq < remembered.seq || (row.seq === remembered.seq && row.hash !== remembered.hash))
  ) {
    problems.push(
      `the record of where the audit log ends said event ${row.seq}, but it ends at event ${remembered.seq}`,
    );
  }
  const lastSeq = lastTip?.seq ?? 0;
  if (lastSeq < anchored.seq) {
    problems.push(
      anchored.seq - lastSeq === 1
        ? `event ${anchored.seq} is missing from the end of the log`
        : `events ${lastSeq + 1} to ${anchored.seq} are missing from the end of the log`,
    );
  }
  if (problems.length === 0) return { tip };
  const sentence = problems.join('; ');
  return {
    tip,
    anomaly: `${sentence[0]!.toUpperCase()}${sentence.slice(1)}. The log continues after event ${anchored.seq}.`,
  };
}

/** The head further on (the one outside the database wins a tie, since the row may have been rewritten). */
function furthest(row: AuditHead | undefined, remembered: AuditHead | undefined): AuditHead | undefined {
  if (!row) return remembered;
  if (!remembered) return row;
  return row.seq > remembered.seq ? row : remembered;
}

/**
 * The event that follows `last` (undefined when the log is empty): its seq, its time (never before the last
 * one's), its clock (later than the last one's and than `stamp.after`, the latest received), what it newly
 * saw of other chains, its link to the chain and its hash. Pure and synchronous, so a restore can prepare
 * the event that follows a backup's log before writing it.
 */
export function nextAuditEvent(
  last: ChainTip | undefined,
  ctx: Pick<WriteContext, 'actor' | 'now'>,
  entry: AuditEntry,
  device?: string,
  stamp?: Partial<EventStamp>,
): AuditEvent {
  const now = instantOf(ctx);
  const known: Hlc | undefined = latestHlc(last && hlcOf(last), stamp?.after);
  const seen = stamp?.seen && Object.keys(stamp.seen).length > 0 ? stamp.seen : undefined;
  const draft = {
    id: crypto.randomUUID(),
    seq: (last?.seq ?? 0) + 1,
    ...(device ? { device } : {}),
    at: last && last.at > now ? last.at : now,
    hlc: tickHlc(known, Date.parse(now)),
    ...(seen ? { seen } : {}),
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

/** The head that `event` ends the log at. */
export function headOf(event: Pick<AuditEvent, 'seq' | 'hash' | 'at' | 'device'>): AuditHead {
  return {
    seq: event.seq,
    hash: event.hash,
    at: event.at,
    ...(event.device ? { device: event.device } : {}),
  };
}

/** The meta row that records `event` as the end of the log. */
export function auditHeadRow(event: Pick<AuditEvent, 'seq' | 'hash' | 'at' | 'device'>): {
  key: string;
  value: string;
} {
  return { key: AUDIT_HEAD_KEY, value: JSON.stringify(headOf(event)) };
}

/** This installation's id (the `device` of its events), read inside the caller's transaction over `meta`. */
export async function deviceOf(db: DshDatabase): Promise<string | undefined> {
  return (await db.meta.get(INSTALLATION_ID_KEY))?.value;
}

/** Tells anchors.ts the new head once the current transaction has really committed (never on abort). */
export function whenCommitted(db: DshDatabase, head: AuditHead): void {
  const transaction = Dexie.currentTransaction;
  if (!transaction) return noteCommittedHead(db, head);
  transaction.idbtrans.addEventListener('complete', () => noteCommittedHead(db, head), { once: true });
}

/**
 * `work` as a Dexie promise. Dexie keeps a transaction across a native `await` only by guessing (it "echoes"
 * its zone for a budget of microtasks), and the native awaits inside this module (a Promise.all over async
 * functions, then one that ends without touching a table) can spend that budget: a caller awaiting a native
 * promise from here then resumed outside its transaction, so its next table write opened a transaction of
 * its own and the caller's committed early ("Transaction committed too early"). A Dexie promise resumes
 * whoever awaits it in the zone it was awaited from.
 */
function inZone<T>(work: Promise<T>): Promise<T> {
  return Dexie.Promise.resolve(work);
}

/** The events to add for `entries`, chained from the anchored head (a `log-anomaly` event first if needed). */
export function chainedEvents(
  db: DshDatabase,
  ctx: Pick<WriteContext, 'actor' | 'now'>,
  entries: readonly AuditEntry[],
): Promise<AuditEvent[]> {
  return inZone(chainEvents(db, ctx, entries));
}

async function chainEvents(
  db: DshDatabase,
  ctx: Pick<WriteContext, 'actor' | 'now'>,
  entries: readonly AuditEntry[],
): Promise<AuditEvent[]> {
  const [{ tip, anomaly }, device, stamp] = await Promise.all([chainTip(db), deviceOf(db), eventStamp(db)]);
  const all: AuditEntry[] = anomaly
    ? [{ entity: 'database', entityId: 'audit-log', action: 'log-anomaly', reason: anomaly }, ...entries]
    : [...entries];
  const events: AuditEvent[] = [];
  let last = tip;
  for (const [index, entry] of all.entries()) {
    // The first event records what was newly seen; the ones after it in the same write saw nothing more.
    const event = nextAuditEvent(last, ctx, entry, device, index === 0 ? stamp : { after: stamp.after });
    events.push(event);
    last = event;
  }
  return events;
}

/** Stores `events` (already chained) and moves the head row, inside the caller's transaction. */
export function storeChainedEvents(db: DshDatabase, events: readonly AuditEvent[]): Promise<void> {
  return inZone(storeEvents(db, events));
}

async function storeEvents(db: DshDatabase, events: readonly AuditEvent[]): Promise<void> {
  const last = events.at(-1);
  if (!last) return;
  await db.auditEvents.bulkAdd([...events]);
  await db.meta.put(auditHeadRow(last));
  await noteRecorded(db, events);
  whenCommitted(db, headOf(last));
}

/**
 * Appends one event to the log. Must run inside the caller's `rw` transaction over `auditEvents` and `meta`
 * (and the records it changes); the caller may write its records before or after it.
 */
export function appendAuditEvent(
  db: DshDatabase,
  ctx: Pick<WriteContext, 'actor' | 'now'>,
  entry: AuditEntry,
): Promise<AuditEvent> {
  if (!Dexie.currentTransaction) {
    return Promise.reject(
      new Error('An audit event must be written in the same transaction as the change it records.'),
    );
  }
  return inZone(
    (async () => {
      const events = await chainEvents(db, ctx, [entry]);
      await storeEvents(db, events);
      return events.at(-1)!;
    })(),
  );
}

/**
 * Records an event that is not a record write (an export, a backup, a restore, an acknowledgement) in a
 * transaction of its own.
 */
export function recordAuditEvent(ctx: WriteContext, entry: AuditEntry): Promise<AuditEvent> {
  const { db } = ctx;
  return db.transaction('rw', [db.auditEvents, db.meta], () => appendAuditEvent(db, ctx, entry));
}
