/**
 * Text as vector outlines rather than as text: for marks drawn across a page (e.g. "PREVIEW — NOT ISSUED"),
 * which must show but must not mix into the page's text when it is copied, searched or extracted.
 */
import fontkit from '@pdf-lib/fontkit';

/** One line of text as an SVG path (y pointing down, as pdf-lib's drawSvgPath expects), in font units. */
export interface TextOutline {
  path: string;
  /** The advance width of the whole line, in font units. */
  width: number;
  /** Font units per em: scale by `size / unitsPerEm` to draw at `size` points. */
  unitsPerEm: number;
}

const COMMAND = /([MLQCZ])([^MLQCZ]*)/g;

/**
 * fontkit's glyph paths put y up and start at the glyph's origin; drawSvgPath reads SVG, whose y points down.
 * Every command of a glyph path takes absolute x y pairs, so each pair is moved by `dx` and its y negated.
 */
function placed(svg: string, dx: number): string {
  let out = '';
  for (const [, command, args] of svg.matchAll(COMMAND)) {
    const numbers = (args ?? '')
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    const moved = numbers.map((value, i) => (i % 2 === 0 ? value + dx : -value));
    out += `${command}${moved.map((value) => Math.round(value * 100) / 100).join(' ')}`;
  }
  return out;
}

/** The outline of `text` set in the TrueType font `fontBytes` (no kerning: a mark needs none). */
export function outlineText(fontBytes: Uint8Array, text: string): TextOutline {
  const font = fontkit.create(fontBytes);
  let x = 0;
  let path = '';
  for (const glyph of font.glyphsForString(text)) {
    path += placed(glyph.path.toSVG(), x);
    x += glyph.advanceWidth;
  }
  return { path, width: x, unitsPerEm: font.unitsPerEm };
}
