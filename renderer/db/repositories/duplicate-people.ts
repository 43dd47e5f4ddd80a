/**
 * People recorded twice: two officers offline can each record the same researcher (one e-mail address), and
 * both records arrive through team sync (no index refuses a synced row). They are found here, and merged in
 * one transaction: everything the duplicate is linked to (training, memberships, bookings, change requests,
 * projects they lead) moves to the person kept, one audited change per record, and the duplicate is deleted
 * with an event saying into whom it was merged.
 */
import type { Person } from '../../../shared/domain';
import type { DshDatabase } from '../database';
import { NotFoundError, RefusedError } from '../errors';
import type { WriteContext } from '../write/context';
import { ENTITIES, type EntitySpec, type StoredRecord } from '../write/entities';
import { deleteRecord, updateRecord } from '../write/records';

/** One e-mail address held by more than one person. */
export interface DuplicatePeople {
  email: string;
  people: Person[];
}

/** E-mail addresses held by more than one person (at most `limit` of them), read through the e-mail index. */
export async function findDuplicatePeople(db: DshDatabase, limit = 20): Promise<DuplicatePeople[]> {
  const emails = (await db.people.orderBy('email').keys()) as string[];
  const repeated: string[] = [];
  for (let index = 1; index < emails.length && repeated.length < limit; index += 1)
    if (emails[index] === emails[index - 1] && repeated.at(-1) !== emails[index])
      repeated.push(emails[index]!);
  return Promise.all(
    repeated.map(async (email) => ({
      email,
      people: await db.people.where('email').equals(email).sortBy('createdAt'),
    })),
  );
}

/** Moves one linked record from the duplicate to the person kept (or deletes it when `drop` says so). */
async function relink<T extends StoredRecord>(
  ctx: WriteContext,
  spec: EntitySpec<T>,
  rows: T[],
  move: (row: T) => Omit<T, keyof StoredRecord> | null,
  reason: string,
): Promise<void> {
  for (const row of rows) {
    const moved = move(row);
    if (moved)
      await updateRecord(ctx, spec, row.id, row.revision, () => moved, { action: 'merge-person', reason });
    else await deleteRecord(ctx, spec, row.id, row.revision, { action: 'merge-person', reason });
  }
}

/** Merges person `dropId` into `keepId`; refuses people with different e-mail addresses. */
export async function mergePeople(ctx: WriteContext, keepId: string, dropId: string): Promise<Person> {
  const { db } = ctx;
  const tables = [db.people, db.memberships, db.trainingRecords, db.bookings, db.changeRequests, db.projects];
  return db.transaction('rw', [...tables, db.auditEvents, db.meta], async () => {
    const [keep, drop] = await Promise.all([db.people.get(keepId), db.people.get(dropId)]);
    if (!keep || !drop) throw new NotFoundError('This person');
    if (keepId === dropId)
      throw new RefusedError(['Choose two different records to merge.'], 'Nothing was merged.');
    if (keep.email !== drop.email)
      throw new RefusedError(
        ['Only records with the same e-mail address can be merged.'],
        'Nothing was merged.',
      );
    const reason = `${drop.name} (recorded twice) merged into ${keep.name} <${keep.email}>.`;
    const without = <T extends StoredRecord>(row: T) => {
      const { id: _id, revision: _revision, createdAt: _created, updatedAt: _updated, ...body } = row;
      return body;
    };
    const keptOn = new Set(
      (await db.memberships.where('personId').equals(keepId).toArray()).map((m) => m.projectId),
    );
    await relink(
      ctx,
      ENTITIES.membership,
      await db.memberships.where('personId').equals(dropId).toArray(),
      // Already a member through the record kept: the duplicate's membership goes.
      (m) => (keptOn.has(m.projectId) ? null : { ...without(m), personId: keepId }),
      reason,
    );
    for (const spec of [ENTITIES.trainingRecord, ENTITIES.booking, ENTITIES.changeRequest] as const) {
      const rows = (await spec.table(db).where('personId').equals(dropId).toArray()) as StoredRecord[];
      await relink(
        ctx,
        spec as EntitySpec<StoredRecord>,
        rows,
        (row) => ({ ...without(row), personId: keepId }),
        reason,
      );
    }
    await relink(
      ctx,
      ENTITIES.project,
      await db.projects.where('onboarding.leadResearcherId').equals(dropId).toArray(),
      (p) => ({ ...without(p), onboarding: { ...p.onboarding, leadResearcherId: keepId } }) as never,
      reason,
    );
    await deleteRecord(ctx, ENTITIES.person, dropId, drop.revision, { action: 'merge-person', reason });
    return keep;
  });
}
