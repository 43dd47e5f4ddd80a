/**
 * Ending a message with exactly one full stop. Messages are often built from text that may already end a
 * sentence (an officer's reason "Funding finished.", a library's error message), and `${text}.` would then
 * read "Funding finished.." — so the stop is added only where the text does not already end in one.
 */

// A sentence already ends at . ! ? or …, possibly followed by a closing quote or bracket ("…finished.)").
const ENDS_A_SENTENCE = /[.!?…]["'”’)\]]*$/;

/** `text` trimmed, ending in a full stop unless it already ends in . ! ? or … ("" stays ""). */
export function sentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '' || ENDS_A_SENTENCE.test(trimmed)) return trimmed;
  return `${trimmed}.`;
}
