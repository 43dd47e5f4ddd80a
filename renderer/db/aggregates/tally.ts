/**
 * Sums per aggregate key: what records add (a rebuild) or what a write changes (the middleware: the rows
 * written count +1, the rows they replace or delete −1).
 */
import type { AggregateSpec } from './tables';

/** One key's sums. */
export interface TallyEntry {
  key: unknown[];
  sums: Record<string, number>;
}

/** Sums of one aggregate, by key (its JSON text, so compound keys compare by value). */
export class Tally {
  readonly entries = new Map<string, TallyEntry>();

  constructor(readonly spec: AggregateSpec) {}

  /** Adds `record`'s contribution `sign` times (+1 written, −1 replaced or deleted). */
  count(record: unknown, sign: 1 | -1): void {
    const found = this.spec.contribution(record as Record<string, unknown>);
    // A record lacking a key field (only a row written around the app's checks can) counts nowhere.
    if (!found || !found.key.every(isKeyPart)) return;
    const id = JSON.stringify(found.key);
    let entry = this.entries.get(id);
    if (!entry) {
      entry = { key: found.key, sums: {} };
      this.entries.set(id, entry);
    }
    for (const [field, value] of Object.entries(found.add)) {
      entry.sums[field] = (entry.sums[field] ?? 0) + sign * value;
    }
  }

  /** The entries that change something (a write that replaces a record by an equal one changes nothing). */
  changed(): TallyEntry[] {
    return [...this.entries.values()].filter((entry) => Object.values(entry.sums).some((n) => n !== 0));
  }
}

/** Whether `value` can be part of an aggregate's key. */
function isKeyPart(value: unknown): boolean {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

/** True when every sum of `row` is zero: the key counts nothing, and its row is deleted. */
export function isEmptyRow(spec: AggregateSpec, row: Record<string, unknown>): boolean {
  return spec.sums.every((field) => row[field] === 0);
}
