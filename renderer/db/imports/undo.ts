/**
 * Undoing an import in one step: the records it created (people, training, projects, bookings) are deleted and the people it updated get their
 * earlier details back, each with its own audit event (as the generic writes make them, written in bulk as
 * the import was), plus one `undo-import` event — in one transaction.
 * Refused, with nothing written, when the import was already undone or any of its records changed since
 * (edited, deleted, or given training, a project or a change request).
 */
import Dexie from 'dexie';
import type { AuditEvent, Person, Project } from '../../../shared/domain';
import { fieldChanges } from '../../../shared/audit/diff';
import { chainedEvents, storeChainedEvents, type AuditEntry } from '../audit/append';
import type { DshDatabase } from '../database';
import { RefusedError } from '../errors';
import { instantOf, type WriteContext } from '../write/context';
import { ENTITIES } from '../write/entities';
import { validated } from '../write/validate';
import { IMPORT_NOTE } from './run';
import { attached, projectAttachments } from './undo-checks';

/** The events of one import (its own `import` event, and `undo-import` once undone), oldest first. */
function eventsOfImport(db: DshDatabase, importId: string): Promise<AuditEvent[]> {
  return db.auditEvents
    .where('[entity+entityId+seq]')
    .between(['database', importId, Dexie.minKey], ['database', importId, Dexie.maxKey])
    .toArray();
}

/** The record events an import wrote: just before its own event, in the same transaction. */
async function recordEvents(db: DshDatabase, event: AuditEvent, importId: string): Promise<AuditEvent[]> {
  const written = Number(
    event.changes['events']?.after ??
      Number(event.changes['created']?.after ?? 0) + Number(event.changes['updated']?.after ?? 0),
  );
  const events = await db.auditEvents
    .where('seq')
    .between(event.seq - written - 1, event.seq)
    .toArray();
  return events.filter((candidate) => candidate.changes[IMPORT_NOTE]?.after === importId);
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
    db.projects,
    db.memberships,
    db.changeRequests,
    db.setupTasks,
    db.bookings,
    db.closureRecords,
    db.certificates,
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
    const created = events.filter((event) => event.action === 'create');
    const updated = events.filter((event) => event.action !== 'create');
    const ids = (entity: string) => created.filter((e) => e.entity === entity).map((e) => e.entityId);
    const [people, training, projects, memberships, bookings, changed] = await Promise.all([
      db.people.bulkGet(ids('person')),
      db.trainingRecords.bulkGet(ids('training-record')),
      db.projects.bulkGet(ids('project')),
      db.memberships.bulkGet(ids('membership')),
      db.bookings.bulkGet(ids('booking')),
      db.people.bulkGet(updated.map((e) => e.entityId)),
    ]);
    // A booking cancelled since counts as changed: its cancellation (and reason) is not undone silently.
    const all = [...people, ...training, ...projects, ...memberships, ...bookings];
    const problems: string[] = [];
    if ([...all, ...changed].some((record) => record === undefined)) {
      problems.push('a record it brought in was deleted since');
    }
    const edited: Record<string, unknown>[] = all.filter(
      (record) => record && record.revision !== 1,
    ) as never;
    changed.forEach((person, index) => {
      if (person && person.revision !== Number(updated[index]!.changes['revision']?.after))
        edited.push(person);
    });
    for (const record of edited.slice(0, 5)) {
      const name = record['name'] ?? record['reference'];
      problems.push(`${typeof name === 'string' ? name : 'a record it brought in'} was changed since`);
    }
    const present = people.filter((person): person is Person => person !== undefined);
    problems.push(...(await attached(db, present, ids('membership'))).slice(0, 5));
    const presentProjects = projects.filter((project): project is Project => project !== undefined);
    problems.push(...(await projectAttachments(db, presentProjects, ids('membership'))).slice(0, 5));
    if (problems.length > 0) {
      throw new RefusedError(
        [...problems, 'Correct those records by hand instead.'],
        `The import of ${file} cannot be undone:`,
      );
    }
    const reason = `Import of ${file} undone`;
    const now = instantOf(ctx);
    const byId = new Map(all.flatMap((record) => (record ? [[record.id, record] as const] : [])));
    const entries: AuditEntry[] = created.map((event) => ({
      entity: event.entity,
      entityId: event.entityId,
      action: 'delete',
      changes: fieldChanges(byId.get(event.entityId), undefined),
      reason,
    }));
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
    await db.bookings.bulkDelete(ids('booking'));
    await db.memberships.bulkDelete(ids('membership'));
    await db.projects.bulkDelete(ids('project'));
    await db.trainingRecords.bulkDelete(ids('training-record'));
    await db.people.bulkDelete(ids('person'));
    await db.people.bulkPut(restoredPeople);
    // Memberships go with their projects: the count is of the records the preview counted.
    const removed = created.length - memberships.length;
    entries.push({
      entity: 'database',
      entityId: importId,
      action: 'undo-import',
      changes: {
        file: { after: file },
        removed: { after: removed },
        restored: { after: updated.length },
      },
      reason,
    });
    await storeChainedEvents(db, await chainedEvents(db, ctx, entries));
    return { removed, restored: updated.length };
  });
}
