/**
 * The before and after of each field an audit event changed, as short text for the Audit page: strings as
 * they are, other values as compact JSON, long ones cut with "…" (the whole value stays in the log and in
 * any backup).
 */
import { canonicalJson } from '../canonical-json';
import type { FieldChange } from './diff';
import { fieldTitle } from './field-labels';

/** One changed field: its name, its label in words, and its value before and after ("—" where none). */
export interface ChangeLine {
  field: string;
  label: string;
  before: string;
  after: string;
}

/** Shown where a field had no value (before a creation, after a deletion). */
export const NO_VALUE = '—';

function shown(value: unknown, max: number): string {
  if (value === undefined || value === null || value === '') return NO_VALUE;
  const text = typeof value === 'string' ? value : canonicalJson(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The event's changed fields in the order they were recorded, each value at most `max` characters. */
export function changeLines(changes: Readonly<Record<string, FieldChange>>, max = 120): ChangeLine[] {
  return Object.entries(changes).map(([field, change]) => ({
    field,
    label: fieldTitle(field),
    before: shown(change.before, max),
    after: shown(change.after, max),
  }));
}
