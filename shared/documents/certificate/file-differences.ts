/**
 * What differs between a certificate file and the file that was issued, in words an officer can act on.
 * Verification itself compares every byte (verify-certificate.ts); this only explains a mismatch, so it
 * names what it can read (the document information, appended updates, annotations, fonts, printed text and
 * drawing of each page) and otherwise says that bytes differ where nothing visible changed.
 */
import {
  PDFArray,
  PDFDict,
  PDFName,
  PDFRawStream,
  PDFStream,
  decodePDFRawStream,
  type PDFDocument,
  type PDFPage,
} from 'pdf-lib';
import { sha256HexOfBytes } from '../../hashing';
import { printedTextOfPage } from '../pdf/printed-text';

/** A PDF's bytes and their parsed document. */
export interface LoadedPdf {
  bytes: Uint8Array;
  doc: PDFDocument;
}

const INFO_FIELDS: [string, (doc: PDFDocument) => string | undefined][] = [
  ['document title', (doc) => doc.getTitle()],
  ['subject', (doc) => doc.getSubject()],
  ['author', (doc) => doc.getAuthor()],
  ['keywords', (doc) => doc.getKeywords()],
  ['producer', (doc) => doc.getProducer()],
  ['creation date', (doc) => doc.getCreationDate()?.toISOString()],
  ['modification date', (doc) => doc.getModificationDate()?.toISOString()],
];

/** Each difference of `file` from `issued` that can be named, as phrases ("its document title …"). */
export function fileDifferences(file: LoadedPdf, issued: LoadedPdf): string[] {
  const found: string[] = [];
  if (appendedTo(file.bytes, issued.bytes)) {
    found.push(
      'something was added after the end of the issued file (an incremental update, as PDF editors save an annotation, a form field or an edit)',
    );
  }
  for (const [label, read] of INFO_FIELDS) {
    const now = safely(() => read(file.doc));
    const was = safely(() => read(issued.doc));
    if (now !== was) found.push(`its ${label} reads “${now ?? ''}” instead of “${was ?? ''}”`);
  }
  const pages = file.doc.getPages();
  const issuedPages = issued.doc.getPages();
  if (pages.length !== issuedPages.length) {
    found.push(`it has ${pages.length} pages instead of ${issuedPages.length}`);
  }
  pages.slice(0, issuedPages.length).forEach((page, index) => {
    found.push(...pageDifferences(page, issuedPages[index]!, index + 1));
  });
  return found;
}

function pageDifferences(page: PDFPage, issued: PDFPage, number: number): string[] {
  const found: string[] = [];
  if (annotationCount(page) > annotationCount(issued))
    found.push(`an annotation was added on page ${number}`);
  if (fontPrints(page) !== fontPrints(issued))
    found.push(`the fonts embedded for page ${number} were changed`);
  const text = safely(() => printedTextOfPage(page, { furniture: true })) ?? [];
  const issuedText = safely(() => printedTextOfPage(issued, { furniture: true })) ?? [];
  const issuedPieces = new Set(issuedText);
  const added = text.filter((piece) => piece.trim() !== '' && !issuedPieces.has(piece));
  if (added.length > 0) {
    const quoted = added.slice(0, 3).map((piece) => `“${piece.trim()}”`);
    found.push(`page ${number} prints ${quoted.join(', ')}, which the issued certificate does not`);
  } else if (text.join('\n') !== issuedText.join('\n') || contentPrint(page) !== contentPrint(issued)) {
    found.push(`what is drawn on page ${number} was changed (shapes, positions or text)`);
  }
  return found;
}

/** True when `bytes` is the issued file with more bytes after it. */
function appendedTo(bytes: Uint8Array, issued: Uint8Array): boolean {
  if (bytes.length <= issued.length) return false;
  for (let i = 0; i < issued.length; i += 1) if (bytes[i] !== issued[i]) return false;
  return true;
}

function annotationCount(page: PDFPage): number {
  return safely(() => page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.size()) ?? 0;
}

/** The page's fonts as "name:hash-of-font-file" entries, sorted: equal only when the same fonts are embedded. */
function fontPrints(page: PDFPage): string {
  return (
    safely(() => {
      const fonts = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
      const prints = (fonts?.entries() ?? []).map(([, ref]) => {
        const font = page.doc.context.lookup(ref);
        if (!(font instanceof PDFDict)) return '?';
        const base = font.lookupMaybe(PDFName.of('BaseFont'), PDFName)?.decodeText() ?? '';
        const descendant = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)?.lookup(0);
        const descriptor = (descendant instanceof PDFDict ? descendant : font).lookupMaybe(
          PDFName.of('FontDescriptor'),
          PDFDict,
        );
        const file = ['FontFile2', 'FontFile', 'FontFile3']
          .map((key) => descriptor?.lookup(PDFName.of(key)))
          .find((stream) => stream instanceof PDFStream);
        const contents = file instanceof PDFRawStream ? sha256HexOfBytes(file.getContents()) : '';
        return `${base}:${contents}`;
      });
      return prints.sort().join('|');
    }) ?? '?'
  );
}

/** SHA-256 of the page's decoded content streams (what it draws). */
function contentPrint(page: PDFPage): string {
  return (
    safely(() => {
      const contents = page.node.Contents();
      const streams =
        contents instanceof PDFArray
          ? contents.asArray().map((ref) => page.doc.context.lookup(ref))
          : [contents];
      return streams
        .map((stream) =>
          stream instanceof PDFRawStream ? sha256HexOfBytes(decodePDFRawStream(stream).decode()) : '?',
        )
        .join('|');
    }) ?? '?'
  );
}

/** The value, or undefined when reading a damaged part of the file throws. */
function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
