/**
 * Keeping an aggregate of ROWS true (tables.ts `DerivedRowsSpec`, the deadlines): after a write, the rows of
 * every subject it touched are worked out again from the records stored now, in the same transaction; after
 * a records table is cleared whole, every row is. Called by middleware.ts, in its turn for the transaction.
 */
import Dexie, { type DBCore, type DBCoreTransaction } from 'dexie';
import { coreReader } from './readers';
import type { DerivedRowsSpec } from './tables';

/** Dexie's DBCoreRangeType.Equal (one key) and Any (every key). */
const EQUAL = 1;
const WHOLE = { type: 3, lower: undefined, upper: undefined };

/** Continues with `next` once `promise` settles, as a Dexie promise (see middleware.ts). */
function then<T, R>(promise: PromiseLike<T>, next: (value: T) => R | PromiseLike<R>): Promise<R> {
  return Dexie.Promise.resolve(promise).then(next);
}

/** Replaces the rows of `subjects` by `rows` (the subjects' rows worked out again). */
function replaceRows(
  down: DBCore,
  trans: DBCoreTransaction,
  spec: DerivedRowsSpec,
  subjects: readonly string[],
  rows: readonly object[],
): PromiseLike<unknown> {
  const table = down.table(spec.table);
  const index = table.schema.indexes.find((candidate) => candidate.name === 'subject');
  if (!index) throw new Error(`The ${spec.table} table has no subject index.`);
  const found = subjects.map((subject) =>
    table.query({
      trans,
      values: false,
      query: { index, range: { type: EQUAL, lower: subject, upper: subject } },
    }),
  );
  return then(Dexie.Promise.all(found), (answers) => {
    const keys = answers.flatMap((answer) => answer.result);
    const removed: PromiseLike<unknown> =
      keys.length > 0 ? table.mutate({ type: 'delete', trans, keys }) : Dexie.Promise.resolve();
    return then(removed, () =>
      rows.length > 0 ? table.mutate({ type: 'put', trans, values: [...rows] }) : undefined,
    );
  });
}

/** Works out again the rows of every subject a write of `source` touched. */
export function updateRows(
  down: DBCore,
  trans: DBCoreTransaction,
  spec: DerivedRowsSpec,
  source: string,
  before: readonly unknown[],
  after: readonly unknown[],
): PromiseLike<unknown> {
  const read = coreReader(down, trans);
  return then(spec.subjectsOf(source, before, after, read), (found) => {
    const subjects = [...new Set(found)];
    if (subjects.length === 0) return undefined;
    return then(spec.rowsOf(subjects, read), (rows) => replaceRows(down, trans, spec, subjects, rows));
  });
}

/** Every row of `spec` worked out again from the records left (a records table was cleared whole). */
export function rebuildRows(
  down: DBCore,
  trans: DBCoreTransaction,
  spec: DerivedRowsSpec,
): PromiseLike<unknown> {
  const table = down.table(spec.table);
  const cleared = table.mutate({ type: 'deleteRange', trans, range: WHOLE });
  return then(cleared, () =>
    then(spec.allRows(coreReader(down, trans)), (rows) =>
      rows.length > 0 ? table.mutate({ type: 'put', trans, values: rows }) : undefined,
    ),
  );
}
