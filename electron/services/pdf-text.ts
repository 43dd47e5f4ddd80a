/**
 * Reads a PDF with Mozilla's PDF.js (the legacy build, which runs under Node): whether it opens at all,
 * whether it is encrypted, and its text. Evidence PDFs are refused when PDF.js cannot open them (malformed) or
 * when they are encrypted, because the team could not open them later without the password. Runs in main,
 * with no canvas and no worker thread: only the parser and the text layer are used.
 */
import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { MAX_EVIDENCE_TEXT } from '../../shared/contract/evidence-payloads';

let loading: Promise<typeof PdfJs> | undefined;

/**
 * PDF.js, loaded on first use (not at start-up). In Node it builds a DOMMatrix when its module loads, for
 * drawing, which main never does; without the optional canvas package (never bundled) there is none, so a
 * bare stand-in is lent for the load only. Its "worker" runs in this thread when found on
 * `globalThis.pdfjsWorker`; importing it here (not letting PDF.js import a file by path) keeps it in the bundle.
 */
function loadPdfJs(): Promise<typeof PdfJs> {
  loading ??= (async () => {
    const global = globalThis as { DOMMatrix?: unknown; pdfjsWorker?: unknown };
    const lent = global.DOMMatrix === undefined;
    if (lent) global.DOMMatrix = class DOMMatrix {};
    try {
      const [library, worker] = await Promise.all([
        import('pdfjs-dist/legacy/build/pdf.mjs'),
        import('pdfjs-dist/legacy/build/pdf.worker.mjs'),
      ]);
      global.pdfjsWorker = worker;
      return library;
    } finally {
      if (lent) delete global.DOMMatrix;
    }
  })();
  return loading;
}

/** The pages read for text: a certificate says what it is on its first pages. */
const MAX_PAGES_READ = 5;

/** What reading a PDF found: its text, or why it cannot be kept. */
export type PdfReading =
  { status: 'read'; text: string } | { status: 'encrypted' } | { status: 'malformed'; detail: string };

/** Opens the PDF and reads the text of its first pages. Never throws for a bad file: it says what is wrong. */
export async function readPdf(bytes: Uint8Array): Promise<PdfReading> {
  const pdfjs = await loadPdfJs();
  // PDF.js takes ownership of (detaches) the buffer it is given: give it a copy.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: true,
    verbosity: 0,
  });
  try {
    const document = await task.promise;
    if ((await document.getPermissions()) !== null) return { status: 'encrypted' };
    let text = '';
    for (let page = 1; page <= Math.min(document.numPages, MAX_PAGES_READ); page += 1) {
      text += `${await pageText(await document.getPage(page))}\n`;
      if (text.length >= MAX_EVIDENCE_TEXT) break;
    }
    return { status: 'read', text: text.slice(0, MAX_EVIDENCE_TEXT) };
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordException') return { status: 'encrypted' };
    return { status: 'malformed', detail: error instanceof Error ? error.message : String(error) };
  } finally {
    await task.destroy();
  }
}

/**
 * A page's text, one line per line of the page: PDF.js marks some line ends with `hasEOL`; a change of
 * baseline (a separate text object lower down, as certificate generators write them) is a line end too.
 */
async function pageText(page: PdfJs.PDFPageProxy): Promise<string> {
  const content = await page.getTextContent();
  let text = '';
  let baseline: number | null = null;
  for (const item of content.items) {
    if (!('str' in item)) continue;
    const y = item.transform[5] as number;
    if (baseline !== null && Math.abs(y - baseline) > 1 && !text.endsWith('\n')) text += '\n';
    baseline = y;
    text += item.str + (item.hasEOL ? '\n' : '');
  }
  return text;
}
