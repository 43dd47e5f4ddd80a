/**
 * People's names as the officer searches and sorts them: accents and letter case folded ("lukasz" finds
 * "Łukasz"), every word of a name searchable ("nowak" finds "Dr Anna Nowak"), and the register ordered by
 * family name with titles set aside (so "Prof" and "Dr" do not split it in two).
 */

/** Titles a name may start with; they are neither searched for as a name nor sorted by. */
export const HONORIFICS = ['dr', 'prof', 'professor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'sir', 'dame'];

/** Folds letter case and accents, so "lukasz" finds "Łukasz" and "zoe" finds "Zoë". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .trim();
}

/** The folded words of a text ("Mary-Jane O'Neil" → mary, jane, oneil; an e-mail address stays whole). */
export function searchWords(text: string): string[] {
  return foldForSearch(text)
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}@._]+/u)
    .filter((word) => word !== '');
}

/** The words of a name without a leading title ("Dr Anna Nowak" → anna, nowak). */
function nameWords(name: string): string[] {
  const words = foldForSearch(name)
    .split(/\s+/)
    .filter((word) => word !== '');
  while (words.length > 1 && HONORIFICS.includes(words[0]!.replace(/\.$/, ''))) words.shift();
  return words;
}

/** The key a name sorts by: family name (its last word), then the given names; titles aside. */
export function familyNameKey(name: string): string {
  const words = nameWords(name);
  const family = words.at(-1) ?? '';
  return `${family}\u0000${words.slice(0, -1).join(' ')}`;
}

/** True when every word typed starts a word of `words` ("now ann" matches "Dr Anna Nowak"). */
export function matchesEveryWord(words: readonly string[], typed: string): boolean {
  const wanted = searchWords(typed);
  return wanted.length > 0 && wanted.every((part) => words.some((word) => word.startsWith(part)));
}
