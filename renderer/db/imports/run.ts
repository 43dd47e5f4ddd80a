/**
 * Importing a previewed plan in ONE transaction, so a file is imported whole or not at all: every new record
 * validated by its schema as a typed one is, one audit event per record (each noting the import), the people
 * it updates, and one `import` event for the whole file with its name, SHA-256 and counts. Bookings are
 * judged by every booking rule again inside the transaction before any record is written.
 *
 * Why new records are not added one createRecord at a time: each of those reads the log's end before
 * writing, ~6 round trips a row (about 180 rows a second in Chromium). Here the records are validated in
 * memory by the same schemas, written in bulk, and their events (the same ones the generic writes make)
 * chained in one go with the audit module's own chainedEvents, in the same transaction.
 */
import type { FieldChange } from '../../../shared/audit/diff';
import { fieldChanges } from '../../../shared/audit/diff';
import type { Booking, Person, TrainingRecord } from '../../../shared/domain';
import { chainedEvents, storeChainedEvents, type AuditEntry } from '../audit/append';
import { DuplicateError, NotFoundError, StaleRecordError } from '../errors';
import { bookingTables } from '../repositories/bookings';
import { instantOf, type WriteContext } from '../write/context';
import { ENTITIES } from '../write/entities';
import { validated } from '../write/validate';
import { newProjects } from './new-projects';
import { checkBookingsAgain } from './plan-bookings';
import { planCounts, type ImportPlan } from './plan';

/** The file an import came from. */
export interface ImportedFile {
  name: string;
  sha256: string;
}

/** What an import did, for the page and for its undo. */
export interface ImportOutcome {
  importId: string;
  created: number;
  updated: number;
  unchanged: number;
  refused: number;
}

/** The note every record event of an import carries, naming the import (undo finds its records by it). */
export const IMPORT_NOTE = 'import';

/** Reports how far an import has got (records written so far of all to write). */
export type ImportProgress = (done: number, total: number) => void;

/** Records added per bulk write, so progress moves and no single request is huge. */
const CHUNK = 500;

/** The new records of the plan, validated, with their `create` events. */
function newRecords(ctx: WriteContext, plan: ImportPlan, note: Record<string, FieldChange>, reason: string) {
  const now = instantOf(ctx);
  const people: Person[] = [];
  const training: TrainingRecord[] = [];
  const bookings: Booking[] = [];
  const entries: AuditEntry[] = [];
  const stamp = { revision: 1, createdAt: now, updatedAt: now };
  for (const row of plan.rows) {
    let record: Person | TrainingRecord | Booking;
    if (row.action === 'create-booking') {
      const booking = { ...row.booking.form, status: 'booked', id: crypto.randomUUID(), ...stamp };
      record = validated(ENTITIES.booking.schema, booking);
      bookings.push(record);
    } else if (row.action === 'create-person') {
      record = validated(ENTITIES.person.schema, { ...row.form, id: crypto.randomUUID(), ...stamp });
      people.push(record);
    } else if (row.action === 'create-training') {
      record = validated(ENTITIES.trainingRecord.schema, { ...row.form, id: crypto.randomUUID(), ...stamp });
      training.push(record);
    } else continue;
    const entity =
      'sessionId' in record
        ? ENTITIES.booking.entity
        : 'email' in record
          ? ENTITIES.person.entity
          : ENTITIES.trainingRecord.entity;
    entries.push({
      entity,
      entityId: record.id,
      action: 'create',
      changes: { ...fieldChanges(undefined, record), ...note },
      reason,
    });
  }
  return { people, training, bookings, entries };
}

/**
 * Stores the plan's updates of people (each still at the revision previewed, else nothing is imported) and
 * returns their `update` events, which note the revision they made.
 */
