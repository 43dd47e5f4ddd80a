/**
 * Makes the audit log append-only for every write that goes through the app's Dexie: a DBCore middleware
 * lets only `add` reach the `auditEvents` store. It sits below every table method (update, put, delete,
 * modify, clear, bulk operations), so none of them can slip past it.
 */
import type { DBCore, Middleware } from 'dexie';
import { AuditLogImmutableError } from '../errors';

/** The store of the audit log. */
export const AUDIT_EVENTS_TABLE = 'auditEvents';

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
        mutate: (request) =>
          request.type === 'add' ? table.mutate(request) : Promise.reject(new AuditLogImmutableError()),
      };
    },
  }),
};
