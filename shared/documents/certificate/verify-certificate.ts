/**
 * Verifies a certificate of deletion PDF against the certificate register, over every byte of the file:
 *
 * - genuine: the file is byte for byte the PDF that was issued (its SHA-256 is the one the register kept,
 *   or, for a certificate whose file hash was never kept, the bytes of its PDF made again from the register);
 * - void: the file is byte for byte a certificate that was issued and later voided (when, why, and which
 *   certificate replaced it are said);
 * - altered: a file that names a certificate of the register but is not that file: a changed title, font,
 *   drawing, appended update or re-save all count, and what differs is named where it can be read;
 * - unknown: a readable certificate whose number is not in the register, or a PDF that is no DSH certificate;
 * - unreadable: not a PDF, or a damaged or incomplete one.
 */
import { PDFDocument } from 'pdf-lib';
import { canonicalJson } from '../../canonical-json';
import { formatLongDate } from '../../dates';
import { CertificateContentSchema, type CertificateContent } from '../../domain';
import { sha256HexOfBytes } from '../../hashing';
import { readEmbeddedFile } from '../pdf/embedded-file';
import { CERTIFICATE_RECORD_FILE, CertificateRecordShape, certificateRecordText } from './certificate-record';
import { fileDifferences, type LoadedPdf } from './file-differences';
import { contentFieldWords } from './content-field-words';

/** What the register holds about one certificate. */
export interface RegisterEntry {
  fingerprint: string;
  content: CertificateContent;
  /** SHA-256 of the PDF file as issued, when the register kept it. */
  pdfSha256?: string | undefined;
  /** Set when the certificate was voided: when, why, and the replacement issued since, if any. */
  voided?: VoidedEntry | undefined;
}

/** A void certificate as the register tells the verifier about it. */
export interface VoidedEntry {
  on: string;
  reason: string;
  replacedBy?: { number: string; issuedOn: string } | undefined;
}

/** The certificate register, as the verifier asks it (it may answer from a database, hence the promises). */
export interface CertificateRegister {
  findByNumber(number: string): RegisterEntry | undefined | Promise<RegisterEntry | undefined>;
  /** The PDF of the certificate with this number, made again from its register entry. */
  issuedPdf(number: string): Promise<Uint8Array>;
}

/** The outcome of verifying a certificate file. */
export type CertificateVerdict = 'genuine' | 'void' | 'altered' | 'unknown' | 'unreadable';

/** A verdict, the certificate number when one could be read, and a sentence for the DSH officer. */
export interface CertificateVerification {
  verdict: CertificateVerdict;
  number?: string;
  message: string;
}

const PDF_HEADER = '%PDF-';
const PDF_END = '%%EOF';
type ReadRecord =
  { status: 'missing' | 'damaged' } | { status: 'read'; content: CertificateContent; fingerprint: string };

/** Checks that a file is, byte for byte, a certificate PDF the register issued, and says what differs if not. */
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

  const record = readRecord(doc);
  const number = record.status === 'read' ? record.content.number : claimedNumber(doc);
  const entry = number ? await register.findByNumber(number) : undefined;
  if (!number || !entry) {
    return {
      verdict: 'unknown',
      ...(number && { number }),
      message:
        record.status === 'missing'
          ? 'This PDF is not a DSH certificate of deletion: it carries no certificate record, so it cannot be checked against the register.'
          : `${number ?? 'This certificate'} is not in the certificate register. It was not issued from this register, so it cannot be confirmed.`,
    };
  }

  const fileSha256 = sha256HexOfBytes(bytes);
  let issued: Uint8Array | undefined;
  let expected = entry.pdfSha256;
  if (!expected) {
    try {
      issued = await register.issuedPdf(number);
    } catch (error) {
      return {
        verdict: 'unknown',
        number,
        message: `${number} could not be checked: its PDF could not be made again from the register (${error instanceof Error ? error.message : String(error)}).`,
      };
    }
    expected = sha256HexOfBytes(issued);
  }
  if (fileSha256 === expected && entry.voided) {
    return { verdict: 'void', number, message: voidMessage(number, entry.content.issuedOn, entry.voided) };
  }
  if (fileSha256 === expected) {
    return {
      verdict: 'genuine',
      number,
      message: `This file is byte for byte the certificate ${number} issued on ${formatLongDate(entry.content.issuedOn)}, as kept in the register (SHA-256 ${fileSha256}).`,
    };
  }
  const differences = recordDifferences(record, entry);
  const issuedFile = await issuedToCompare(register, number, expected, issued);
  if (issuedFile) differences.push(...fileDifferences({ bytes, doc }, issuedFile));
  if (differences.length === 0) {
    differences.push(
      'its bytes differ from the issued file although nothing printed on it was found to differ (its internal structure was changed, or another program saved it again)',
    );
  }
  return altered(number, differences);
}

