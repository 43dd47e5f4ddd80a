/**
 * "Keep what I typed" over a record changed elsewhere: a three-way merge of the form's values. What the
 * officer changed (typed differs from the base the form was opened on) is kept; what they did not touch takes
 * the latest stored value; rows added on both sides to a list are all kept (the stored ones first).
 */

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The values to show: `typed` changes over `latest`, judged against `base`. */
export function mergeValues(base: unknown, typed: unknown, latest: unknown): unknown {
  if (same(typed, base)) return latest;
  if (same(latest, base)) return typed;
  if (Array.isArray(base) && Array.isArray(typed) && Array.isArray(latest)) {
    return mergeLists(base, typed, latest);
  }
  if (isRecord(base) && isRecord(typed) && isRecord(latest)) {
    const keys = new Set([...Object.keys(typed), ...Object.keys(latest)]);
    return Object.fromEntries([...keys].map((key) => [key, mergeValues(base[key], typed[key], latest[key])]));
  }
  // Changed on both sides: what was typed wins (the stored value is shown beside it).
  return typed;
}

function mergeLists(base: unknown[], typed: unknown[], latest: unknown[]): unknown[] {
  const common = Math.min(base.length, typed.length, latest.length);
  const merged = Array.from({ length: common }, (_, i) => mergeValues(base[i], typed[i], latest[i]));
  // Rows beyond the base: the stored ones, then the typed ones (a row removed here stays removed).
  const storedAdded = latest.slice(Math.max(common, base.length));
  const typedAdded = typed.slice(Math.max(common, base.length));
  if (typed.length < base.length) return [...merged, ...storedAdded];
  if (latest.length < base.length) return [...merged, ...typedAdded];
  return [...merged, ...storedAdded, ...typedAdded];
}
