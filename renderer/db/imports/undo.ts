/**
 * Undoing an import in one step: the records it created are deleted and the people it updated get their
 * earlier details back, each with its own audit event, plus one `undo-import` event — in one transaction.
 * Refused, with nothing written, when the import was already undone or any of its records changed since
 * (edited, deleted, or given training, a project, a booking or a change request).
 */
import Dexie from 'dexie';
import type { AuditEvent, Person } from '../../../shared/domain';
import { appendAuditEvent } from '../audit/append';
import type { DshDatabase } from '../database';
import { RefusedError } from '../errors';
import type { WriteContext } from '../write/context';
import { ENTITIES } from '../write/entities';
import { deleteRecord, updateRecord } from '../write/records';
import { IMPORT_NOTE } from './run';

/** The events of one import (its own `import` event, and `undo-import` once undone), oldest first. */
function eventsOfImport(db: DshDatabase, importId: string): Promise<AuditEvent[]> {
  return db.auditEvents
    .where('[entity+entityId+seq]')
    .between(['database', importId, Dexie.minKey], ['database', importId, Dexie.maxKey])
    .toArray();
}

/** The record events an import wrote: just before its own event, in the same transaction. */
async function recordEvents(db: DshDatabase, event: AuditEvent, importId: string): Promise<AuditEvent[]> {
  const written = Number(event.changes['created']?.after ?? 0) + Number(event.changes['updated']?.after ?? 0);
  const events = await db.auditEvents
    .where('seq')
    .between(event.seq - written - 1, event.seq)
    .toArray();
  return events.filter((candidate) => candidate.changes[IMPORT_NOTE]?.after === importId);
}

/** Why a person created by the import cannot simply be deleted (something now points at them). */
async function attachments(db: DshDatabase, person: Person): Promise<string | undefined> {
  const bookings = await db.bookings
    .where('[personId+date]')
    .between([person.id, Dexie.minKey], [person.id, Dexie.maxKey])
    .count();
  const counts: [number, string][] = [
    [await db.trainingRecords.where('personId').equals(person.id).count(), 'training records'],
    [await db.memberships.where('personId').equals(person.id).count(), 'projects'],
    [bookings, 'bookings'],
    [await db.changeRequests.where('personId').equals(person.id).count(), 'change requests'],
  ];
  const found = counts.filter(([count]) => count > 0).map(([, what]) => what);
  return found.length > 0 ? `${person.name} now has ${found.join(' and ')}` : undefined;
}

/** The person's details before the import's update (fields the update changed, set back). */
function restored(
  current: Person,
  event: AuditEvent,
): Omit<Person, 'id' | 'revision' | 'createdAt' | 'updatedAt'> {
  const { id: _id, revision: _revision, createdAt: _created, updatedAt: _updated, ...body } = current;
  const back: Record<string, unknown> = { ...body };
  for (const [field, change] of Object.entries(event.changes)) {
    if (field === IMPORT_NOTE || field === 'revision') continue;
    if (change.before === undefined) delete back[field];
    else back[field] = change.before;
  }
  return back as Omit<Person, 'id' | 'revision' | 'createdAt' | 'updatedAt'>;
}

/** Undoes the import `importId`; a RefusedError says why when it cannot be undone. */
export async function undoImport(
  ctx: WriteContext,
  importId: string,
): Promise<{ removed: number; restored: number }> {
  const { db } = ctx;
  const tables = [
    db.people,
    db.trainingRecords,
    db.memberships,
    db.bookings,
    db.changeRequests,
    db.auditEvents,
    db.meta,
  ];
  return db.transaction('rw', tables, async () => {
    const own = await eventsOfImport(db, importId);
    const imported = own.find((event) => event.action === 'import');
    if (!imported) throw new RefusedError(['No such import is recorded.'], 'This import cannot be undone.');
    if (own.some((event) => event.action === 'undo-import')) {
      throw new RefusedError(['It was already undone.'], 'This import cannot be undone.');
    }
    const file = String(imported.changes['file']?.after ?? 'the file');
    const events = await recordEvents(db, imported, importId);
    const problems: string[] = [];
    for (const event of events) {
      const spec = event.entity === 'person' ? ENTITIES.person : ENTITIES.trainingRecord;
      const current = await spec.table(db).get(event.entityId);
      const revision = event.action === 'create' ? 1 : Number(event.changes['revision']?.after);
      if (!current)
        problems.push(`a record it ${event.action === 'create' ? 'created' : 'updated'} was deleted since`);
      else if (current.revision !== revision)
        problems.push(`${'name' in current ? current.name : 'a training record'} was changed since`);
      else if (event.entity === 'person' && event.action === 'create') {
        const attached = await attachments(db, current as Person);
        if (attached) problems.push(attached);
      }
      if (problems.length >= 5) break;
    }
    if (problems.length > 0) {
      throw new RefusedError(
        [...problems, 'Correct those records by hand instead.'],
        `The import of ${file} cannot be undone:`,
      );
    }
    const reason = `Import of ${file} undone`;
    let removed = 0;
    for (const event of [...events].reverse()) {
      if (event.action === 'create') {
        if (event.entity === 'person')
          await deleteRecord(ctx, ENTITIES.person, event.entityId, 1, { reason });
        else await deleteRecord(ctx, ENTITIES.trainingRecord, event.entityId, 1, { reason });
        removed += 1;
      } else {
        const revision = Number(event.changes['revision']?.after);
        await updateRecord(
          ctx,
          ENTITIES.person,
          event.entityId,
          revision,
          (current) => restored(current, event),
          { reason },
        );
      }
    }
    await appendAuditEvent(db, ctx, {
      entity: 'database',
      entityId: importId,
      action: 'undo-import',
      changes: {
        file: { after: file },
        removed: { after: removed },
        restored: { after: events.length - removed },
      },
      reason,
    });
    return { removed, restored: events.length - removed };
  });
}
