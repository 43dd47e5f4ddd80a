/**
 * Reading the audit log for the Audit page and a record's history: newest first, a page at a time, through
 * an index. A time window becomes a range of `seq` (an event's time never goes back, see append.ts), so it
 * narrows whichever index serves the other filters.
 *
 * Index chosen (most selective first): entity + entityId → `[entity+entityId+seq]`; staff member →
 * `[actor.staffId+seq]`; entity → `[entity+seq]`; action → `[action+seq]`; otherwise `seq`. Filters the
 * chosen index does not serve are applied to the events it yields (e.g. a staff member within one record's
 * history), which reads no more than that index's range.
 */
import Dexie, { type Collection } from 'dexie';
import type { IsoInstant } from '../../../shared/dates';
import type { AuditEvent, AuditedEntity } from '../../../shared/domain';
import type { DshDatabase } from '../database';

/** Which events to show. `from` is inclusive, `to` exclusive (e.g. midnight starting the day after). */
export interface AuditFilter {
  entity?: AuditedEntity;
  /** One record's history; give `entity` too, so an index serves it. */
  entityId?: string;
  staffId?: string;
  action?: string;
  from?: IsoInstant;
  to?: IsoInstant;
}

/** One page of events, newest first; pass `nextBefore` as `before` for the next page. */
export type AuditPage = { events: AuditEvent[]; nextBefore: number | undefined };

/** The seq range a time window (and a `before` cursor) allows, or undefined when it holds nothing. */
async function seqRange(
  db: DshDatabase,
  filter: AuditFilter,
  before?: number,
): Promise<[number, number] | undefined> {
  let low = 1;
  let high = before === undefined ? Number.MAX_SAFE_INTEGER : before - 1;
  if (filter.from !== undefined) {
    const first = await db.auditEvents.where('at').aboveOrEqual(filter.from).first();
    if (!first) return undefined;
    low = first.seq;
  }
  if (filter.to !== undefined) {
    const last = await db.auditEvents.where('at').below(filter.to).last();
    if (!last) return undefined;
    high = Math.min(high, last.seq);
  }
  return low <= high ? [low, high] : undefined;
}

/** The events matching `filter` within `[low, high]`, through the most selective index. */
function matching(
  db: DshDatabase,
  filter: AuditFilter,
  [low, high]: [number, number],
): Collection<AuditEvent, number> {
  const { entity, entityId, staffId, action } = filter;
  const served = new Set<keyof AuditFilter>(['from', 'to']);
  let collection: Collection<AuditEvent, number>;
  if (entity !== undefined && entityId !== undefined) {
    collection = db.auditEvents
      .where('[entity+entityId+seq]')
      .between([entity, entityId, low], [entity, entityId, high], true, true);
    served.add('entity').add('entityId');
  } else if (staffId !== undefined) {
    collection = db.auditEvents
      .where('[actor.staffId+seq]')
      .between([staffId, low], [staffId, high], true, true);
    served.add('staffId');
  } else if (entity !== undefined) {
    collection = db.auditEvents.where('[entity+seq]').between([entity, low], [entity, high], true, true);
    served.add('entity');
  } else if (action !== undefined) {
    collection = db.auditEvents.where('[action+seq]').between([action, low], [action, high], true, true);
    served.add('action');
  } else {
    collection = db.auditEvents.where('seq').between(low, high, true, true);
  }
  const rest = (['entity', 'entityId', 'staffId', 'action'] as const).filter(
    (key) => filter[key] !== undefined && !served.has(key),
  );
  if (rest.length === 0) return collection;
  return collection.filter((event) =>
    rest.every((key) => (key === 'staffId' ? event.actor.staffId : event[key]) === filter[key]),
  );
}

/** A page of events matching `filter`, newest first, older than `before` (a seq) when given. */
export async function pageAuditEvents(
  db: DshDatabase,
  { before, limit, ...filter }: AuditFilter & { before?: number; limit: number },
): Promise<AuditPage> {
  const range = await seqRange(db, filter, before);
  if (!range) return { events: [], nextBefore: undefined };
  const events = await matching(db, filter, range).reverse().limit(limit).toArray();
  const nextBefore = events.length === limit ? events[events.length - 1]?.seq : undefined;
  return { events, nextBefore };
}

/**
 * How many events match `filter` (an index count when one index serves every filter). With no filter but a
 * time window it is arithmetic on the first and last `seq`: the chain numbers events 1, 2, 3… with no gap
 * (a gap is tampering, which the verification reports), so counting a million events never walks the index.
 */
export async function countAuditEvents(db: DshDatabase, filter: AuditFilter = {}): Promise<number> {
  const range = await seqRange(db, filter);
  if (!range) return 0;
  const byIndexOnly = (['entity', 'entityId', 'staffId', 'action'] as const).every(
    (key) => filter[key] === undefined,
  );
  if (!byIndexOnly) return matching(db, filter, range).count();
  const inRange = db.auditEvents.where('seq').between(range[0], range[1], true, true);
  const [first, last] = await Promise.all([inRange.first(), inRange.clone().reverse().first()]);
  return first && last ? last.seq - first.seq + 1 : 0;
}

/** Every event of one record, oldest first (a record's timeline: a few dozen events). */
export function historyOf(db: DshDatabase, entity: AuditedEntity, entityId: string): Promise<AuditEvent[]> {
  return db.auditEvents
    .where('[entity+entityId+seq]')
    .between([entity, entityId, Dexie.minKey], [entity, entityId, Dexie.maxKey])
    .toArray();
}
