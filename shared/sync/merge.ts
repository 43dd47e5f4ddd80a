/**
 * Three-way merge of one record by field. `base` is the version both edits started from (null when both sides
 * created the record independently), `mine` this workstation's, `theirs` the server's. A field changed on one
 * side only takes that change; a field changed alike on both sides is not a conflict; a field changed
 * differently on both sides is a conflict, and the merged record keeps theirs until an officer chooses.
 */
import { canonicalJson } from '../canonical-json';

/** One field both sides changed differently (`undefined`: that side removed the field). */
export interface FieldConflict {
  field: string;
  mine: unknown;
  theirs: unknown;
}

/** The merged record and the fields an officer must choose between. */
export interface MergeResult<T extends Record<string, unknown>> {
  merged: T;
  conflicts: FieldConflict[];
}

/** Fields that belong to CouchDB (`_id`, `_rev`, `_conflicts`…): not part of a record's content. */
const isServerField = (field: string) => field.startsWith('_');

/** Deep equality by canonical JSON; a missing field equals only another missing field. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === undefined || b === undefined) return a === b;
  return canonicalJson(a) === canonicalJson(b);
}

/** Merge options. */
export interface MergeOptions {
  /**
   * Bookkeeping fields the caller sets again when it saves the merge (`updatedAt`, `revision`): two edits of
   * different fields both change them, which is no conflict. The merged record keeps theirs.
   */
  recomputed?: readonly string[];
}

/** Merges `mine` and `theirs` field by field against `base`; fields are compared whole (deep-equal). */
export function mergeRecords<T extends Record<string, unknown>>(
  base: T | null,
  mine: T,
  theirs: T,
  options: MergeOptions = {},
): MergeResult<T> {
  const recomputed = new Set(options.recomputed ?? []);
  const merged: Record<string, unknown> = {};
  const conflicts: FieldConflict[] = [];
  const fields = new Set([...Object.keys(base ?? {}), ...Object.keys(mine), ...Object.keys(theirs)]);
  for (const field of [...fields].sort()) {
    if (isServerField(field)) continue;
    const was = base?.[field];
    const mineValue = mine[field];
    const theirValue = theirs[field];
    let value: unknown;
    if (recomputed.has(field) || sameValue(mineValue, theirValue)) value = theirValue;
    else if (sameValue(mineValue, was)) value = theirValue;
    else if (sameValue(theirValue, was)) value = mineValue;
    else {
      conflicts.push({ field, mine: mineValue, theirs: theirValue });
      value = theirValue;
    }
    if (value !== undefined) merged[field] = value;
  }
  return { merged: merged as T, conflicts };
}
