/**
 * A file embedded in a PDF (shown by PDF readers as an attachment) and read back. pdf-lib's own `attach()`
 * deflates the file; here it is stored as it is, so its bytes appear verbatim in the PDF. That matters for a
 * certificate: a byte changed inside a compressed stream usually makes the stream undecodable, while a byte
 * changed in plain JSON still reads back and is then caught by the fingerprint as an alteration.
 */
import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFString,
  decodePDFRawStream,
  type PDFDocument,
} from 'pdf-lib';

/** How a file is embedded. */
export interface EmbeddedFileOptions {
  mimeType: string;
  description: string;
  /** The day the file is dated. */
  datedOn: string;
}

/** Embeds `bytes`, uncompressed, as the attachment `name` (and as an associated file, as PDF/A-3 does). */
export function embedFile(
  doc: PDFDocument,
  name: string,
  bytes: Uint8Array,
  options: EmbeddedFileOptions,
): void {
  const { context, catalog } = doc;
  const dated = PDFString.fromDate(new Date(`${options.datedOn}T12:00:00Z`));
  const stream = context.stream(bytes, {
    Type: 'EmbeddedFile',
    Subtype: options.mimeType,
    Params: { Size: bytes.length, CreationDate: dated, ModDate: dated },
  });
  const fileSpec = context.register(
    context.obj({
      Type: 'Filespec',
      F: PDFString.of(name),
      UF: PDFHexString.fromText(name),
      EF: { F: context.register(stream) },
      Desc: PDFHexString.fromText(options.description),
      AFRelationship: 'Data',
    }),
  );
  catalog.set(
    PDFName.of('Names'),
    context.obj({ EmbeddedFiles: context.obj({ Names: context.obj([PDFString.of(name), fileSpec]) }) }),
  );
  catalog.set(PDFName.of('AF'), context.obj([fileSpec]));
}

/** The bytes of the embedded file `name`, or undefined when the PDF has none of that name. */
export function readEmbeddedFile(doc: PDFDocument, name: string): Uint8Array | undefined {
  const names = doc.catalog
    .lookupMaybe(PDFName.of('Names'), PDFDict)
    ?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict)
    ?.lookupMaybe(PDFName.of('Names'), PDFArray);
  if (!names) return undefined;
  for (let index = 0; index + 1 < names.size(); index += 2) {
    const key = names.lookup(index);
    if (!(key instanceof PDFString || key instanceof PDFHexString) || key.decodeText() !== name) continue;
    const stream = names
      .lookup(index + 1, PDFDict)
      .lookup(PDFName.of('EF'), PDFDict)
      .lookup(PDFName.of('F'));
    if (!(stream instanceof PDFRawStream)) return undefined;
    return stream.dict.has(PDFName.of('Filter')) ? decodePDFRawStream(stream).decode() : stream.getContents();
  }
  return undefined;
}
