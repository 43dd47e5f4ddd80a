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

/** The most laid-out texts a font remembers (a certificate has a few hundred distinct words). */
const LAYOUTS_KEPT = 20_000;

const seen = new WeakSet<object>();

// The features' key, made again only when fontkit has added to them (it writes its defaults in once).
const featureKeys = new WeakMap<object, { count: number; key: string }>();

function featuresKey(features: unknown): string {
  if (features === null || typeof features !== 'object') return JSON.stringify(features ?? null);
  const count = Object.keys(features).length;
  let known = featureKeys.get(features);
  if (known?.count !== count) {
    known = { count, key: JSON.stringify(features) };
    featureKeys.set(features, known);
  }
  return known.key;
}

/**
 * Shaping a word (GSUB lookups, scripts, features) is most of the rest: pdf-lib lays out each word twice
 * (to measure it, then to encode it) and every export lays out the same words again. A font's layout of a
 * text with the same features is always the same glyphs, so each is kept and given again; the glyph run is
 * only read (pdf-lib takes its glyphs' ids and advance widths), so the bytes of every PDF are unchanged.
 */
function rememberLayouts(font: Font): void {
  const layout = font.layout.bind(font) as (text: string, features?: unknown, ...rest: unknown[]) => unknown;
  const kept = new Map<string, unknown>();
  (font as { layout: unknown }).layout = (text: string, features?: unknown, ...rest: unknown[]) => {
    if (rest.length > 0 || typeof text !== 'string') return layout(text, features, ...rest);
    // fontkit writes its defaults into the features it is given: the key is taken as they are now.
    const key = `${featuresKey(features)}\u0000${text}`;
    let run = kept.get(key);
    // The first layout with a features object is always fontkit's own: it writes its defaults into them,
    // and every later layout (and so every byte) depends on that.
    const unseen = features !== null && typeof features === 'object' && !seen.has(features);
    if (unseen) seen.add(features);
    if (run === undefined || unseen) {
      run = layout(text, features);
      if (kept.size >= LAYOUTS_KEPT) kept.clear();
      kept.set(key, run);
    }
    return run;
  };
}

/**
 * fontkit, whose TrueType subsets index their glyphs with long (32-bit) offsets, which parses each font
 * file once, and whose fonts remember the texts they laid out.
 */
export const subsetFontkit: Fontkit = {
  create(buffer: Uint8Array, postscriptName?: string): Font {
    const known = postscriptName === undefined ? parsed.get(buffer) : undefined;
    if (known) return known;
    const font = fontkit.create(buffer, postscriptName);
    if (postscriptName === undefined) parsed.set(buffer, font);
    rememberLayouts(font);
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
