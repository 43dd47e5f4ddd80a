/**
 * Payloads of the evidence-file operations. Main keeps the files in the data folder, named by their SHA-256
 * (the file's identity, here and later on the team server); the renderer only ever names a file by it.
 */
import { z } from 'zod';

/** The largest evidence file DSH Desk keeps: a scanned form or certificate fits many times over. */
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

/** The kinds of file kept as evidence, known by their content (not their name). */
export const EVIDENCE_MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
/** The type of an evidence file, by its content. */
export type EvidenceMediaType = (typeof EVIDENCE_MEDIA_TYPES)[number];

/** The most of a PDF's text that crosses the bridge (enough for a certificate's first pages). */
export const MAX_EVIDENCE_TEXT = 20_000;

/** A kept file's name: the SHA-256 of its bytes, lowercase hex. */
export const Sha256Schema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'The file is named by its SHA-256 (64 hex digits).');

export const StoreEvidenceRequestSchema = z.strictObject({
  fileName: z
    .string()
    .trim()
    .min(1, 'A file name is needed.')
    .max(255, 'File names are at most 255 characters.'),
  // One byte over the limit still crosses, so main can refuse it with the limit in words.
  bytes: z
    .instanceof(Uint8Array, { message: 'The file contents must be bytes.' })
    .refine((b) => b.byteLength <= MAX_EVIDENCE_BYTES + 1, 'The file is larger than 20 MB.'),
});
/** A file to keep as evidence: its name as the officer chose it, and its bytes. */
export type StoreEvidenceRequest = z.infer<typeof StoreEvidenceRequestSchema>;

export const StoreEvidenceResultSchema = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('stored'),
    sha256: Sha256Schema,
    size: z.number().int().min(1).max(MAX_EVIDENCE_BYTES),
    mediaType: z.enum(EVIDENCE_MEDIA_TYPES),
    /** A PDF's text, page by page, bounded (for reading a training certificate); absent for images. */
    text: z.string().max(MAX_EVIDENCE_TEXT).optional(),
  }),
  z.strictObject({ status: z.literal('refused'), message: z.string().min(1).max(500) }),
]);
/** The kept file's identity and type, or why it was refused, in plain words. */
export type StoreEvidenceResult = z.infer<typeof StoreEvidenceResultSchema>;

export const EvidenceFileRequestSchema = z.strictObject({
  sha256: Sha256Schema,
  /** Its type: the system viewer is given a copy with the matching extension. */
  mediaType: z.enum(EVIDENCE_MEDIA_TYPES),
});
/** Which kept file: its SHA-256 and type. */
export type EvidenceFileRequest = z.infer<typeof EvidenceFileRequestSchema>;

const Sha256List = z.array(Sha256Schema).max(1_000_000);

export const RemoveUnusedEvidenceRequestSchema = z.strictObject({
  /** Every SHA-256 a row names: never removed. */
  referenced: Sha256List,
  /** Files of proposals the officer cancelled: removed at once unless a row names them. */
  cancelled: Sha256List,
});
/** Which evidence files are in use, and which the officer has just let go. */
export type RemoveUnusedEvidenceRequest = z.infer<typeof RemoveUnusedEvidenceRequestSchema>;

export const RemoveUnusedEvidenceResultSchema = z.strictObject({ removed: z.number().int().min(0) });

export const EvidenceBytesSchema = z.strictObject({
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_EVIDENCE_BYTES, 'Too large.'),
});
/** A kept file's bytes (for backups and the evidence pack). */
export type EvidenceBytes = z.infer<typeof EvidenceBytesSchema>;
