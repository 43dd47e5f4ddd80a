/**
 * The outbox of team sync: while a workstation is in a team, every write of a synced table — whichever code
 * makes it (a form, a bulk action, an import, a restore) — also queues its record in the outbox, in the SAME
 * transaction (the middleware adds the outbox store to every read-write transaction over a synced table).
 * So a change is either saved and queued, or neither. Changes that came FROM the server are not queued
 * again: the code applying them marks its transaction with `markFromServer`.
 * In solo mode nothing is queued: joining a team queues every record once (queue-all.ts).
 * Every local change of a synced row (in a team or not: a workstation that left keeps its revisions) also
 * keeps the row's merge base first when its revision has none yet (base-pin.ts), in the same transaction.
 */
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  Middleware,
  Transaction,
} from 'dexie';
import { REVISIONS_TABLE, pinBases } from './base-pin';
import { SYNCED_TABLES } from './synced-tables';

/** The outbox store's name. */
export const OUTBOX_TABLE = 'outbox';

/** Databases (by name) whose writes are queued: those of a workstation in a team. */
const queuing = new Set<string>();
/** Transactions that apply what came from the server (held weakly: they end, and are forgotten). */
const fromServer = new WeakSet<object>();

/** Starts or stops queuing the writes of database `name` (team mode on or off). */
export function setOutboxQueuing(name: string, on: boolean): void {
  if (on) queuing.add(name);
  else queuing.delete(name);
}

/** Whether writes of database `name` are queued. */
export function isQueuing(name: string): boolean {
  return queuing.has(name);
}

/** Marks `transaction` as applying the server's changes: its writes are not queued to be sent back. */
export function markFromServer(transaction: Transaction): void {
  fromServer.add(transaction.idbtrans);
}

let stampCounter = 0;
/** A value that differs on every write of this window. */
function nextStamp(): string {
  stampCounter += 1;
  return `${Date.now().toString(36)}.${stampCounter.toString(36)}.${Math.random().toString(36).slice(2, 8)}`;
}

/** The primary keys a mutation wrote or deleted. */
async function keysOf(
  table: DBCoreTable,
  request: DBCoreMutateRequest,
  results: readonly unknown[] | undefined,
  failures: Record<number, Error>,
): Promise<unknown[]> {
  switch (request.type) {
    case 'add':
    case 'put':
      return (results ?? request.values.map((value) => table.schema.primaryKey.extractKey?.(value))).filter(
        (key, index) => key !== undefined && !(index in failures),
      );
    case 'delete':
      return [...request.keys];
    case 'deleteRange': {
      const found = await table.query({
        trans: request.trans,
        values: false,
        query: { index: table.schema.primaryKey, range: request.range },
      });
      return found.result;
    }
  }
}

/** Wraps a synced table so that its writes keep their merge bases and queue their records in the outbox. */
function queuingTable(down: DBCore, table: DBCoreTable, databaseName: string, pins: boolean): DBCoreTable {
  return {
    ...table,
    mutate: (request) => {
      const local = !fromServer.has(request.trans);
      // Chained, not awaited: the mutation must run in Dexie's transaction zone (see base-pin.ts).
      if (pins && local) return pinBases(down, table, request).then(() => queueAfter(request, local));
      return queueAfter(request, local);
    },
  };

  /** The mutation, then (for a local write in a team) its outbox rows. */
  async function queueAfter(request: DBCoreMutateRequest, local: boolean): Promise<DBCoreMutateResponse> {
    const queue = queuing.has(databaseName) && local;
    // A range delete must learn its keys before they are gone.
    const rangeKeys =
      queue && request.type === 'deleteRange' ? await keysOf(table, request, undefined, {}) : undefined;
    const response = await table.mutate(request);
    if (!queue) return response;
    const keys = rangeKeys ?? (await keysOf(table, request, response.results, response.failures));
    if (keys.length === 0) return response;
    const queuedAt = Date.now();
    const stamp = nextStamp();
    await down.table(OUTBOX_TABLE).mutate({
      type: 'put',
      trans: request.trans,
      values: keys.map((pk) => ({
        key: `${table.name}/${String(pk)}`,
        table: table.name,
        pk,
        queuedAt,
        stamp,
      })),
    });
    return response;
  }
}

/** The middleware (installed in database.ts). */
export const outboxMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'teamSyncOutbox',
  create: (down) => {
    const databaseName = down.schema.name;
    const hasOutbox = down.schema.tables.some((table) => table.name === OUTBOX_TABLE);
    if (!hasOutbox) return down;
    const pins = down.schema.tables.some((table) => table.name === REVISIONS_TABLE);
    const added = pins ? [OUTBOX_TABLE, REVISIONS_TABLE] : [OUTBOX_TABLE];
    return {
      ...down,
      transaction: (stores, mode, options) => {
        const widen = mode === 'readwrite' && stores.some((store) => SYNCED_TABLES.has(store));
        const missing = widen ? added.filter((store) => !stores.includes(store)) : [];
        return down.transaction(missing.length > 0 ? [...stores, ...missing] : stores, mode, options);
      },
      table: (name) => {
        const table = down.table(name);
        return SYNCED_TABLES.has(name) ? queuingTable(down, table, databaseName, pins) : table;
      },
    };
  },
};
