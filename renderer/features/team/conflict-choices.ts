/** What the Conflicts page needs besides its view: the fields still without a choice, and lists in words. */
import type { ConflictChoices, ConflictRow } from '../../sync/types';

/** The conflicting fields of `row` that have no choice yet, in the row's order. */
export function missingChoices(
  row: Pick<ConflictRow, 'fields'>,
  choices: Partial<ConflictChoices>,
): string[] {
  return row.fields.map(({ field }) => field).filter((field) => choices[field] === undefined);
}

/** "A", "A and B", "A, B and C". */
export function listWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
