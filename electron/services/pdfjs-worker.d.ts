/** PDF.js ships no types for its worker module; main only hands it to PDF.js (see pdf-text.ts). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  /** What PDF.js looks for on `globalThis.pdfjsWorker` to run its worker in the same thread. */
  export const WorkerMessageHandler: unknown;
}
