/**
 * The fonts a document adds beside Noto Sans (Latin, Greek, Cyrillic, Devanagari) for the scripts it lacks:
 * Arabic, Hebrew, Chinese and Japanese, and emoji. Each is embedded only when the document has a character
 * Noto Sans cannot print and that falls in the font's script, so a document in Latin letters makes exactly
 * the bytes it made before these fonts existed (certificates issued earlier still verify), and a font of
 * 10 MB is read only for the names that need it.
 */
import { subsetFontkit } from './subset-fontkit';

/** The fallback fonts, in the order a character is offered to them. */
export const FALLBACK_FONTS = ['Noto Sans Arabic', 'Noto Sans Hebrew', 'Noto Sans SC', 'Noto Emoji'] as const;

/** A fallback font's name. */
export type FallbackFontName = (typeof FALLBACK_FONTS)[number];

/** Gives the TrueType bytes of a fallback font (the app fetches it on first use; tests read node_modules). */
export type FallbackFontLoader = (name: FallbackFontName) => Uint8Array | Promise<Uint8Array>;

/** The code point ranges each fallback font is asked for (its script's blocks). */
const RANGES: Record<FallbackFontName, [number, number][]> = {
  'Noto Sans Arabic': [
    [0x0600, 0x06ff],
    [0x0750, 0x077f],
    [0x08a0, 0x08ff],
    [0xfb50, 0xfdff],
    [0xfe70, 0xfeff],
  ],
  'Noto Sans Hebrew': [
    [0x0590, 0x05ff],
    [0xfb1d, 0xfb4f],
  ],
  'Noto Sans SC': [
    [0x2e80, 0x2fdf],
    [0x3000, 0x30ff],
    [0x3100, 0x31ff],
    [0x3400, 0x4dbf],
    [0x4e00, 0x9fff],
    [0xf900, 0xfaff],
    [0xfe30, 0xfe4f],
    [0xff00, 0xffef],
    [0x20000, 0x3134f],
  ],
  'Noto Emoji': [
    [0x2190, 0x21ff],
    [0x2300, 0x23ff],
    [0x2600, 0x27bf],
    [0x2b00, 0x2bff],
    [0x1f000, 0x1faff],
  ],
};

/** The fallback fonts that may print some of `codePoints`, in their order. */
export function fallbacksFor(codePoints: Iterable<number>): FallbackFontName[] {
  const wanted = new Set<FallbackFontName>();
  for (const code of codePoints) {
    const font = FALLBACK_FONTS.find((name) => RANGES[name].some(([from, to]) => code >= from && code <= to));
    if (font) wanted.add(font);
  }
  return FALLBACK_FONTS.filter((name) => wanted.has(name));
}

// Parsing the character map of a 10 MB font takes a while: each font's set is read once per font file.
const characterSets = new WeakMap<Uint8Array, Set<number>>();

/** The code points a TrueType font has glyphs for. */
export function characterSetOf(bytes: Uint8Array): Set<number> {
  let set = characterSets.get(bytes);
  if (!set) {
    set = new Set(subsetFontkit.create(bytes).characterSet);
    characterSets.set(bytes, set);
  }
  return set;
}

/** Joiners, variation selectors and direction marks, which take no glyph (the rule is the domain's). */
export { isInvisible } from '../../domain/printable';
