/**
 * The generic writes every repository uses. Each runs in ONE `rw` transaction over the record's table, the
 * audit log and `meta` (plus any tables the caller reads), so the record and its audit event commit
 * together or not at all; any error thrown inside leaves nothing behind.
 */
import type { Table } from 'dexie';
import { fieldChanges, type FieldChange } from '../../../shared/audit/diff';
import type { AuditAction } from '../../../shared/domain';
import { appendAuditEvent } from '../audit/append';
import type { DshDatabase } from '../database';
import { DuplicateError, NotFoundError, StaleRecordError } from '../errors';
import { instantOf, type WriteContext } from './context';
import type { EntitySpec, StoredRecord } from './entities';
import { validated } from './validate';

/** A record without the bookkeeping fields the generic writes set. */
export type RecordBody<T> = Omit<T, keyof StoredRecord>;

/** What a write may add to its transaction and its audit event. */
export interface WriteOptions {
  /** Further tables read or written in the same transaction. */
  tables?: Table[];
  /** The audit action (default `create`, `update` or `delete`). */
  action?: AuditAction | undefined;
  reason?: string | undefined;
  /** More entries for the event's `changes` (e.g. the requirements an override set aside). */
  notes?: Record<string, FieldChange> | undefined;
  /** Audit details the edit itself decides (e.g. which move it made), asked for after the edit. */
  annotate?: () => Pick<WriteOptions, 'action' | 'reason' | 'notes'>;
}

function inTransaction<T extends StoredRecord, R>(
  ctx: WriteContext,
  spec: EntitySpec<T>,
  options: WriteOptions,
  work: () => Promise<R>,
): Promise<R> {
  const { db } = ctx;
  const tables = [...new Set([spec.table(db), db.auditEvents, db.meta, ...(options.tables ?? [])])];
  return db.transaction('rw', tables, work);
}

/** A unique index's refusal, said in the officer's words. */
function explained<T extends StoredRecord>(error: unknown, spec: EntitySpec<T>, attempted?: T): unknown {
  const name = (error as { name?: string; inner?: { name?: string } } | null)?.name;
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  const refused = name === 'ConstraintError' || inner === 'ConstraintError';
  return refused && attempted && spec.duplicate ? new DuplicateError(spec.duplicate(attempted)) : error;
}

/** Refuses `record` when another record of its table already holds its unique value (DuplicateError). */
async function refuseDuplicate<T extends StoredRecord>(
  db: DshDatabase,
  spec: EntitySpec<T>,
  record: T,
): Promise<void> {
  if (!spec.uniqueBy || !spec.duplicate) return;
  const [index, value] = spec.uniqueBy(record);
  const other = await spec
    .table(db)
    .where(index)
    .equals(value)
    .filter((row) => row.id !== record.id)
    .first();
  if (other) throw new DuplicateError(spec.duplicate(record));
}

async function currentRecord<T extends StoredRecord>(
  db: DshDatabase,
  spec: EntitySpec<T>,
  id: string,
  expectedRevision: number,
): Promise<T> {
  const current = await spec.table(db).get(id);
  if (!current) throw new NotFoundError(spec.what);
  if (current.revision !== expectedRevision) throw new StaleRecordError();
  return current;
}

/** Validates and adds a new record (revision 1) with its `create` event; `body` may be built in the transaction. */
export async function createRecord<T extends StoredRecord>(
  ctx: WriteContext,
  spec: EntitySpec<T>,
  body: RecordBody<T> | ((db: DshDatabase) => Promise<RecordBody<T>>),
  options: WriteOptions = {},
): Promise<T> {
  const { db } = ctx;
  let attempted: T | undefined;
  try {
    return await inTransaction(ctx, spec, options, async () => {
      const fields = typeof body === 'function' ? await body(db) : body;
      const now = instantOf(ctx);
      const id = spec.newId?.() ?? crypto.randomUUID();
      const record = validated(spec.schema, { ...fields, id, revision: 1, createdAt: now, updatedAt: now });
      attempted = record;
      await refuseDuplicate(db, spec, record);
      await spec.table(db).add(record);
      await appendAuditEvent(db, ctx, {
        entity: spec.entity,
        entityId: record.id,
        action: options.action ?? 'create',
        changes: { ...fieldChanges(undefined, record), ...options.notes },
        reason: options.reason,
      });
      return record;
    });
  } catch (error) {
    throw explained(error, spec, attempted);
  }
}

/**
 * Applies `edit` to the stored record when it is still at `expectedRevision` (else StaleRecordError, and
 * nothing is written); stores it as the next revision with an event of the changed fields. When nothing
 * changed, nothing is written and the stored record is returned.
 */
export async function updateRecord<T extends StoredRecord>(
  ctx: WriteContext,
  spec: EntitySpec<T>,
  id: string,
  expectedRevision: number,
  edit: (current: T, db: DshDatabase) => RecordBody<T> | Promise<RecordBody<T>>,
  options: WriteOptions = {},
): Promise<T> {
  const { db } = ctx;
  let attempted: T | undefined;
  try {
    return await inTransaction(ctx, spec, options, async () => {
      const current = await currentRecord(db, spec, id, expectedRevision);
      const { id: _id, revision, createdAt, updatedAt } = current;
      const edited = await edit(current, db);
      const next = validated(spec.schema, { ...edited, id, revision, createdAt, updatedAt });
      const changes = fieldChanges(current, next);
      const audit = { ...options, ...options.annotate?.() };
      if (Object.keys(changes).length === 0 && !audit.notes) return current;
      const stored: T = { ...next, revision: revision + 1, updatedAt: instantOf(ctx) };
      attempted = stored;
      await refuseDuplicate(db, spec, stored);
      await spec.table(db).put(stored);
      await appendAuditEvent(db, ctx, {
        entity: spec.entity,
        entityId: id,
        action: audit.action ?? 'update',
        changes: { ...changes, ...audit.notes },
        reason: audit.reason,
      });
      return stored;
    });
  } catch (error) {
    throw explained(error, spec, attempted);
  }
}

/** Deletes the record when it is still at `expectedRevision`, with a `delete` event keeping what it held. */
export async function deleteRecord<T extends StoredRecord>(
  ctx: WriteContext,
  spec: EntitySpec<T>,
  id: string,
  expectedRevision: number,
  options: WriteOptions & { check?: (current: T, db: DshDatabase) => void | Promise<void> } = {},
): Promise<void> {
  const { db } = ctx;
  await inTransaction(ctx, spec, options, async () => {
    const current = await currentRecord(db, spec, id, expectedRevision);
    await options.check?.(current, db);
    await spec.table(db).delete(id);
    await appendAuditEvent(db, ctx, {
      entity: spec.entity,
      entityId: id,
      action: options.action ?? 'delete',
      changes: { ...fieldChanges(current, undefined), ...options.notes },
      reason: options.reason,
    });
  });
}

/** The record, or NotFoundError naming it (for writes that need a record another one points to). */
export async function requireRecord<T extends StoredRecord>(
  db: DshDatabase,
  spec: EntitySpec<T>,
  id: string,
): Promise<T> {
  const record = await spec.table(db).get(id);
  if (!record) throw new NotFoundError(spec.what);
  return record;
}
