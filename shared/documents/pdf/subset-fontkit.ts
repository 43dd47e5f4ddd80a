/**
 * @pdf-lib/fontkit 1.1.1 with a working TrueType subset. Its subsetter writes the glyph index (`loca`) in the
 * short format whenever the subset is under 128 KB, which halves every offset; a glyph record of odd length
 * then shifts every later glyph by a byte, and in Noto Sans most letters render blank (the text still copies
 * and extracts, so only looking at the page shows it). Upstream fontkit fixed this in 1.8.0 (foliojs/fontkit
 * #191); the pdf-lib fork never took the fix. Here each subset is told to use the long format, which takes
 * byte offsets as they are.
 */
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

/** fontkit, whose TrueType subsets index their glyphs with long (32-bit) offsets. */
export const subsetFontkit: Fontkit = {
  create(buffer: Uint8Array, postscriptName?: string): Font {
    const font = fontkit.create(buffer, postscriptName);
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
