/**
 * The PDF builders and the certificate verifier (pdf-lib and its font engine, most of a megabyte), loaded
 * the first time a PDF is made or checked rather than with the app: every other screen starts without them.
 */
import type * as Documents from '../../../shared/documents';
import { loadDocumentFonts } from './fonts';

/** What the lazily loaded module holds. */
export type PdfDocuments = typeof Documents;

let loading: Promise<PdfDocuments> | undefined;

/** shared/documents, loaded on first use. */
export function pdfDocuments(): Promise<PdfDocuments> {
  loading ??= import('../../../shared/documents');
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/**
 * Starts loading the PDF code and fonts ahead of the first export on a screen that will likely need them.
 * A failure here is not reported: the export itself loads them again and says what went wrong.
 */
export function prefetchPdfTools(): void {
  void pdfDocuments().catch(() => undefined);
  void loadDocumentFonts().catch(() => undefined);
}
