/**
 * Turns a document spec into PDF bytes, deterministically: the same spec and fonts always give the same
 * bytes. pdf-lib is told not to stamp "now" into the metadata; dates come from the document itself, the
 * producer and creator are fixed words, the file identifier (/ID) is derived from the content, font subset
 * names come from pdf-lib's seeded generator, and a classic cross-reference table is written (no object
 * streams: archival PDF/A-1 forbids them and older readers prefer it).
 */
import { PDFDocument, PDFHexString } from 'pdf-lib';
import { documentText, type DocumentSpec } from './blocks';
import { embedDocumentFonts, type FontFiles } from './embed-fonts';
import { PageFlow } from './page-flow';
import { drawPageFurniture } from './page-furniture';
import { renderBlocks } from './render-blocks';
import { subsetFontkit } from './subset-fontkit';

export type { FontFiles } from './embed-fonts';

/** The document information dictionary, and the day it is dated. */
export interface PdfMetadata {
  title: string;
  subject: string;
  author: string;
  keywords: string[];
  /** The day the document is dated (its creation and modification date). */
  datedOn: string;
  /** 32 hex characters that identify this document's content (written as the trailer /ID). */
  fileId: string;
}

/** What the application writes as producer and creator. */
export const PRODUCER = 'DSH Desk';

/** Lays out `spec`, lets `finish` add to the document (e.g. an embedded record), and saves it. */
export async function buildPdf(
  spec: DocumentSpec,
  fontFiles: FontFiles,
  metadata: PdfMetadata,
  finish?: (doc: PDFDocument) => void,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(subsetFontkit);
  const texts = [spec.organisation, spec.runningTitle, ...documentText(spec.blocks)];
  const fonts = await embedDocumentFonts(doc, fontFiles, texts);
  const flow = new PageFlow(doc, fonts);
  renderBlocks(flow, spec.blocks);
  drawPageFurniture(flow, spec.organisation, spec.runningTitle);
  describe(doc, metadata);
  finish?.(doc);
  return doc.save({ useObjectStreams: false });
}

function describe(doc: PDFDocument, metadata: PdfMetadata): void {
  const dated = new Date(`${metadata.datedOn}T12:00:00Z`);
  doc.setTitle(metadata.title, { showInWindowTitleBar: true });
  doc.setSubject(metadata.subject);
  doc.setAuthor(metadata.author);
  doc.setKeywords(metadata.keywords);
  doc.setProducer(PRODUCER);
  doc.setCreator(PRODUCER);
  doc.setLanguage('en-GB');
  doc.setCreationDate(dated);
  doc.setModificationDate(dated);
  const id = PDFHexString.of(metadata.fileId);
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
}