/** "Void — replaced by DSH-CERT-… on …": the file was issued, but the certificate no longer stands. */
function voidMessage(number: string, issuedOn: string, voided: VoidedEntry): string {
  const replaced = voided.replacedBy
    ? `replaced by ${voided.replacedBy.number} on ${formatLongDate(voided.replacedBy.issuedOn)}`
    : 'not replaced yet';
  return `Void — ${replaced}. This file is byte for byte the certificate ${number} issued on ${formatLongDate(issuedOn)}, but it was voided on ${formatLongDate(voided.on)}: ${voided.reason} Do not rely on it${voided.replacedBy ? `; rely on ${voided.replacedBy.number}` : ''}.`;
}

function altered(number: string, differences: string[]): CertificateVerification {
  return {
    verdict: 'altered',
    number,
    message: `This file is not the certificate that was issued as ${number}: ${differences.join('; ')}. Do not rely on it; the register entry holds the certificate as issued.`,
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

/** The record embedded in the file: read, damaged (present but not a certificate record), or missing. */
function readRecord(doc: PDFDocument): ReadRecord {
  let bytes: Uint8Array | undefined;
  try {
    bytes = readEmbeddedFile(doc, CERTIFICATE_RECORD_FILE);
  } catch {
    return { status: 'damaged' };
  }
  if (bytes === undefined) return { status: 'missing' };
  let json: unknown;
  try {
    json = JSON.parse(certificateRecordText(bytes));
  } catch {
    return { status: 'damaged' };
  }
  const record = CertificateRecordShape.safeParse(json);
  if (!record.success || !CertificateContentSchema.safeParse(record.data.content).success) {
    return { status: 'damaged' };
  }
  return {
    status: 'read',
    content: record.data.content as CertificateContent,
    fingerprint: record.data.fingerprint,
  };
}

/** How the record the file carries differs from the register entry, in words. */
function recordDifferences(record: ReadRecord, entry: RegisterEntry): string[] {
  if (record.status !== 'read') {
    return [
      record.status === 'missing'
        ? 'it carries no certificate record'
        : 'its embedded certificate record is damaged or changed',
    ];
  }
  const content = record.content as unknown as Record<string, unknown>;
  const registered = entry.content as unknown as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(content), ...Object.keys(registered)])];
  const changed = keys.filter(
    (key) => canonicalJson(content[key] ?? null) !== canonicalJson(registered[key] ?? null),
  );
  if (changed.length > 0) {
    return [`its embedded record gives a different ${contentFieldWords(changed)} from the register entry`];
  }
  return record.fingerprint === entry.fingerprint
    ? []
    : ['its embedded fingerprint differs from the one in the register'];
}

/** The issued file to compare with, when the register's PDF made again is that file. */
async function issuedToCompare(
  register: CertificateRegister,
  number: string,
  expected: string,
  made: Uint8Array | undefined,
): Promise<LoadedPdf | undefined> {
  try {
    const bytes = made ?? (await register.issuedPdf(number));
    if (sha256HexOfBytes(bytes) !== expected) return undefined;
    return { bytes, doc: await PDFDocument.load(bytes, { updateMetadata: false }) };
  } catch {
    return undefined;
  }
}
