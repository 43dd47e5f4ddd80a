/**
 * The audit head as this window knows it, apart from the database: what the anchor outside it said at start
 * (the desktop app's data folder, or the browser's local storage) and every event committed since. A new event
 * chains from the furthest of these and the database's own head row, never from whatever row is last — so a
 * deleted tail, head or log stays visible however many writes follow.
 *
 * After each commit the head is reported to the anchor; reports never wait on one another (only the newest
 * pending one is sent) and a failed report never fails the write that caused it (it is logged, and the next
 * report carries the head on).
 */
import type {
  AuditAnchors,
  AuditHead,
  CheckpointReason,
  RecordAuditAnchor,
} from '../../../shared/audit/head';
import type { DshDatabase } from '../database';

/** Where the anchor is kept: the host's two anchor operations. */
export interface AuditAnchorStore {
  readAuditAnchors(): Promise<AuditAnchors | null>;
  recordAuditAnchor(request: RecordAuditAnchor): Promise<AuditAnchors>;
}

interface Connection {
  store: AuditAnchorStore;
  /** The head waiting to be reported, if any. */
  pending: AuditHead | undefined;
  /** The report in flight. */
  sending: Promise<void> | undefined;
}

const known = new WeakMap<DshDatabase, AuditHead>();
const connections = new WeakMap<DshDatabase, Connection>();

/** The head this window knows for `db` (from its anchor and its own commits), if any. */
export function knownHead(db: DshDatabase): AuditHead | undefined {
  return known.get(db);
}

/** Remembers `head` when it lies further on than what is known (never moves back). */
function remember(db: DshDatabase, head: AuditHead): void {
  const current = known.get(db);
  if (!current || head.seq >= current.seq) known.set(db, head);
}

/**
 * Reads the anchor for `db` and reports every later commit to it. Returns the anchor read (null when there
 * is none yet), or the error that kept it from being read (verification reports it).
 */
export async function connectAuditAnchor(
  db: DshDatabase,
  store: AuditAnchorStore,
): Promise<AuditAnchors | null | Error> {
  connections.set(db, { store, pending: undefined, sending: undefined });
  try {
    const anchors = await store.readAuditAnchors();
    if (anchors) remember(db, anchors.latest.head);
    return anchors;
  } catch (error) {
    console.error('DSH Desk: the audit anchor could not be read', error);
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** The anchor store `db` reports to, if it is connected. */
export function anchorStoreOf(db: DshDatabase): AuditAnchorStore | undefined {
  return connections.get(db)?.store;
}

/** Called once a transaction holding audit events has committed: `head` is the new end of the log. */
export function noteCommittedHead(db: DshDatabase, head: AuditHead): void {
  remember(db, head);
  const connection = connections.get(db);
  if (!connection) return;
  connection.pending = known.get(db);
  connection.sending ??= send(connection);
}

async function send(connection: Connection): Promise<void> {
  while (connection.pending) {
    const head = connection.pending;
    connection.pending = undefined;
    await connection.store
      .recordAuditAnchor({ head, reason: 'write' })
      .catch((error: unknown) => console.error('DSH Desk: the audit anchor was not moved on', error));
  }
  connection.sending = undefined;
}

/** After a restore replaced the log: the restored log's head is the new truth, even if it is shorter. */
export function replaceKnownHead(db: DshDatabase, head: AuditHead): void {
  known.set(db, head);
  const connection = connections.get(db);
  if (connection) connection.pending = undefined;
}

/**
 * Records the known head as a checkpoint (a backup, an evidence pack, a restore), after any report in
 * flight. Returns the anchor, or undefined when `db` has no anchor store or it refused (logged: the backup,
 * pack or restore that asked has already happened and stands).
 */
export async function recordCheckpoint(
  db: DshDatabase,
  reason: Exclude<CheckpointReason, 'write'>,
  fromSeq?: number,
): Promise<AuditAnchors | undefined> {
  const connection = connections.get(db);
  const head = known.get(db);
  if (!connection || !head) return undefined;
  await connection.sending;
  try {
    return await connection.store.recordAuditAnchor({
      head,
      reason,
      ...(fromSeq === undefined ? {} : { fromSeq }),
    });
  } catch (error) {
    console.error(`DSH Desk: the audit anchor did not record the ${reason}`, error);
    return undefined;
  }
}
