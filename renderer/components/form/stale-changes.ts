/**
 * Why a save was refused as stale, in the officer's words: which fields were changed since the form was
 * opened, by whom and when, read from the record's audit history.
 */
import { formatInstant } from '../../../shared/dates';
import type { AuditEvent, AuditedEntity } from '../../../shared/domain';
import { historyOf } from '../../db/audit';
import type { DshDatabase } from '../../db/database';

/** One change made elsewhere: who, when, and the names of the fields it changed. */
export interface ChangeElsewhere {
  staffName: string;
  at: string;
  fields: string[];
}

/** The names the officer knows the record's fields by (`phone` → "Phone number"). */
export type FieldLabels = Readonly<Record<string, string>>;

/** `pricePence` → "price pence": a fallback for a field the form does not name. */
export function humanised(field: string): string {
  return field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * The changes that took the record from `baseRevision` to `latestRevision`. Every write of a record adds one
 * revision and one event with its changes; events that wrote nothing to it (exports) are not counted.
 * With `labels`, only the fields the form shows are named (another part of the record may have changed too).
 */
export function changesSince(
  history: readonly AuditEvent[],
  baseRevision: number,
  latestRevision: number,
  labels?: FieldLabels,
): ChangeElsewhere[] {
  const writes = history.filter(
    (event) => event.action !== 'export' && Object.keys(event.changes).length > 0,
  );
  const count = Math.max(0, latestRevision - baseRevision);
  return writes.slice(writes.length - count).map((event) => ({
    staffName: event.actor.staffName,
    at: event.at,
    fields: Object.keys(event.changes)
      .filter((field) => !labels || field in labels)
      .map((field) => labels?.[field] ?? humanised(field)),
  }));
}

/** Reads the record's history and returns what changed after `baseRevision`. */
export async function readChangesSince(
  db: DshDatabase,
  entity: AuditedEntity,
  id: string,
  baseRevision: number,
  latestRevision: number,
  labels?: FieldLabels,
): Promise<ChangeElsewhere[]> {
  if (latestRevision <= baseRevision) return [];
  return changesSince(await historyOf(db, entity, id), baseRevision, latestRevision, labels);
}

/** "Phone number and Department changed by Alex Reed on 6 Dec 2026, 14:02." */
export function changeSentence(change: ChangeElsewhere): string {
  const fields = change.fields;
  const what =
    fields.length === 0
      ? 'Changed'
      : fields.length === 1
        ? `${fields[0]} changed`
        : `${fields.slice(0, -1).join(', ')} and ${fields.at(-1)} changed`;
  return `${what} by ${change.staffName} on ${formatInstant(change.at)}.`;
}
