/**
 * The two ways an aggregate of rows reads records (tables.ts `RecordReader`): inside a write, below Dexie's
 * table methods (the middleware), and over a database or an open transaction (the rebuild and the upgrade).
 */
import Dexie, { type DBCore, type DBCoreTransaction, type Table, type Transaction } from 'dexie';
import type { RecordReader } from './tables';

/** Dexie's DBCoreRangeType.Equal (a key range holding one key) and Any (every key). */
const EQUAL = 1;
const ANY = 3;

const present = (rows: readonly unknown[]) => rows.filter((row) => row !== undefined);

/** Reads through `down` in the writing transaction `trans` (Dexie promises only: see middleware.ts). */
export function coreReader(down: DBCore, trans: DBCoreTransaction): RecordReader {
  return {
    get: (name, keys) =>
      keys.length === 0
        ? Dexie.Promise.resolve([])
        : Dexie.Promise.resolve(down.table(name).getMany({ trans, keys: [...keys] })).then(present),
    where: (name, indexName, keys) => {
      const table = down.table(name);
      const index = table.schema.indexes.find((candidate) => candidate.name === indexName);
      if (!index) throw new Error(`The ${name} table has no ${indexName} index.`);
      return Dexie.Promise.all(
        keys.map((key) =>
          table.query({
            trans,
            values: true,
            query: { index, range: { type: EQUAL, lower: key, upper: key } },
          }),
        ),
      ).then((answers) => answers.flatMap((answer) => answer.result));
    },
    all: (name) => {
      const table = down.table(name);
      const range = { type: ANY, lower: undefined, upper: undefined };
      return Dexie.Promise.resolve(
        table.query({ trans, values: true, query: { index: table.schema.primaryKey, range } }),
      ).then((answer) => answer.result);
    },
  };
}

/** The tables of a database or of an open transaction, by name. */
export type TablesOf = Pick<Transaction, 'table'>;

/** Reads through Dexie's tables (a rebuild, in the caller's transaction). */
export function tablesReader(source: TablesOf): RecordReader {
  const table = (name: string) => source.table(name) as Table<unknown, unknown>;
  return {
    get: (name, keys) =>
      table(name)
        .bulkGet([...keys])
        .then(present),
    where: (name, index, keys) =>
      Dexie.Promise.all(
        keys.map((key) =>
          table(name)
            .where(index)
            .equals(key as string)
            .toArray(),
        ),
      ).then((found) => found.flat()),
    all: (name) => table(name).toArray(),
  };
}
