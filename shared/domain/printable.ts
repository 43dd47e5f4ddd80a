/**
 * Which characters the fonts DSH Desk ships can print, known without loading them: the fields whose text
 * is printed on a certificate refuse any other character as it is typed, naming it, instead of the PDF
 * refusing later. The table is taken from the fonts (a test checks it still matches them).
 */
import { PRINTABLE_RANGES } from './printable-ranges';

/**
 * Characters that take no glyph of their own (joiners, variation selectors, direction marks): they are
 * never refused for want of a glyph, and are drawn with the font of the letter before them.
 */
export function isInvisible(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    code === 0x2060 ||
    code === 0xfeff
  );
}

/** True when a shipped font has a glyph for the code point (binary search of the ranges). */
function inTable(code: number): boolean {
  let low = 0;
  let high = PRINTABLE_RANGES.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (code < PRINTABLE_RANGES[middle * 2]!) high = middle - 1;
    else if (code > PRINTABLE_RANGES[middle * 2 + 1]!) low = middle + 1;
    else return true;
  }
  return false;
}

/** True when a document can print the character (white space and invisible marks always can). */
export function isPrintable(character: string): boolean {
  const code = character.codePointAt(0)!;
  return /\s/u.test(character) || isInvisible(code) || inTable(code);
}

/** "U+1F600". */
export function codePointName(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The characters of `text` no shipped font can print, once each, in order. */
export function unprintableCharacters(text: string): string[] {
  const found = new Set<string>();
  for (const character of text.normalize('NFC')) if (!isPrintable(character)) found.add(character);
  return [...found];
}

/** `“한” (U+D55C)`: a character as a message names it. */
export function characterWords(character: string): string {
  return `“${character}” (${codePointName(character.codePointAt(0)!)})`;
}

/** The message for a field holding characters that cannot be printed, or undefined when all can. */
export function unprintableMessage(label: string, text: string): string | undefined {
  const bad = unprintableCharacters(text);
  if (bad.length === 0) return undefined;
  const listed = bad.slice(0, 5).map(characterWords).join(', ');
  const more = bad.length > 5 ? ` and ${bad.length - 5} more` : '';
  return `${label} contains ${bad.length === 1 ? 'a character' : 'characters'} the certificate cannot print: ${listed}${more}. Write ${bad.length === 1 ? 'it' : 'them'} another way, for example as a transliteration.`;
}
