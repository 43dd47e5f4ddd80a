/**
 * What kind of file an evidence file is, by its first bytes (magic numbers), never by its name: a renamed
 * executable is refused whatever it is called.
 */
import type { EvidenceMediaType } from '../../shared/contract/evidence-payloads';

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

// Readers accept a PDF header anywhere in the first kilobyte (some scanners write junk before it).
const PDF_HEADER_WINDOW = 1024;

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((value, index) => bytes[at + index] === value);
}

/** The media type the content says, or null when it is none of PDF, PNG and JPEG. */
export function mediaTypeOf(bytes: Uint8Array): EvidenceMediaType | null {
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  const window = Math.min(bytes.length - PDF.length, PDF_HEADER_WINDOW);
  for (let at = 0; at <= window; at += 1) {
    if (startsWith(bytes, PDF, at)) return 'application/pdf';
  }
  return null;
}

/** The extension a system viewer expects for this type. */
export function extensionOf(mediaType: EvidenceMediaType): string {
  return { 'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpg' }[mediaType];
}
