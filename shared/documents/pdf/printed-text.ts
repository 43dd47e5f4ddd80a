/**
 * Reads back the text a DSH document prints, outside its page furniture, in the order it was drawn. It
 * understands what DSH Desk writes (Type 0 fonts with a ToUnicode map, text shown with Tj/TJ, furniture in
 * /Artifact marked content); anything it cannot decode comes back as U+FFFD, so a page that was rewritten
 * by another program simply does not match its record.
 */
import { PDFArray, PDFDict, PDFName, PDFRawStream, decodePDFRawStream, type PDFPage } from 'pdf-lib';
import { tokenize, type Token } from './content-tokens';

const UNKNOWN = '\uFFFD';

/** The text pieces one page prints, in drawing order; with `furniture`, its running heads and footers too. */
export function printedTextOfPage(page: PDFPage, options: { furniture?: boolean } = {}): string[] {
  const maps = fontMaps(page);
  const texts: string[] = [];
  const marked: boolean[] = [];
  let map: FontMap | undefined;
  let operands: Token[] = [];
  const show = (bytes: number[]) => {
    if (!options.furniture && marked.includes(true)) return;
    let text = '';
    // A simple font without a map (e.g. Helvetica, as another program adds it) reads one byte a letter.
    if (map === SINGLE_BYTE) return void texts.push(String.fromCharCode(...bytes));
    for (let i = 0; i + 1 < bytes.length; i += 2)
      text += map?.get((bytes[i]! << 8) | bytes[i + 1]!) ?? UNKNOWN;
    if (bytes.length % 2 === 1) text += UNKNOWN;
    texts.push(text);
  };
  for (const token of tokenize(contentOf(page))) {
    if (token.type !== 'operator') {
      operands.push(token);
      continue;
    }
    const first = operands[0];
    switch (token.value) {
      case 'Tf':
        map = first?.type === 'name' ? maps.get(first.value) : undefined;
        break;
      case 'Tj':
      case "'":
      case '"': {
        const last = operands[operands.length - 1];
        if (last?.type === 'bytes') show(last.value);
        break;
      }
      case 'TJ':
        show(operands.flatMap((operand) => (operand.type === 'bytes' ? operand.value : [])));
        break;
      case 'BMC':
      case 'BDC':
        marked.push(first?.type === 'name' && first.value === 'Artifact');
        break;
      case 'EMC':
        marked.pop();
        break;
    }
    operands = [];
  }
  return texts;
}

/** The decoded content streams of a page, one after another. */
function contentOf(page: PDFPage): string {
  const contents = page.node.Contents();
  const streams =
    contents instanceof PDFArray ? contents.asArray().map((ref) => page.doc.context.lookup(ref)) : [contents];
  return streams
    .map((stream) => {
      if (!(stream instanceof PDFRawStream)) return '';
      const bytes = decodePDFRawStream(stream).decode();
      return Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
    })
    .join('\n');
}

/** A two-byte code → text map, or SINGLE_BYTE for a simple font with none. */
type FontMap = Map<number, string> | typeof SINGLE_BYTE;
const SINGLE_BYTE = 'single-byte';

/** For each font of the page, its ToUnicode map from two-byte codes to text. */
function fontMaps(page: PDFPage): Map<string, FontMap> {
  const maps = new Map<string, FontMap>();
  const fonts = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
  for (const [name, ref] of fonts?.entries() ?? []) {
    const font = page.doc.context.lookup(ref);
    const toUnicode = font instanceof PDFDict ? font.lookup(PDFName.of('ToUnicode')) : undefined;
    const subtype = font instanceof PDFDict ? font.lookup(PDFName.of('Subtype')) : undefined;
    if (!(toUnicode instanceof PDFRawStream)) {
      if (subtype instanceof PDFName && subtype.decodeText() !== 'Type0')
        maps.set(name.decodeText(), SINGLE_BYTE);
      continue;
    }
    const cmap = Array.from(decodePDFRawStream(toUnicode).decode(), (b) => String.fromCharCode(b)).join('');
    maps.set(name.decodeText(), parseToUnicode(cmap));
  }
  return maps;
}

const hexText = (hex: string) =>
  String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));

/** The `bfchar` and `bfrange` entries of a ToUnicode CMap. */
function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, text] of section[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g)) {
      map.set(parseInt(code!, 16), hexText(text!));
    }
  }
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from, to, start] of section[1]!.matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g,
    )) {
      const first = parseInt(start!, 16);
      for (let code = parseInt(from!, 16); code <= parseInt(to!, 16); code += 1) {
        map.set(code, String.fromCharCode(first + code - parseInt(from!, 16)));
      }
    }
  }
  return map;
}
