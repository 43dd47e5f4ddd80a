/**
 * Researchers. The e-mail address is unique among people; it is stored lower-cased (the schema does it), so
 * the unique index also refuses an address that differs only in letter case.
 */
import type { Person, PersonForm } from '../../../shared/domain';
import type { DshDatabase } from '../database';
import type { WriteContext } from '../write/context';
import { ENTITIES } from '../write/entities';
import { createRecord, updateRecord } from '../write/records';

/** Records a researcher; a second person with the same e-mail address is refused (DuplicateError). */
export function addPerson(ctx: WriteContext, form: PersonForm): Promise<Person> {
  return createRecord(ctx, ENTITIES.person, form);
}

/** Edits a researcher's details. */
export function updatePerson(
  ctx: WriteContext,
  id: string,
  expectedRevision: number,
  form: PersonForm,
): Promise<Person> {
  return updateRecord(ctx, ENTITIES.person, id, expectedRevision, () => form);
}

/** One person, or undefined. */
export function getPerson(db: DshDatabase, id: string): Promise<Person | undefined> {
  return db.people.get(id);
}

/** The person with this e-mail address (in any letter case), or undefined. */
export function findPersonByEmail(db: DshDatabase, email: string): Promise<Person | undefined> {
  return db.people.where('email').equals(email.trim().toLowerCase()).first();
}

/** How many people are recorded. */
export function countPeople(db: DshDatabase): Promise<number> {
  return db.people.count();
}