async function updates(
  ctx: WriteContext,
  plan: ImportPlan,
  note: Record<string, FieldChange>,
  reason: string,
): Promise<AuditEntry[]> {
  const { db } = ctx;
  const rows = plan.rows.filter((row) => row.action === 'update-person');
  const current = await db.people.bulkGet(rows.map((row) => row.id));
  const now = instantOf(ctx);
  const stored: Person[] = [];
  const entries: AuditEntry[] = rows.map((row, index) => {
    const person = current[index];
    if (!person) throw new NotFoundError(ENTITIES.person.what);
    if (person.revision !== row.revision) throw new StaleRecordError();
    const { id, revision, createdAt, updatedAt } = person;
    const next = validated(ENTITIES.person.schema, { ...row.form, id, revision, createdAt, updatedAt });
    stored.push({ ...next, revision: revision + 1, updatedAt: now });
    return {
      entity: ENTITIES.person.entity,
      entityId: id,
      action: 'update',
      changes: {
        ...fieldChanges(person, next),
        ...note,
        revision: { before: revision, after: revision + 1 },
      },
      reason,
    };
  });
  await db.people.bulkPut(stored);
  return entries;
}

/** Writes the plan's good rows and the import's own event in one transaction; any failure writes nothing. */
export async function runImport(
  ctx: WriteContext,
  plan: ImportPlan,
  file: ImportedFile,
  progress: ImportProgress = () => {},
): Promise<ImportOutcome> {
  const { db } = ctx;
  const importId = `import-${crypto.randomUUID()}`;
  const counts = planCounts(plan);
  const reason = `Imported from ${file.name}`;
  const note = { [IMPORT_NOTE]: { after: importId } };
  const total = counts.created + counts.updated;
  try {
    const tables = [
      ...new Set([
        db.people,
        db.trainingRecords,
        db.projects,
        db.memberships,
        ...bookingTables(db),
        db.counters,
        db.auditEvents,
        db.meta,
      ]),
    ];
    await db.transaction('rw', tables, async () => {
      await checkBookingsAgain(
        db,
        plan.rows.flatMap((row) =>
          row.action === 'create-booking' ? [{ ...row, form: row.booking.form }] : [],
        ),
        ctx.now?.() ?? new Date(),
      );
      const { people, training, bookings, entries } = newRecords(ctx, plan, note, reason);
      const created = await newProjects(ctx, plan, note, reason);
      entries.push(...created.entries);
      const personIds = [...new Set(training.map((record) => record.personId))];
      if ((await db.people.bulkGet(personIds)).some((person) => person === undefined)) {
        throw new NotFoundError('A person this training belongs to');
      }
      let done = 0;
      for (const [table, records] of [
        [db.people, people],
        [db.trainingRecords, training],
        [db.projects, created.projects],
        [db.memberships, created.memberships],
        [db.bookings, bookings],
      ] as const) {
        for (let i = 0; i < records.length; i += CHUNK) {
          const chunk = records.slice(i, i + CHUNK);
          await (table as typeof db.people).bulkAdd(chunk as Person[]);
          done += chunk.length;
          progress(Math.min(done, total), total);
        }
      }
      entries.push(...(await updates(ctx, plan, note, reason)));
      progress(total, total);
      const recordEvents = entries.length;
      entries.push({
        entity: 'database',
        entityId: importId,
        action: 'import',
        changes: {
          events: { after: recordEvents },
          file: { after: file.name },
          sha256: { after: file.sha256 },
          records: { after: plan.shape },
          created: { after: counts.created },
          updated: { after: counts.updated },
          unchanged: { after: counts.unchanged },
          refused: { after: counts.refused },
        },
        reason: `Imported ${file.name}`,
      });
      await storeChainedEvents(db, await chainedEvents(db, ctx, entries));
    });
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    if (name === 'BulkError' || name === 'ConstraintError') {
      throw new DuplicateError(
        'Someone recorded one of these people since the preview, so nothing was imported. Preview the file again.',
      );
    }
    throw error;
  }
  return { importId, ...counts };
}
