/**
 * The evidence files a backup carries (format version 2): after the database (the one-line JSON document the
 * manifest's checksum covers), main appends a section — a newline, the files' bytes one after another, a
 * newline, an index line naming each file by its SHA-256 and size, and a last line saying where the section
 * and the index start:
 *
 *     <manifest>\n<database JSON>\n<bytes…>\n{"dshDeskEvidence":[{"sha256":…,"size":…},…]}\n{"dshDeskEvidenceAt":N,"indexAt":M}\n
 *
 * The checksum (and so the seal) covers the database only, which is what the renderer checks and restores;
 * each file is checked against its SHA-256, which the evidenceFiles rows hold, and those rows are sealed. A
 * backup without evidence files is written exactly as before (version 1), so older backups read as they did.
 */
import { z } from 'zod';
import { MAX_EVIDENCE_BYTES } from '../contract/evidence-payloads';

/** The format version of a backup that carries evidence files. */
export const WITH_EVIDENCE_FORMAT_VERSION = 2;

/** The most bytes the last line can take: reading this much of the end finds it. */
export const TRAILER_MAX_BYTES = 96;

/** The most bytes the index line may take (about 100 bytes a file: far beyond any DSH's evidence). */
export const MAX_INDEX_BYTES = 64 * 1024 * 1024;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/** One file in the index: its SHA-256 (its name in the evidence folder) and its size in bytes. */
export const CarriedFileSchema = z.strictObject({
  sha256,
  size: z.number().int().min(1).max(MAX_EVIDENCE_BYTES),
});
/** One evidence file a backup carries. */
export type CarriedFile = z.infer<typeof CarriedFileSchema>;

const IndexSchema = z.strictObject({ dshDeskEvidence: z.array(CarriedFileSchema) });
const TRAILER = /\n\{"dshDeskEvidenceAt":(\d{1,16}),"indexAt":(\d{1,16})\}\n$/;
const encoder = new TextEncoder();

/** Whether `value` is a SHA-256 as evidence files are named (64 lower-case hex digits). */
export function isSha256(value: unknown): value is string {
  return typeof value === 'string' && sha256.safeParse(value).success;
}

/** The end of the section: the newline after the last file, the index line and the last line. */
export function sectionEnd(files: readonly CarriedFile[], sectionAt: number, indexAt: number): Uint8Array {
  const index = JSON.stringify({ dshDeskEvidence: files });
  return encoder.encode(`\n${index}\n{"dshDeskEvidenceAt":${sectionAt},"indexAt":${indexAt}}\n`);
}

/** Where the section, its index line and its last line start, read from the last bytes of a file. */
export interface SectionPlace {
  /** The newline that ends the database; the first file starts just after it. */
  at: number;
  /** The index line's first byte (a newline before it ends the last file). */
  indexAt: number;
  /** The newline that starts the last line (and ends the index line). */
  trailerAt: number;
}

/** Where the section lies in a file of `size` bytes, read from its last bytes; null when there is none. */
export function sectionFromTail(tail: Uint8Array, size: number, bodyStart: number): SectionPlace | null {
  // Only the last line is matched, and it is plain ASCII: whatever the bytes before it decode to does not matter.
  const found = TRAILER.exec(new TextDecoder().decode(tail));
  if (!found) return null;
  const at = Number(found[1]);
  const indexAt = Number(found[2]);
  const trailerAt = size - encoder.encode(found[0]).byteLength;
  return at >= bodyStart && at < indexAt && indexAt <= trailerAt ? { at, indexAt, trailerAt } : null;
}

/** The files an index line (without its newlines) lists, or null when it is not one DSH Desk writes. */
export function parseIndexLine(line: string): CarriedFile[] | null {
  try {
    const parsed = IndexSchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data.dshDeskEvidence : null;
  } catch {
    return null;
  }
}
