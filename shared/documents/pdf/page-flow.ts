/**
 * Text flowing down A4 pages: a cursor that moves down as lines are set, a new page when the next line or
 * kept-together group does not fit, and drawing primitives (text, rules, shaded boxes). Text is drawn with
 * fixed font resource names, so the same document always produces the same bytes. Page furniture (running
 * headers, footers, repeated table headers) is marked as an /Artifact, as PDF intends for pagination, which
 * lets a verifier read the document's own text apart from it.
 */
import {
  PDFHexString,
  PDFName,
  beginMarkedContent,
  beginText,
  endMarkedContent,
  endText,
  setFillingColor,
  setFontAndSize,
  setTextMatrix,
  showText,
  type PDFDocument,
  type PDFFont,
  type PDFPage,
  type RGB,
} from 'pdf-lib';
import { A4, MARGIN, type TextStyle } from './theme';
import { runOperators } from './run-operators';
import { needsRuns, setRuns, type RunFont, type SetRun } from './text-runs';
import { wrapText } from './wrap-text';

/** The two embedded faces every document uses, and the fallback fonts it needs for other scripts. */
export interface DocumentFonts {
  regular: PDFFont;
  bold: PDFFont;
  /** Fonts for letters Noto Sans lacks (one face each, used for both weights), in the order they are tried. */
  fallbacks: readonly { key: string; font: PDFFont; set: ReadonlySet<number> }[];
}

/** Resource names of the faces on every page. */
const FONT_KEYS = { regular: PDFName.of('NotoSans'), bold: PDFName.of('NotoSansBold') } as const;

/** Space kept at the top of continuation pages for their running header. */
export const RUNNING_HEADER_SPACE = 30;

/** The most wraps a document remembers. */
const WRAPS_KEPT = 5_000;

