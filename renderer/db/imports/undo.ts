/**
 * Undoing an import in one step: the records it created are deleted and the people it updated get their
 * earlier details back, each with its own audit event (as the generic writes make them, written in bulk as
 * the import was), plus one `undo-import` event — in one transaction.
 * Refused, with nothing written, when the import was already undone or any of its records changed since
 * (edited, deleted, or given training, a project or a change request).
 */
import Dexie from 'dexie';
import type { AuditEvent, Person } from '../../../shared/domain';
import { fieldChanges } from '../../../shared/audit/diff';
import { chainedEvents, storeChainedEvents, type AuditEntry } from '../audit/append';
import type { DshDatabase } from '../database';
import { RefusedError } from '../errors';
import { instantOf, type WriteContext } from '../write/context';
import { ENTITIES } from '../write/entities';
import { validated } from '../write/validate';
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

/**
 * The names of the people created by the import that something now points at (training, a project, a
 * change request), read through the person indexes for all of them at once. Bookings need a membership,
 * so memberships cover them.
 */
async function attached(db: DshDatabase, people: readonly Person[]): Promise<string[]> {
  const ids = people.map((person) => person.id);
  const [training, memberships, requests] = await Promise.all([
    db.trainingRecords.where('personId').anyOf(ids).keys(),
    db.memberships.where('personId').anyOf(ids).keys(),
    db.changeRequests.where('personId').anyOf(ids).keys(),
  ]);
  const what = (id: string) =>
    [
      [training, 'training records'],
      [memberships, 'projects'],
      [requests, 'change requests'],
    ]
      .filter(([keys]) => (keys as unknown[]).includes(id))
      .map(([, words]) => words as string);
  return people.flatMap((person) => {
    const found = what(person.id);
    return found.length > 0 ? [`${person.name} now has ${found.join(' and ')}`] : [];
  });
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
  const tables = [db.people, db.trainingRecords, db.memberships, db.changeRequests, db.auditEvents, db.meta];
  return db.transaction('rw', tables, async () => {
    const own = await eventsOfImport(db, importId);
    const imported = own.find((event) => event.action === 'import');
    if (!imported) throw new RefusedError(['No such import is recorded.'], 'This import cannot be undone.');
    if (own.some((event) => event.action === 'undo-import')) {
      throw new RefusedError(['It was already undone.'], 'This import cannot be undone.');
    }
    const file = String(imported.changes['file']?.after ?? 'the file');
    const events = await recordEvents(db, imported, importId);
    const created = events.filter((event) => event.action === 'create');
    const updated = events.filter((event) => event.action !== 'create');
    const [people, training, changed] = await Promise.all([
      db.people.bulkGet(created.filter((e) => e.entity === 'person').map((e) => e.entityId)),
      db.trainingRecords.bulkGet(created.filter((e) => e.entity !== 'person').map((e) => e.entityId)),
      db.people.bulkGet(updated.map((e) => e.entityId)),
    ]);
    const problems: string[] = [];
    if ([...people, ...training, ...changed].some((record) => record === undefined)) {
      problems.push('a record it brought in was deleted since');
    }
    const edited = [...people, ...training].filter((record) => record && record.revision !== 1);
    changed.forEach((person, index) => {
      if (person && person.revision !== Number(updated[index]!.changes['revision']?.after))
        edited.push(person);
    });
    for (const record of edited.slice(0, 5)) {
      problems.push(`${record && 'name' in record ? record.name : 'a training record'} was changed since`);
    }
    const present = people.filter((person): person is Person => person !== undefined);
    problems.push(...(await attached(db, present)).slice(0, 5));
    if (problems.length > 0) {
      throw new RefusedError(
        [...problems, 'Correct those records by hand instead.'],
        `The import of ${file} cannot be undone:`,
      );
    }
    const reason = `Import of ${file} undone`;
    const now = instantOf(ctx);
    const entries: AuditEntry[] = [...people, ...training].flatMap((record) =>
      record
        ? [
            {
              entity: 'email' in record ? ENTITIES.person.entity : ENTITIES.trainingRecord.entity,
              entityId: record.id,
              action: 'delete',
              changes: fieldChanges(record, undefined),
              reason,
            },
          ]
        : [],
    );
    const restoredPeople = changed.flatMap((person, index) => {
      if (!person) return [];
      const body = restored(person, updated[index]!);
      const next = validated(ENTITIES.person.schema, {
        ...body,
        id: person.id,
        revision: person.revision,
        createdAt: person.createdAt,
        updatedAt: person.updatedAt,
      });
      entries.push({
        entity: ENTITIES.person.entity,
        entityId: person.id,
        action: 'update',
        changes: fieldChanges(person, next),
        reason,
      });
      return [{ ...next, revision: person.revision + 1, updatedAt: now }];
    });
    await db.trainingRecords.bulkDelete(training.flatMap((record) => (record ? [record.id] : [])));
    await db.people.bulkDelete(people.flatMap((record) => (record ? [record.id] : [])));
    await db.people.bulkPut(restoredPeople);
    const removed = created.length;
    entries.push({
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
    await storeChainedEvents(db, await chainedEvents(db, ctx, entries));
    return { removed, restored: events.length - removed };
  });
}
