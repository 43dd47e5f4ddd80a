/**
 * Values a backup's rows must not share: the pairs a record is known by in the team (one membership per
 * project and person, one set-up task per project and kind, one closure checklist per project — each is one
 * document on the team server). Since schema version 4 IndexedDB refuses none of them (records from other
 * workstations must always apply), and values two offline officers can both enter (an e-mail address, a
 * reference) may legitimately repeat, so only these are checked: during the check, before anything is asked,
 * saying which table, value and rows.
 */
import type { DshDatabase } from '../database';
import { BackupRefusedError } from './refusal';

interface UniqueIndex {
  name: string;
  keyPath: string | string[];
  /** Each value seen so far (as JSON) and the row that holds it. */
  seen: Map<string, number>;
}

/** Whether IndexedDB would index `value` (only strings, numbers and arrays of them are kept in an index). */
function indexable(value: unknown): boolean {
  if (typeof value === 'string') return true;
  if (typeof value === 'number') return !Number.isNaN(value);
  return Array.isArray(value) && value.length > 0 && value.every(indexable);
}

function valueAt(row: Record<string, unknown>, keyPath: string | string[]): unknown {
  return Array.isArray(keyPath) ? keyPath.map((part) => row[part]) : row[keyPath];
}

function shown(value: unknown): string {
  return Array.isArray(value) ? value.map((part) => `“${String(part)}”`).join(' and ') : `“${String(value)}”`;
}

/** Tracks the unique values of every table of `db` as a backup's rows are read. */
export class UniqueValues {
  private readonly byTable = new Map<string, UniqueIndex[]>();

  constructor(db: DshDatabase) {
    for (const [table, keyPath] of [
      [db.memberships.name, ['projectId', 'personId']],
      [db.setupTasks.name, ['projectId', 'kind']],
      [db.closureRecords.name, 'projectId'],
    ] as const) {
      const path = typeof keyPath === 'string' ? keyPath : [...keyPath];
      this.byTable.set(table, [{ name: String(path), keyPath: path, seen: new Map() }]);
    }
  }

  /** Records row `number` of `table`; refuses it when it repeats a value that must be unique. */
  check(table: string, row: Record<string, unknown>, number: number): void {
    for (const index of this.byTable.get(table) ?? []) {
      const value = valueAt(row, index.keyPath);
      if (!indexable(value)) continue;
      const key = JSON.stringify(value);
      const first = index.seen.get(key);
      if (first !== undefined) {
        const field = Array.isArray(index.keyPath) ? index.keyPath.join(' and ') : index.keyPath;
        throw new BackupRefusedError(
          `Rows ${first} and ${number} of the ${table} table both have ${shown(value)} as their ${field}, which must be unique, so this backup cannot be restored as it is.`,
        );
      }
      index.seen.set(key, number);
    }
  }
}
