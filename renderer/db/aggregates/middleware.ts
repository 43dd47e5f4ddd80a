/**
 * Keeps the maintained aggregates true on EVERY write of the records they summarise — a form, a bulk
 * action, an import, a restore, a change applied from the team server — because it sits below every table
 * method (like the outbox, renderer/db/sync/outbox-middleware.ts): a read-write transaction over a records
 * table is widened to its aggregates, and each mutation reads the records it replaces or deletes, makes its
 * change, then adds the difference to the aggregate rows, all in that one transaction. So the records and
 * their sums commit together or not at all. An aggregate of rows (the deadlines) is kept the same way, its
 * rows worked out again for the subjects the write touched (rows-update.ts); the transaction is widened to
 * the tables it reads too.
 *
 * A transaction marked by deferred.ts (a first sync's batch) writes its records alone; a rebuild follows.
 *
 * Within one transaction the mutations of a records table are run one after another: two concurrent ones
 * (a `Promise.all` of puts) would otherwise both read the same old sums and one difference would be lost.
 */
import Dexie, {
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import { isDeferring } from './deferred';
import { rebuildRows, updateRows } from './rows-update';
import { Tally, isEmptyRow } from './tally';
import {
  AGGREGATES,
  aggregateRow,
  aggregatesOf,
  derivedRowsOf,
  type AggregateSpec,
  type DerivedRowsSpec,
} from './tables';

/** Dexie's DBCoreRangeType.Any: the whole key range, which is what `Table.clear()` deletes. */
const WHOLE_RANGE = 3;

/** The last aggregate update queued in each transaction (held weakly: transactions end and are forgotten). */
const queues = new WeakMap<DBCoreTransaction, PromiseLike<unknown>>();

/**
 * Continues with `next` once `promise` settles, in the current transaction's zone. Every step here is a
 * Dexie promise, never a native `await`: Dexie's `then` runs its callback in the zone it was called in, and
 * the layers below (Dexie's hooks and cache) read the transaction from that zone on every call.
 */
function then<T, R>(promise: PromiseLike<T>, next: (value: T) => R | PromiseLike<R>): Promise<R> {
  return Dexie.Promise.resolve(promise).then(next);
}

/** Runs `work` after the earlier aggregate updates of `trans`. */
function inTurn<T>(trans: DBCoreTransaction, work: () => PromiseLike<T>): Promise<T> {
  const run = then(queues.get(trans) ?? Dexie.Promise.resolve(), work);
  queues.set(
    trans,
    run.catch(() => undefined),
  );
  return run;
}

/** Runs `step` for each item, one after another. */
function eachInTurn<T>(items: readonly T[], step: (item: T) => PromiseLike<unknown>): Promise<void> {
  return items.reduce<Promise<void>>(
    (done, item) => then(done, () => then(step(item), () => undefined)),
    Dexie.Promise.resolve(),
  );
}

/** The records a mutation replaces or deletes, read before it runs. */
function recordsBefore(table: DBCoreTable, request: DBCoreMutateRequest): PromiseLike<unknown[]> {
  const { trans } = request;
  const present = (rows: unknown[]) => rows.filter((row) => row !== undefined);
  switch (request.type) {
    case 'add':
      return Dexie.Promise.resolve([]);
    case 'put': {
      const keys = request.keys ?? request.values.map((value) => table.schema.primaryKey.extractKey?.(value));
      return then(table.getMany({ trans, keys }), present);
    }
    case 'delete':
      return then(table.getMany({ trans, keys: request.keys }), present);
    case 'deleteRange':
      return then(
        table.query({ trans, values: true, query: { index: table.schema.primaryKey, range: request.range } }),
        (found) => found.result,
      );
  }
}

/** Adds one tally's differences to its aggregate rows (a row whose sums all reach zero is deleted). */
function applyTally(down: DBCore, trans: DBCoreTransaction, tally: Tally): PromiseLike<unknown> {
  const entries = tally.changed();
  if (entries.length === 0) return Dexie.Promise.resolve();
  const table = down.table(tally.spec.table);
  const keys = entries.map((entry) => entry.key);
  return then(table.getMany({ trans, keys }), (found) => {
    const current = found as (Record<string, number> | undefined)[];
    const rows = entries.map((entry, i) => {
      const sums = Object.fromEntries(
        tally.spec.sums.map((field) => [field, (current[i]?.[field] ?? 0) + (entry.sums[field] ?? 0)]),
      );
      return { key: entry.key, row: aggregateRow(tally.spec, entry.key, sums) };
    });
    const kept = rows.filter(({ row }) => !isEmptyRow(tally.spec, row)).map(({ row }) => row);
    const emptied = rows.filter(({ row }) => isEmptyRow(tally.spec, row)).map(({ key }) => key);
    const put: PromiseLike<unknown> =
      kept.length > 0 ? table.mutate({ type: 'put', trans, values: kept }) : Dexie.Promise.resolve();
    return then(put, () =>
      emptied.length > 0 ? table.mutate({ type: 'delete', trans, keys: emptied }) : undefined,
    );
  });
}

/** The tallies of one mutation: what it wrote counts +1, what it replaced or deleted −1. */
function talliesOf(
  table: DBCoreTable,
  specs: readonly AggregateSpec[],
  request: DBCoreMutateRequest,
  before: readonly unknown[],
  failures: Record<number, Error>,
): Tally[] {
  const tallies = specs.map((spec) => new Tally(spec));
  const keyOf = (record: unknown) => JSON.stringify(table.schema.primaryKey.extractKey?.(record));
  // What is stored now under each key written: the last value written for it (a batch may repeat a key);
  // a put that failed left its old record in place, so that record is not counted −1.
  const written = request.type === 'add' || request.type === 'put' ? request.values : [];
  const stored = new Map<string, unknown>();
  const failed = new Set<string>();
  written.forEach((record, i) => {
    if (i in failures) failed.add(keyOf(record));
    else stored.set(keyOf(record), record);
  });
  for (const record of stored.values()) for (const tally of tallies) tally.count(record, 1);
  const replaced = new Map(before.map((record) => [keyOf(record), record]));
  for (const [key, record] of replaced) {
    if (!failed.has(key) || stored.has(key)) for (const tally of tallies) tally.count(record, -1);
  }
  return tallies;
}

/** The records a write left stored: those written, less the ones whose write failed. */
function recordsWritten(request: DBCoreMutateRequest, failures: Record<number, Error>): unknown[] {
  const written = request.type === 'add' || request.type === 'put' ? request.values : [];
  return written.filter((_record, i) => !(i in failures));
}

/** Wraps a records table so that its writes keep its aggregates true (its sums and rows). */
function summarisedTable(
  down: DBCore,
  table: DBCoreTable,
  specs: readonly AggregateSpec[],
  rowSpecs: readonly DerivedRowsSpec[],
): DBCoreTable {
  return {
    ...table,
    mutate: (request) =>
      inTurn(request.trans, () => {
        const { trans } = request;
        // A first sync's batch: its records are summed once, when it ends (deferred.ts).
        if (isDeferring(trans)) return table.mutate(request);
        if (request.type === 'deleteRange' && request.range.type === WHOLE_RANGE) {
          // A records table cleared whole (a restore): nothing is left to sum; rows that other tables'
          // records also give are worked out again from what is left.
          return then(table.mutate(request), (response) =>
            then(
              eachInTurn(specs, (spec) =>
                down.table(spec.table).mutate({ type: 'deleteRange', trans, range: request.range }),
              ),
              () =>
                then(
                  eachInTurn(rowSpecs, (spec) => rebuildRows(down, trans, spec)),
                  () => response,
                ),
            ),
          );
        }
        return then(recordsBefore(table, request), (before) =>
          then(table.mutate(request), (response) =>
            then(
              eachInTurn(talliesOf(table, specs, request, before, response.failures), (tally) =>
                applyTally(down, trans, tally),
              ),
              () =>
                then(
                  eachInTurn(rowSpecs, (spec) =>
                    updateRows(
                      down,
                      trans,
                      spec,
                      table.name,
                      before,
                      recordsWritten(request, response.failures),
                    ),
                  ),
                  () => response,
                ),
            ),
          ),
        );
      }),
  };
}

/** The middleware (installed in database.ts). */
export const aggregatesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'maintainedAggregates',
  create: (down) => {
    const present = new Set(down.schema.tables.map((table) => table.name));
    // An older schema (while it is upgraded) lacks some aggregate table: only those it has are kept.
    if (!AGGREGATES.every((spec) => present.has(spec.table))) return down;
    const rowSpecsOf = (source: string) => derivedRowsOf(source).filter((spec) => present.has(spec.table));
    return {
      ...down,
      transaction: (stores, mode, options) => {
        if (mode !== 'readwrite') return down.transaction(stores, mode, options);
        const wanted = stores.flatMap((store) => [
          ...aggregatesOf(store).map((spec) => spec.table),
          ...rowSpecsOf(store).flatMap((spec) => [spec.table, ...spec.reads]),
        ]);
        const missing = [...new Set(wanted)].filter((store) => !stores.includes(store));
        return down.transaction(missing.length > 0 ? [...stores, ...missing] : stores, mode, options);
      },
      table: (name) => {
        const table = down.table(name);
        const specs = aggregatesOf(name);
        const rowSpecs = rowSpecsOf(name);
        return specs.length > 0 || rowSpecs.length > 0
          ? summarisedTable(down, table, specs, rowSpecs)
          : table;
      },
    };
  },
};
