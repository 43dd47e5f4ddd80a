/**
 * Reading the other workstations' chains (table `peerAuditEvents`, keyed `[device+seq]`) a page at a time
 * for the team timeline, newest first, each chain in its own seq order.
 *
 * Index chosen (most selective first, as queries.ts does for this workstation's log): one record's history
 * → `[entity+entityId+at]`; a staff member → `[actor.staffId+at]`; a kind of record → `[entity+at]`; an
 * action → `[action+at]`; otherwise the chain's key, with `at` for a time window. A chain's events are in
 * time order as well as seq order (an event's time never goes back, see append.ts), so a page of one chain
 * is a range of one of these indexes ending at the time of the chain's last event before the cursor; other
 * chains' events in that range are skipped, and filters the index does not serve are checked on the rest.
 */
import Dexie, { type Collection } from 'dexie';
import type { AuditEvent } from '../../../shared/domain';
import type { DshDatabase } from '../database';
import type { AuditFilter } from './queries';

/** The workstations whose events this one holds, by id: one key look-up per workstation. */
export async function peerDevices(db: DshDatabase): Promise<string[]> {
  const devices: string[] = [];
  let next = await db.peerAuditEvents.orderBy(':id').first();
  while (next?.device !== undefined) {
    devices.push(next.device);
    next = await db.peerAuditEvents.where(':id').above([next.device, Dexie.maxKey]).first();
  }
  return devices;
}

/** Whether `event` matches every part of `filter` (projects and people aside: see subjects.ts). */
export function matchesFilter(event: AuditEvent, filter: AuditFilter): boolean {
  return (
    (filter.entity === undefined || event.entity === filter.entity) &&
    (filter.entityId === undefined || event.entityId === filter.entityId) &&
    (filter.staffId === undefined || event.actor.staffId === filter.staffId) &&
    (filter.action === undefined || event.action === filter.action) &&
    (filter.from === undefined || event.at >= filter.from) &&
    (filter.to === undefined || event.at < filter.to)
  );
}

/** The index serving a staff member, a kind of record or an action (in that order), with its value. */
function servingIndex(filter: AuditFilter): [string, string] | undefined {
  if (filter.staffId !== undefined) return ['[actor.staffId+at]', filter.staffId];
  if (filter.entity !== undefined) return ['[entity+at]', filter.entity];
  if (filter.action !== undefined) return ['[action+at]', filter.action];
  return undefined;
}

/** The events of `index` = `value` in the filter's time window (`from` inclusive, `to` exclusive). */
function inWindow(
  db: DshDatabase,
  [index, value]: [string, string],
  filter: AuditFilter,
  upTo?: string,
): Collection<AuditEvent, [string, number]> {
  const low = [value, filter.from ?? Dexie.minKey];
  // The chain's last event before the cursor, when it comes before the window's end: up to it, inclusive.
  if (upTo !== undefined && (filter.to === undefined || upTo < filter.to))
    return db.peerAuditEvents.where(index).between(low, [value, upTo], true, true);
  return db.peerAuditEvents.where(index).between(low, [value, filter.to ?? Dexie.maxKey], true, false);
}

/** The events of one chain between two seqs (inclusive), through the key. */
function chainRange(db: DshDatabase, device: string, low: number, high: number) {
  return db.peerAuditEvents.where(':id').between([device, low], [device, high], true, true);
}

/**
 * The highest seq of `device`'s chain stamped before `to`, found by halving (its times never go back, see
 * append.ts): about twenty key look-ups instead of walking the newer events. 0 when none is.
 */
async function lastSeqBefore(db: DshDatabase, device: string, to: string): Promise<number> {
  const whole = chainRange(db, device, 0, Number.MAX_SAFE_INTEGER);
  const [first, last] = await Promise.all([whole.first(), whole.clone().last()]);
  if (!first || !last || first.at >= to) return 0;
  if (last.at < to) return last.seq;
  let low = first.seq; // every held event at or below `low` is before `to`
  let high = last.seq; // the event at `high` is not
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    const found = (await chainRange(db, device, first.seq, middle).last())!;
    if (found.at < to) low = middle;
    else high = found.seq;
  }
  return low;
}

/**
 * Up to `limit` events of `device`'s chain matching `filter`, newest first, older than seq `before` when
 * given; `more` says whether the chain may hold further matches.
 */
export async function peerChainPage(
  db: DshDatabase,
  device: string,
  filter: AuditFilter,
  before: number | undefined,
  limit: number,
): Promise<{ events: AuditEvent[]; more: boolean }> {
  let high = before === undefined ? Number.MAX_SAFE_INTEGER : before - 1;
  let events: AuditEvent[];
  if (filter.entity !== undefined && filter.entityId !== undefined) {
    // One record's history: a few dozen events across every workstation, through its index.
    const history = await db.peerAuditEvents
      .where('[entity+entityId+at]')
      .between([filter.entity, filter.entityId, Dexie.minKey], [filter.entity, filter.entityId, Dexie.maxKey])
      .filter((event) => event.device === device && event.seq <= high && matchesFilter(event, filter))
      .toArray();
    events = history.sort((a, b) => b.seq - a.seq).slice(0, limit + 1);
  } else if (servingIndex(filter)) {
    const newest = await chainRange(db, device, 0, high).last();
    if (!newest) return { events: [], more: false };
    events = await inWindow(db, servingIndex(filter)!, filter, newest.at)
      .reverse()
      .filter((event) => event.device === device && event.seq <= high && matchesFilter(event, filter))
      .limit(limit + 1)
      .toArray();
  } else {
    if (filter.to !== undefined) high = Math.min(high, await lastSeqBefore(db, device, filter.to));
    const { from } = filter;
    let walk = chainRange(db, device, 0, high).reverse();
    // Newest first, the first event before the window ends the walk: every older one is before it too.
    if (from !== undefined) walk = walk.until((event) => event.at < from);
    events = await walk
      .filter((event) => matchesFilter(event, filter))
      .limit(limit + 1)
      .toArray();
  }
  return { events: events.slice(0, limit), more: events.length > limit };
}

/** How many of the other workstations' events match `filter` (through an index where one serves it). */
export function countPeerEvents(db: DshDatabase, filter: AuditFilter): Promise<number> {
  const { entity, entityId, staffId, action, from, to } = filter;
  const low = from ?? Dexie.minKey;
  const high = to ?? Dexie.maxKey;
  if (entity !== undefined && entityId !== undefined) {
    const history = db.peerAuditEvents
      .where('[entity+entityId+at]')
      .between([entity, entityId, low], [entity, entityId, high], true, false);
    return staffId === undefined && action === undefined
      ? history.count()
      : history.filter((event) => matchesFilter(event, filter)).count();
  }
  const served = servingIndex(filter);
  if (served) {
    const range = inWindow(db, served, filter);
    // One of the three filters alone is the index range itself.
    const alone = [entity, entityId, staffId, action].filter((value) => value !== undefined).length === 1;
    return alone ? range.count() : range.filter((event) => matchesFilter(event, filter)).count();
  }
  const window =
    from === undefined && to === undefined
      ? db.peerAuditEvents.toCollection()
      : db.peerAuditEvents.where('at').between(low, high, true, false);
  return entityId === undefined
    ? window.count()
    : window.filter((event) => matchesFilter(event, filter)).count();
}
