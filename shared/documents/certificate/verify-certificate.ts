/**
 * Verifies a certificate of deletion PDF against the certificate register.
 *
 * - genuine: the embedded content hashes to the embedded fingerprint, the pages print exactly that content
 *   and fingerprint, and the register holds the same fingerprint under that number;
 * - altered: a DSH certificate in which any of those disagree (or whose record is damaged);
 * - unknown: a readable certificate whose number is not in the register, or a PDF that is no DSH certificate;
 * - unreadable: not a PDF, or a damaged or incomplete one.
 */
import { PDFDocument } from 'pdf-lib';
import { formatLongDate } from '../../dates';
import { CertificateContentSchema, certificateFingerprint, type CertificateContent } from '../../domain';
import { documentText } from '../pdf/blocks';
import { readEmbeddedFile } from '../pdf/embedded-file';
import { printedText } from '../pdf/printed-text';
import { certificateDocument } from './certificate-document';
import { CERTIFICATE_RECORD_FILE, CertificateRecordShape, certificateRecordText } from './certificate-record';

/** What the register says about a certificate number (it may answer from a database, hence the promise). */
export interface CertificateRegister {
  findByNumber(
    number: string,
  ): { fingerprint: string } | undefined | Promise<{ fingerprint: string } | undefined>;
}

/** The outcome of verifying a certificate file. */
export type CertificateVerdict = 'genuine' | 'altered' | 'unknown' | 'unreadable';

/** A verdict, the certificate number when one could be read, and a sentence for the DSH officer. */
export interface CertificateVerification {
  verdict: CertificateVerdict;
  number?: string;
  message: string;
}

const PDF_HEADER = '%PDF-';
const PDF_END = '%%EOF';

/** Checks a certificate PDF's content, printed pages and fingerprint against the register. */
export async function verifyCertificatePdf(
  bytes: Uint8Array,
  register: CertificateRegister,
): Promise<CertificateVerification> {
  const problem = unreadable(bytes);
  if (problem) return { verdict: 'unreadable', message: problem };
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
    if (doc.getPageCount() === 0) throw new Error('no pages');
  } catch {
    return {
      verdict: 'unreadable',
      message: 'This PDF is damaged and cannot be read. Ask for the certificate to be sent again.',
    };
  }

  let recordBytes: Uint8Array | undefined;
  try {
    recordBytes = readEmbeddedFile(doc, CERTIFICATE_RECORD_FILE);
  } catch {
    // The record is there but its structure is broken: treat it as a damaged record, not as no record.
    recordBytes = new Uint8Array();
  }
  const claimed = claimedNumber(doc);
  if (recordBytes === undefined) {
    return {
      verdict: 'unknown',
      ...(claimed && { number: claimed }),
      message:
        'This PDF is not a DSH certificate of deletion: it carries no certificate record, so it cannot be checked against the register.',
    };
  }

  const record = parseRecord(recordBytes);
  if (!record) {
    return altered(
      claimed,
      'its embedded certificate record has been damaged or changed and no longer reads as a certificate',
    );
  }
  const { content, fingerprint, organisation } = record;
  if (certificateFingerprint(content) !== fingerprint) {
    return altered(
      content.number,
      'its content has been changed since it was issued: the content no longer matches its fingerprint',
    );
  }
  if (!printsItsRecord(doc, content, fingerprint, organisation)) {
    return altered(
      content.number,
      'the text printed on its pages differs from the certificate record it carries',
    );
  }

  const entry = await register.findByNumber(content.number);
  if (!entry) {
    return {
      verdict: 'unknown',
      number: content.number,
      message: `${content.number} is not in the certificate register. It was not issued from this register, so it cannot be confirmed.`,
    };
  }
  if (entry.fingerprint !== fingerprint) {
    return altered(
      content.number,
      `its fingerprint differs from the one in the register entry for ${content.number}`,
    );
  }
  return {
    verdict: 'genuine',
    number: content.number,
    message: `This certificate matches the register entry for ${content.number} issued on ${formatLongDate(content.issuedOn)}.`,
  };
}

function altered(number: string | undefined, why: string): CertificateVerification {
  return {
    verdict: 'altered',
    ...(number && { number }),
    message: `This certificate${number ? ` (${number})` : ''} has been altered: ${why}. Do not rely on it; check the register entry instead.`,
  };
}

/** Why the bytes are not a complete PDF, or undefined when they look like one. */
function unreadable(bytes: Uint8Array): string | undefined {
  const text = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length === 0) return 'This file is empty: it is not a certificate.';
  if (text(0, 1024).indexOf(PDF_HEADER) < 0)
    return 'This file is not a PDF, so it cannot be a certificate of deletion.';
  if (text(Math.max(0, bytes.length - 1024), bytes.length).indexOf(PDF_END) < 0) {
    return 'This PDF is incomplete: the file ends before the end of the document. Ask for the certificate to be sent again.';
  }
  return undefined;
}

/** The certificate number the PDF's title claims, for messages when its record cannot be read. */
function claimedNumber(doc: PDFDocument): string | undefined {
  const title = doc.getTitle() ?? '';
  return /DSH-CERT-\d{4}-\d{4,}/.exec(title)?.[0];
}

function parseRecord(
  bytes: Uint8Array,
): { content: CertificateContent; fingerprint: string; organisation: string } | undefined {
  let json: unknown;
  try {
    json = JSON.parse(certificateRecordText(bytes));
  } catch {
    return undefined;
  }
  const record = CertificateRecordShape.safeParse(json);
  if (!record.success || !CertificateContentSchema.safeParse(record.data.content).success) return undefined;
  // The fingerprint is taken over the content exactly as stored, not over a cleaned-up copy.
  return { ...record.data, content: record.data.content as CertificateContent };
}

/** True when the pages print exactly what this content, fingerprint and organisation make them print. */
function printsItsRecord(
  doc: PDFDocument,
  content: CertificateContent,
  fingerprint: string,
  organisation: string,
): boolean {
  const comparable = (texts: string[]) => texts.join('').normalize('NFC').replace(/\s+/gu, '');
  let printed: string;
  try {
    printed = comparable(printedText(doc));
  } catch {
    return false;
  }
  return printed === comparable(documentText(certificateDocument(content, fingerprint, organisation).blocks));
}