/** A cursor over a growing list of pages. */
export class PageFlow {
  readonly pages: PDFPage[] = [];
  /** Top of the next line, in points from the bottom of the page. */
  y = 0;
  /** Called right after a page break (e.g. to repeat a table's header). */
  onNewPage: (() => void) | undefined;
  private readonly words = { regular: new Map<string, SetWord>(), bold: new Map<string, SetWord>() };
  private readonly spaces: Record<Weight, SetWord>;
  private readonly runFonts: Record<Weight, RunFont[]>;
  private readonly lines = new Map<string, SetRun[]>();
  private readonly wrapped = new Map<string, string[]>();

  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: DocumentFonts,
  ) {
    this.spaces = { regular: this.word(' ', 'regular'), bold: this.word(' ', 'bold') };
    const fallbacks = fonts.fallbacks.map(({ key, font, set }) => ({
      key,
      font,
      has: (c: number) => set.has(c),
    }));
    const face = (weight: Weight): RunFont => {
      const set = new Set(fonts[weight].getCharacterSet());
      return { key: FONT_KEYS[weight].decodeText(), font: fonts[weight], has: (c) => set.has(c) };
    };
    this.runFonts = { regular: [face('regular'), ...fallbacks], bold: [face('bold'), ...fallbacks] };
    this.newPage();
  }

  /** The page being filled. */
  get page(): PDFPage {
    return this.pages[this.pages.length - 1]!;
  }

  /** Room left above the bottom margin. */
  get room(): number {
    return this.y - MARGIN.bottom;
  }

  /** The most a page can hold below its running header. */
  get fullPage(): number {
    return A4.height - MARGIN.top - RUNNING_HEADER_SPACE - MARGIN.bottom;
  }

  /** Starts a new page; pages after the first leave room for the running header. */
  newPage(): void {
    const page = this.doc.addPage([A4.width, A4.height]);
    page.node.setFontDictionary(FONT_KEYS.regular, this.fonts.regular.ref);
    page.node.setFontDictionary(FONT_KEYS.bold, this.fonts.bold.ref);
    for (const { key, font } of this.fonts.fallbacks) page.node.setFontDictionary(PDFName.of(key), font.ref);
    this.pages.push(page);
    this.y = A4.height - MARGIN.top - (this.pages.length > 1 ? RUNNING_HEADER_SPACE : 0);
    this.onNewPage?.();
  }

  /** Breaks the page unless `height` still fits (a group taller than a page starts a fresh page anyway). */
  keep(height: number): void {
    if (height > this.room && this.room < this.fullPage) this.newPage();
  }

  /** Reserves one line of `style` and returns its baseline, breaking the page first if needed. */
  line(style: TextStyle): number {
    this.keep(style.leading);
    const baseline = this.y - style.size;
    this.y -= style.leading;
    return baseline;
  }

  /** Moves the cursor down. */
  space(height: number): void {
    this.y -= Math.min(height, Math.max(this.room, 0));
  }

  /**
   * The width of `text` in `style`. Laying text out with fontkit is slow (up to a millisecond a line), so
   * words are laid out once and remembered; pdf-lib draws glyphs at their advance widths without kerning,
   * so a line is exactly as wide as its words and spaces.
   */
  measure(text: string, style: TextStyle): number {
    const runs = this.runs(text.normalize('NFC'), style.weight);
    if (runs) return runs.reduce((sum, run) => sum + run.width, 0) * style.size;
    const words = text.split(' ');
    const width = words.reduce((sum, word) => sum + this.word(word, style.weight).width, 0);
    return (width + this.spaces[style.weight].width * (words.length - 1)) * style.size;
  }

  /**
   * `text` wrapped to `width` in `style`. A block is wrapped to know its height and again to draw it: the
   * wrap is remembered (its lines given as a copy), so the second costs nothing. Only within a document:
   * measuring a word is what first puts its glyphs in the font subset, and that order is in the bytes.
   */
  wrap(text: string, width: number, style: TextStyle): string[] {
    const key = `${style.weight}|${style.size}|${width}|${text}`;
    let lines = this.wrapped.get(key);
    if (!lines) {
      lines = wrapText(text, width, (piece) => this.measure(piece, style));
      if (this.wrapped.size >= WRAPS_KEPT) this.wrapped.clear();
      this.wrapped.set(key, lines);
    }
    return [...lines];
  }

  /** Draws one line of text with its baseline at `y`. */
  text(text: string, x: number, y: number, style: TextStyle, page: PDFPage = this.page): void {
    const runs = this.runs(text.normalize('NFC'), style.weight);
    if (runs) {
      const at = { x: round(x), y: round(y), size: style.size, color: style.color };
      page.pushOperators(...runOperators(this.doc, text.normalize('NFC'), runs, at));
      return;
    }
    page.pushOperators(
      beginText(),
      setFontAndSize(FONT_KEYS[style.weight], style.size),
      setFillingColor(style.color),
      setTextMatrix(1, 0, 0, 1, round(x), round(y)),
      showText(this.encode(text.normalize('NFC'), style.weight)),
      endText(),
    );
  }

  /**
   * A line in more than one font or direction as runs in drawing order, laid out once and remembered; or
   * undefined for a line Noto Sans prints alone, left to right (set word by word, as before fallbacks existed).
   */
  private runs(text: string, weight: Weight): SetRun[] | undefined {
    const fonts = this.runFonts[weight];
    if (!needsRuns(text, fonts[0]!)) return undefined;
    const key = `${weight}:${text}`;
    let runs = this.lines.get(key);
    if (!runs) {
      runs = setRuns(text, fonts);
      this.lines.set(key, runs);
    }
    return runs;
  }

  /** A word of `weight`, laid out once and then remembered. */
  private word(word: string, weight: Weight): SetWord {
    let set = this.words[weight].get(word);
    if (!set) {
      const font = this.fonts[weight];
      set = { width: font.widthOfTextAtSize(word, 1), hex: font.encodeText(word).asString() };
      this.words[weight].set(word, set);
    }
    return set;
  }

  /** The glyphs of a line, word by word (no substitution crosses a space: the same as encoding it whole). */
  private encode(text: string, weight: Weight): PDFHexString {
    const words = text.split(' ').map((word) => this.word(word, weight).hex);
    return PDFHexString.of(words.join(this.spaces[weight].hex));
  }

  /** Draws what `draw` draws as page furniture, not as the document's own text. */
  artifact(draw: () => void, page: PDFPage = this.page): void {
    page.pushOperators(beginMarkedContent('Artifact'));
    draw();
    page.pushOperators(endMarkedContent());
  }

  /** A horizontal rule at height `y`. */
  rule(y: number, from: number, to: number, thickness: number, color: RGB, page: PDFPage = this.page): void {
    page.drawLine({ start: { x: from, y }, end: { x: to, y }, thickness, color });
  }

  /** A filled rectangle, bottom-left corner at (x, y). */
  box(x: number, y: number, width: number, height: number, color: RGB): void {
    this.page.drawRectangle({ x, y, width, height, color });
  }
}

/** A word laid out once: its width at 1 pt and its glyphs as hex. */
type SetWord = { width: number; hex: string };
type Weight = TextStyle['weight'];

/** Coordinates to a hundredth of a point keep the content streams short and stable. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
