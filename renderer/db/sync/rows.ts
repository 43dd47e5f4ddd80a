/**
 * The local-only rows of team sync (schema version 4): never sent to the server, kept in backups so a
 * restored workstation knows what it had agreed with the server.
 */
import { z } from 'zod';
import type { ConflictRow } from '../../sync/types';

/** A record changed here and not yet on the server: one row per record, however often it changed. */
export interface OutboxEntry {
  /** `<table>/<primary key>`. */
  key: string;
  table: string;
  pk: string | number;
  /** When it was queued (ms since 1970): the order changes are sent in. */
  queuedAt: number;
  /** Changes on every write, so a push can tell whether the record changed while it was being sent. */
  stamp: string;
}

/** A record's revision on the server and its content then: the base of a three-way merge. */
export interface SyncRevision {
  /** `<table>/<primary key>`. */
  key: string;
  docId: string;
  rev: string;
  /**
   * The server's content at `rev`, kept only once the row here differs from it (base-pin.ts); absent: the row
   * as stored is that content. Rows stored before this was optional always carry it, which stays right.
   */
  base?: Record<string, unknown>;
}

/** A record in conflict, as the Conflicts page lists it, with the base the merge started from. */
export interface SyncConflict extends ConflictRow {
  /** The version both sides started from (null when both created it independently). */
  base: Record<string, unknown> | null;
  /** The server's revision the conflict was found against. */
  theirRev: string;
}

const key = z.string().min(1).max(600);
const record = z.record(z.string(), z.unknown());
const side = z.strictObject({ record, by: z.string().max(300), at: z.string().max(40) });

/** Backup row checks of the sync tables (renderer/db/backup/row-checks.ts). */
export const SYNC_ROW_SCHEMAS = {
  outbox: z.strictObject({
    key,
    table: z.string().min(1).max(100),
    pk: z.union([z.string().min(1).max(500), z.number().int()]),
    queuedAt: z.number(),
    stamp: z.string().min(1).max(100),
  }),
  syncRevs: z.strictObject({ key, docId: key, rev: z.string().min(1).max(500), base: record.optional() }),
  syncConflicts: z.strictObject({
    docId: key,
    type: z.string().min(1).max(100),
    table: z.string().min(1).max(100),
    recordId: z.string().min(1).max(500),
    title: z.string().max(500),
    fields: z.array(z.strictObject({ field: z.string().max(200), mine: z.unknown(), theirs: z.unknown() })),
    mine: side,
    theirs: side,
    foundAt: z.string().max(40),
    base: record.nullable(),
    theirRev: z.string().min(1).max(500),
  }),
};
