/**
 * The machine-readable record embedded in every certificate PDF as the attachment `certificate.json`: the
 * certificate's content, its fingerprint and the issuing organisation, as plain (uncompressed) UTF-8 JSON.
 *
 * Why an attachment and not the Keywords or Subject metadata: an attachment holds any length of UTF-8 text
 * exactly, PDF readers show it to anyone who wants to read it, and PDF/A-3 names this use (an "associated
 * file"). Metadata strings are size-limited in some readers, need UTF-16 escaping for "Łukasz", and are
 * what editing tools most often rewrite.
 */
import { z } from 'zod';
import { canonicalJson } from '../../canonical-json';
import type { CertificateContent } from '../../domain';

/** The attachment's file name. */
export const CERTIFICATE_RECORD_FILE = 'certificate.json';

/** Names this layout of the record; a later layout gets a new name, and old certificates still verify. */
export const CERTIFICATE_RECORD_FORMAT = 'dsh-desk/certificate-of-deletion/1';

/** What the embedded record holds. */
export interface CertificateRecord {
  format: typeof CERTIFICATE_RECORD_FORMAT;
  organisation: string;
  fingerprint: string;
  content: CertificateContent;
}

/** The shape of a record read back from a file (the content itself is checked against its own schema). */
export const CertificateRecordShape = z.object({
  format: z.literal(CERTIFICATE_RECORD_FORMAT),
  organisation: z.string(),
  fingerprint: z.string(),
  content: z.record(z.string(), z.unknown()),
});

/**
 * The record as UTF-8 bytes: keys in canonical order, so the same certificate always gives the same bytes
 * however its object was put together, and indented, so a person opening the attachment can read it.
 */
export function certificateRecordBytes(record: CertificateRecord): Uint8Array {
  const ordered: unknown = JSON.parse(canonicalJson(record));
  return new TextEncoder().encode(`${JSON.stringify(ordered, null, 2)}\n`);
}

/** The text of record bytes read from a file; bytes that are not UTF-8 read as U+FFFD, not as an error. */
export function certificateRecordText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}
