/**
 * What changed between two versions of a record, field by field, as the audit log keeps it: the value
 * before and after each changed top-level field. Values are compared by their canonical JSON, so key order
 * and `undefined` members never count as a change.
 */
import { canonicalJson } from '../canonical-json';

/** A field's value before and after a change (absent before a creation, absent after a deletion). */
export type FieldChange = { before?: unknown; after?: unknown };

/** The bookkeeping fields every stored record carries; the audit log does not repeat them. */
export const BOOKKEEPING_FIELDS: readonly string[] = ['id', 'revision', 'createdAt', 'updatedAt'];

function same(a: unknown, b: unknown): boolean {
  if (a === undefined || b === undefined) return a === b;
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * The changed fields of `before` → `after` (either may be absent: a creation or a deletion), leaving out
 * `ignore`. An empty result means nothing changed.
 */
export function fieldChanges(
  before: object | undefined,
  after: object | undefined,
  ignore: readonly string[] = BOOKKEEPING_FIELDS,
): Record<string, FieldChange> {
  const was = before as Record<string, unknown> | undefined;
  const now = after as Record<string, unknown> | undefined;
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: Record<string, FieldChange> = {};
  for (const key of [...keys].sort()) {
    if (ignore.includes(key)) continue;
    const old = was?.[key];
    const value = now?.[key];
    if (same(old, value)) continue;
    const change: FieldChange = {};
    if (old !== undefined) change.before = old;
    if (value !== undefined) change.after = value;
    changes[key] = change;
  }
  return changes;
}

/** A copy of `value` without `undefined` members at any depth (what IndexedDB should store). */
export function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => withoutUndefined(item)) as T;
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value)) {
      if (member !== undefined) copy[key] = withoutUndefined(member);
    }
    return copy as T;
  }
  return value;
}
