/**
 * This workstation's memory of the other workstations' chains, for stamping its own events: the meta row
 * `auditClock` (shared/audit/seen.ts). Applying a pulled batch notes the peer events it brings (their
 * latest clock and each chain's last seq); appending reads the row, so a new event's clock is later than
 * everything received and the event records what was newly seen — without the append transaction having
 * to read `peerAuditEvents` (a write of a record runs over its own tables, `auditEvents` and `meta`).
 */
import Dexie from 'dexie';
import { type Hlc, cappedHlc, hlcOf, latestHlc } from '../../../shared/audit/clock';
import {
  type AuditClockRow,
  type SeenVector,
  mergeSeen,
  newlySeen,
  parseAuditClockRow,
} from '../../../shared/audit/seen';
import type { AuditEvent } from '../../../shared/domain';
import type { DshDatabase } from '../database';
import { peerDevices } from './peer-chains';

/** The meta row that remembers the other workstations' clocks and chains. */
export const AUDIT_CLOCK_KEY = 'auditClock';

/** What a new local event is stamped from: the latest clock received, and what it newly saw. */
export interface EventStamp {
  after: Hlc | undefined;
  seen: Record<string, number>;
}

async function readRow(db: DshDatabase): Promise<AuditClockRow | undefined> {
  const row = await db.meta.get(AUDIT_CLOCK_KEY);
  return row ? parseAuditClockRow(row.value) : undefined;
}

function writeRow(db: DshDatabase, row: AuditClockRow): Promise<unknown> {
  return db.meta.put({ key: AUDIT_CLOCK_KEY, value: JSON.stringify(row) });
}

/**
 * The row as the peer events held say (when it is missing or unreadable: a database from before it, or
 * restored from such a backup): each chain's last event, one key look-up per workstation.
 */
async function rebuiltRow(db: DshDatabase, wallMs: number): Promise<AuditClockRow> {
  const seen: Record<string, number> = {};
  let hlc: Hlc | undefined;
  for (const device of await peerDevices(db)) {
    const last = await db.peerAuditEvents
      .where(':id')
      .between([device, Dexie.minKey], [device, Dexie.maxKey])
      .last();
    if (!last) continue;
    seen[device] = last.seq;
    hlc = latestHlc(hlc, cappedHlc(hlcOf(last), wallMs));
  }
  return { ...(hlc ? { hlc } : {}), seen, recorded: {} };
}

/**
 * Notes other workstations' events just stored (inside the caller's transaction over `peerAuditEvents`
 * and `meta`): the latest clock and each chain's last seq received. A clock more than MAX_CLOCK_DRIFT_MS
 * ahead of `wallMs` (this workstation's clock now) counts only that far (shared/audit/clock.ts).
 */
export async function notePeerEvents(
  db: DshDatabase,
  events: readonly AuditEvent[],
  wallMs: number,
): Promise<void> {
  if (events.length === 0) return;
  const row = (await readRow(db)) ?? (await rebuiltRow(db, wallMs));
  let { hlc } = row;
  const arrived: Record<string, number> = {};
  for (const event of events) {
    if (event.device === undefined) continue;
    hlc = latestHlc(hlc, cappedHlc(hlcOf(event), wallMs));
    arrived[event.device] = Math.max(arrived[event.device] ?? 0, event.seq);
  }
  await writeRow(db, { ...row, ...(hlc ? { hlc } : {}), seen: mergeSeen(row.seen, arrived) });
}

/** What the next local event is stamped from (inside the caller's transaction over `meta`). */
export async function eventStamp(db: DshDatabase): Promise<EventStamp> {
  const row = await readRow(db);
  if (!row) return { after: undefined, seen: {} };
  return { after: row.hlc, seen: newlySeen(row.seen, row.recorded) };
}

/** Remembers what `events` (just stored here) recorded as seen, so the next event records only what is new. */
export async function noteRecorded(db: DshDatabase, events: readonly AuditEvent[]): Promise<void> {
  let recorded: SeenVector | undefined;
  for (const event of events) if (event.seen) recorded = mergeSeen(recorded ?? {}, event.seen);
  if (!recorded) return;
  const row = await readRow(db);
  if (row) await writeRow(db, { ...row, recorded: mergeSeen(row.recorded, recorded) });
}
