/**
 * @pdf-lib/fontkit 1.1.1 with a working TrueType subset. Its subsetter writes the glyph index (`loca`) in the
 * short format whenever the subset is under 128 KB, which halves every offset; a glyph record of odd length
 * then shifts every later glyph by a byte, and in Noto Sans most letters render blank (the text still copies
 * and extracts, so only looking at the page shows it). Upstream fontkit fixed this in 1.8.0 (foliojs/fontkit
 * #191); the pdf-lib fork never took the fix. Here each subset is told to use the long format, which takes
 * byte offsets as they are.
 */
// fontkit's shapers for Devanagari and the other Indic scripts match syllables with a generator compiled for
// regenerator, which expects its runtime as a global; without it every Devanagari name fails to lay out.
import 'regenerator-runtime/runtime.js';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type Font = ReturnType<Fontkit['create']>;
type Subset = ReturnType<Font['createSubset']>;

/** The parts of fontkit's TrueType subset this fix touches (not in its published types). */
interface TrueTypeSubset {
  loca?: { version?: number };
  _addGlyph?: (this: TrueTypeSubset, glyphId: number) => number;
}

// Parsing a font is most of the time a PDF takes (a CJK font is 10 MB): each font file is parsed once and its
// parsed font reused by every later document. Only unnamed fonts are kept (a collection is asked by name).
const parsed = new WeakMap<Uint8Array, Font>();

/**
 * fontkit, whose TrueType subsets index their glyphs with long (32-bit) offsets, and which parses each font
 * file once.
 */
export const subsetFontkit: Fontkit = {
  create(buffer: Uint8Array, postscriptName?: string): Font {
    const known = postscriptName === undefined ? parsed.get(buffer) : undefined;
    if (known) return known;
    const font = fontkit.create(buffer, postscriptName);
    if (postscriptName === undefined) parsed.set(buffer, font);
    const createSubset = font.createSubset.bind(font);
    font.createSubset = (): Subset => {
      const subset = createSubset() as Subset & TrueTypeSubset;
      const addGlyph = subset._addGlyph;
      if (addGlyph) {
        // `encode` resets `loca` and then adds glyphs one by one; a version set here survives to the end,
        // where fontkit keeps a version it finds and writes `head.indexToLocFormat` to match.
        subset._addGlyph = function (this: TrueTypeSubset, glyphId: number) {
          if (this.loca) this.loca.version = 1;
          return addGlyph.call(this, glyphId);
        };
      }
      return subset;
    };
    return font;
  },
};
