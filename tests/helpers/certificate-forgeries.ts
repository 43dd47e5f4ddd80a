/**
 * Forged copies of a genuine certificate PDF, made the ways issue 13 saw them made: a changed document
 * title, a changed embedded font, one bit changed in the footer, a white box with another date drawn over
 * the page inside an /Artifact block, and an incremental update appended to the file (an annotation).
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFRef,
  StandardFonts,
  beginMarkedContent,
  decodePDFRawStream,
  endMarkedContent,
  rgb,
} from 'pdf-lib';

const load = (pdf: Uint8Array) => PDFDocument.load(pdf, { updateMetadata: false });
const save = (doc: PDFDocument) => doc.save({ useObjectStreams: false });

/** The certificate with another document title (what a PDF reader's window shows). */
export async function withTitle(pdf: Uint8Array, title: string): Promise<Uint8Array> {
  const doc = await load(pdf);
  doc.setTitle(title);
  return save(doc);
}

/** The certificate whose regular-weight text is printed with the bold font file (same glyph codes). */
export async function withSwappedFont(pdf: Uint8Array): Promise<Uint8Array> {
  const doc = await load(pdf);
  const files = fontDescriptors(doc).map((descriptor) => descriptor.get(PDFName.of('FontFile2')));
  const [first, second] = fontDescriptors(doc);
  first!.set(PDFName.of('FontFile2'), files[1]!);
  second!.set(PDFName.of('FontFile2'), files[0]!);
  return save(doc);
}

/** The certificate with one bit flipped in the last glyph code its first page's footer shows. */
export async function withFooterBitFlipped(pdf: Uint8Array): Promise<Uint8Array> {
  const doc = await load(pdf);
  const page = doc.getPage(0);
  const ref = page.node.lookup(PDFName.of('Contents'), PDFArray).get(0);
  const stream = doc.context.lookup(ref);
  if (!(ref instanceof PDFRef) || !(stream instanceof PDFRawStream)) throw new Error('one content stream');
  const content = new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode());
  // The footer is drawn last, inside /Artifact marked content; its last shown string is "Page 1 of N".
  const at = content.lastIndexOf('> Tj');
  const flipped = content.slice(0, at - 1) + flipBit(content[at - 1]!) + content.slice(at);
  doc.context.assign(ref, doc.context.flateStream(Uint8Array.from(flipped, (c) => c.charCodeAt(0))));
  return save(doc);
}

/** The certificate with a white box over the date of destruction and another date drawn on it, as furniture. */
export async function withDatePaintedOver(pdf: Uint8Array, date: string): Promise<Uint8Array> {
  const doc = await load(pdf);
  const page = doc.getPage(0);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.pushOperators(beginMarkedContent('Artifact'));
  page.drawRectangle({ x: 300, y: 420, width: 200, height: 14, color: rgb(1, 1, 1) });
  page.drawText(date, { x: 302, y: 423, size: 9, font });
  page.pushOperators(endMarkedContent());
  return save(doc);
}

/** The certificate with an incremental update appended: an annotation on its first page. */
export async function withAppendedAnnotation(pdf: Uint8Array, note: string): Promise<Uint8Array> {
  const doc = await load(pdf);
  const page = doc.getPage(0);
  const annotation = doc.context.register(
    doc.context.obj({ Type: 'Annot', Subtype: 'Text', Rect: [60, 700, 80, 720], Contents: note }),
  );
  page.node.set(PDFName.of('Annots'), doc.context.obj([annotation]));
  const pageRef = doc.getPages()[0]!.ref;
  const original = Buffer.from(pdf);
  const previous = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(original.toString('latin1'))![1]);
  let body = '\n';
  const offsets: [number, number][] = [];
  for (const ref of [pageRef, annotation]) {
    offsets.push([ref.objectNumber, original.length + Buffer.byteLength(body, 'latin1')]);
    body += `${ref.objectNumber} 0 obj\n${doc.context.lookup(ref)!.toString()}\nendobj\n`;
  }
  const xrefAt = original.length + Buffer.byteLength(body, 'latin1');
  const entries = offsets.map(([n, at]) => `${n} 1\n${String(at).padStart(10, '0')} 00000 n \n`).join('');
  const { Root, Info, ID } = doc.context.trailerInfo;
  const size = doc.context.largestObjectNumber + 1;
  const trailer = `trailer\n<< /Size ${size} /Root ${Root!.toString()} /Info ${Info!.toString()} /ID ${ID!.toString()} /Prev ${previous} >>\n`;
  body += `xref\n${entries}${trailer}startxref\n${xrefAt}\n%%EOF\n`;
  return new Uint8Array(Buffer.concat([original, Buffer.from(body, 'latin1')]));
}

function fontDescriptors(doc: PDFDocument): PDFDict[] {
  const fonts = doc.getPage(0).node.Resources()!.lookup(PDFName.of('Font'), PDFDict);
  return fonts.values().map((ref) => {
    const font = doc.context.lookup(ref, PDFDict);
    const descendant = font.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict);
    return descendant.lookup(PDFName.of('FontDescriptor'), PDFDict);
  });
}

/** A hex digit with its lowest bit flipped ("0" ↔ "1", "E" ↔ "F"). */
function flipBit(hexDigit: string): string {
  return (parseInt(hexDigit, 16) ^ 1).toString(16).toUpperCase();
}
