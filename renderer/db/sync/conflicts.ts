/**
 * The Conflicts list: a record both workstations changed differently. Finding one is recorded as a
 * `sync-conflict` event on the record (so the other workstation lists it too when the event reaches it), and
 * the officer's choice per field is saved as a new version of the record with a `resolve-conflict` event
 * (which clears it from every workstation's list). Nothing is overwritten silently.
 */
import type { AuditEvent } from '../../../shared/domain';
import type { FieldChange } from '../../../shared/audit/diff';
import type { ConflictChoices } from '../../sync/types';
import type { DshDatabase } from '../database';
import { appendAuditEvent } from '../audit/append';
import { NotFoundError, ValidationError } from '../errors';
import type { WriteContext } from '../write/context';
import { ENTITIES, type EntitySpec, type StoredRecord } from '../write/entities';
import { updateRecord } from '../write/records';
import { recordTitle } from './conflict-words';
import type { SyncConflict } from './rows';
import { rowKey } from './local-rows';

/** The audit actions of team sync conflicts. */
export const CONFLICT_FOUND = 'sync-conflict';
export const CONFLICT_RESOLVED = 'resolve-conflict';

/** The record kind of a document type (`training-record` → ENTITIES.trainingRecord). */
function specOf(type: string): EntitySpec<StoredRecord> | undefined {
  return (Object.values(ENTITIES) as EntitySpec<StoredRecord>[]).find((spec) => spec.entity === type);
}

/** Records that a conflict was found here, as an event of this workstation's chain (in the caller's transaction). */
export async function announceConflict(
  db: DshDatabase,
  ctx: WriteContext,
  conflict: SyncConflict,
): Promise<void> {
  const changes: Record<string, FieldChange> = {};
  for (const { field, mine, theirs } of conflict.fields)
    changes[field] = {
      ...(theirs === undefined ? {} : { before: theirs }),
      ...(mine === undefined ? {} : { after: mine }),
    } as FieldChange;
  const event = await appendAuditEvent(db, ctx, {
    entity: conflict.type as AuditEvent['entity'],
    entityId: conflict.recordId,
    action: CONFLICT_FOUND,
    changes,
    reason:
      'Both workstations changed these fields; the team server’s values are kept until an officer chooses.',
  });
  const queuedAt = Date.now();
  // Written while applying the server's changes, which queue nothing by themselves: queue the event here.
  await db.outbox.put({
    key: rowKey(db.auditEvents.name, event.seq),
    table: db.auditEvents.name,
    pk: event.seq,
    queuedAt,
    stamp: `conflict.${event.id}`,
  });
}

/** Lists (or clears) a conflict another workstation found or resolved, when its event arrives here. */
export async function followPeerConflictEvent(db: DshDatabase, event: AuditEvent): Promise<void> {
  if (event.action !== CONFLICT_FOUND && event.action !== CONFLICT_RESOLVED) return;
  const spec = specOf(event.entity);
  if (!spec) return;
  const docIds = (await db.syncConflicts.where('foundAt').above('').toArray()).filter(
    (row) => row.recordId === event.entityId && row.type === event.entity,
  );
  if (event.action === CONFLICT_RESOLVED) {
    await db.syncConflicts.bulkDelete(docIds.map((row) => row.docId));
    return;
  }
  if (docIds.length > 0) return; // already listed here
  const mine = (await spec.table(db).get(event.entityId)) as Record<string, unknown> | undefined;
  const revision = await db.syncRevs.get(rowKey(spec.table(db).name, event.entityId));
  if (!mine || !revision) return;
  const fields = Object.entries(event.changes).map(([field, change]) => ({
    field,
    mine: mine[field],
    theirs: change.after,
  }));
  const theirs = { ...mine, ...Object.fromEntries(fields.map(({ field, theirs: value }) => [field, value])) };
  await db.syncConflicts.put({
    docId: revision.docId,
    type: event.entity,
    table: spec.table(db).name,
    recordId: event.entityId,
    title: recordTitle(event.entity, mine),
    fields,
    mine: { record: mine, by: 'This workstation', at: String(mine.updatedAt ?? '') },
    theirs: { record: theirs, by: event.actor.staffName, at: event.at },
    foundAt: event.at,
    base: null,
    theirRev: revision.rev,
  } as SyncConflict);
}

/** Saves the officer's choice per field as the record's next version (audited) and clears the conflict. */
export async function resolveConflict(
  ctx: WriteContext,
  docId: string,
  choices: ConflictChoices,
): Promise<void> {
  const { db } = ctx;
  const conflict = await db.syncConflicts.get(docId);
  if (!conflict) throw new NotFoundError('This conflict');
  const missing = conflict.fields.filter(
    ({ field }) => choices[field] !== 'mine' && choices[field] !== 'theirs',
  );
  if (missing.length > 0)
    throw new ValidationError([
      {
        path: missing[0]!.field,
        message: `Choose which value to keep for ${missing.map((m) => m.field).join(', ')}.`,
      },
    ]);
  const spec = specOf(conflict.type);
  if (!spec) throw new NotFoundError('This record');
  const current = await spec.table(db).get(conflict.recordId);
  if (!current) throw new NotFoundError(spec.what);
  const chosen = Object.fromEntries(
    conflict.fields.map(({ field, mine, theirs }) => [field, choices[field] === 'mine' ? mine : theirs]),
  );
  const notes: Record<string, FieldChange> = Object.fromEntries(
    conflict.fields.map(({ field }) => [
      `${field} (kept)`,
      {
        after: choices[field] === 'mine' ? 'This workstation’s value' : 'The team server’s value',
      } as FieldChange,
    ]),
  );
  await updateRecord(
    ctx,
    spec,
    conflict.recordId,
    current.revision,
    async (record, database) => {
      await database.syncConflicts.delete(docId);
      const next: Record<string, unknown> = { ...record, ...chosen };
      for (const [field, value] of Object.entries(chosen)) if (value === undefined) delete next[field];
      const { id: _id, revision: _revision, createdAt: _created, updatedAt: _updated, ...body } = next;
      return body as never;
    },
    {
      action: CONFLICT_RESOLVED,
      notes,
      tables: [db.syncConflicts],
      annotate: () => ({ action: CONFLICT_RESOLVED, notes }),
    },
  );
}
