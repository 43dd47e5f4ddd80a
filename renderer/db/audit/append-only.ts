/**
 * Makes the audit log append-only for every write that goes through the app's Dexie: a DBCore middleware
 * lets only `add` reach the `auditEvents` store. It sits below every table method (update, put, delete,
 * modify, clear, bulk operations), so none of them can slip past it.
 *
 * One narrow exception: a restore replaces the whole database with a backup, audit log included, in one
 * transaction. That transaction (and no other) may CLEAR the log, and only when the restore code has marked
 * it with `permitAuditLogReplacement`; it still cannot put, update or delete a single event. The mark lives
 * with the transaction object, so it ends when the transaction does.
 */
import type { DBCore, Middleware, Transaction } from 'dexie';
import { AuditLogImmutableError } from '../errors';

/** The store of the audit log. */
export const AUDIT_EVENTS_TABLE = 'auditEvents';

/** Dexie's DBCoreRangeType.Any: the whole key range, which is what `Table.clear()` deletes. */
const WHOLE_RANGE = 3;

/** The transactions a restore is replacing the database in (held weakly: they end, and are forgotten). */
const replacingTransactions = new WeakSet<object>();

/**
 * Lets `transaction` clear the audit log, so that a restore can refill it from a backup within the same
 * transaction. Only the restore (renderer/db/backup/restore.ts) calls this; a test checks that no other
 * module does.
 */
export function permitAuditLogReplacement(transaction: Transaction): void {
  replacingTransactions.add(transaction.idbtrans);
}

/** The middleware that refuses every change to an audit event except adding a new one. */
export const appendOnlyAuditLog: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'appendOnlyAuditLog',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (name !== AUDIT_EVENTS_TABLE) return table;
      return {
        ...table,
        mutate: (request) => {
          const replacing =
            request.type === 'deleteRange' &&
            request.range.type === WHOLE_RANGE &&
            replacingTransactions.has(request.trans);
          return request.type === 'add' || replacing
            ? table.mutate(request)
            : Promise.reject(new AuditLogImmutableError());
        },
      };
    },
  }),
};
