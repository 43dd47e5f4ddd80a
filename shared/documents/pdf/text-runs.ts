/**
 * A line of text in several scripts, set as runs in drawing order: each character goes to the first font
 * that has it (Noto Sans, then the fallbacks), the Unicode Bidirectional Algorithm (bidi-js) gives each its
 * direction, and right-to-left runs are placed right to left. Within a run, fontkit shapes the letters
 * (Arabic joining forms and lam-alef, Devanagari conjuncts) and gives right-to-left scripts' glyphs in visual
 * order; the PDF's ToUnicode map still gives each glyph its letters, so text copied or extracted from the
 * page reads in logical order. pdf-lib ignores glyph positioning (GPOS), so marks sit where the font's
 * own metrics put them.
 */
import bidiFactory from 'bidi-js';
import type { PDFFont } from 'pdf-lib';
import { isInvisible } from './fallback-fonts';

/** A font a run can be set in: its resource name on the page, and which code points it has. */
export interface RunFont {
  key: string;
  font: PDFFont;
  has: (code: number) => boolean;
}

/** A run set in one font: its glyphs as hex, and its width at 1 pt. */
export interface SetRun {
  key: string;
  hex: string;
  width: number;
}

const bidi = bidiFactory();
// Scripts fontkit itself lays out right to left (it reverses their glyphs).
const RIGHT_TO_LEFT_SCRIPT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;

// Indic scripts (Devanagari to Malayalam, Sinhala): shaping puts some vowel signs before their consonant.
const REORDERED_SCRIPT = /[\u0900-\u0dff]/u;

/**
 * True when a line's glyphs, in drawing order, do not read in logical order and a reader needs its
 * /ActualText: Indic vowel signs drawn before their consonant. (Right-to-left lines are left to the reader's
 * own bidi handling: poppler, for one, reverses an /ActualText it finds on a right-to-left line.)
 */
export function needsActualText(text: string): boolean {
  return REORDERED_SCRIPT.test(text) && !RIGHT_TO_LEFT_SCRIPT.test(text);
}

/** True when a line needs runs: a letter the first font lacks, right-to-left or reordered script. */
export function needsRuns(text: string, first: RunFont): boolean {
  if (RIGHT_TO_LEFT_SCRIPT.test(text) || REORDERED_SCRIPT.test(text)) return true;
  for (const character of text) if (!first.has(character.codePointAt(0)!)) return true;
  return false;
}

interface Piece {
  font: number;
  level: number;
  text: string;
}

/** The runs of one line, left to right as drawn; `fonts[0]` is the document's own face. */
export function setRuns(text: string, fonts: readonly RunFont[]): SetRun[] {
  const { levels } = bidi.getEmbeddingLevels(text, 'ltr');
  const pieces: Piece[] = [];
  let offset = 0;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    const level = levels[offset]!;
    offset += character.length;
    const last = pieces[pieces.length - 1];
    const lastHas = last !== undefined && fonts[last.font]!.has(code);
    if (isInvisible(code)) {
      // A joiner or selector the font has no glyph for would print as a box: it is left out of the drawing.
      if (lastHas) last.text += character;
      continue;
    }
    // Spaces are set in the document's face (an emoji font's space is as wide as an emoji); punctuation
    // stays in the font of the letter before it where that font has it.
    const space = /\s/u.test(character) && fonts[0]!.has(code);
    const keep = !space && lastHas && /\p{P}/u.test(character);
    const found = fonts.findIndex((f) => f.has(code));
    const font = space ? 0 : keep ? last.font : Math.max(0, found);
    if (last && last.font === font && last.level === level) last.text += character;
    else pieces.push({ font, level, text: character });
  }
  return visualOrder(pieces).map((piece) => setPiece(piece, fonts[piece.font]!));
}

/** Rule L2 of the bidi algorithm, over pieces: from the highest level down, reverse each run at or above it. */
function visualOrder(pieces: Piece[]): Piece[] {
  const ordered = [...pieces];
  const highest = Math.max(0, ...ordered.map((piece) => piece.level));
  for (let level = highest; level >= 1; level -= 1) {
    for (let start = 0; start < ordered.length; start += 1) {
      if (ordered[start]!.level < level) continue;
      let end = start;
      while (end + 1 < ordered.length && ordered[end + 1]!.level >= level) end += 1;
      ordered.splice(start, end - start + 1, ...ordered.slice(start, end + 1).reverse());
      start = end;
    }
  }
  return ordered;
}

function setPiece(piece: Piece, font: RunFont): SetRun {
  let hex = font.font.encodeText(piece.text).asString();
  // A right-to-left run fontkit lays out left to right (spaces, digits' neighbours): its glyphs reversed.
  if (piece.level % 2 === 1 && !RIGHT_TO_LEFT_SCRIPT.test(piece.text)) {
    hex = (hex.match(/.{4}/g) ?? []).reverse().join('');
  }
  return { key: font.key, hex, width: font.font.widthOfTextAtSize(piece.text, 1) };
}
