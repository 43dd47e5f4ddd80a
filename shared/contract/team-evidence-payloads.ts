/**
 * The bridge payloads that move evidence files through the team server (team sync of `evidence-file` rows).
 * Main reads and writes the evidence folder itself, so on the desktop the bytes never cross the bridge: the
 * page only names the file (its SHA-256) and its row's document.
 */
import { z } from 'zod';
import { EVIDENCE_MEDIA_TYPES, MAX_EVIDENCE_BYTES, Sha256Schema } from './evidence-payloads';
import { teamAnswerSchema } from './team-payloads';

const docId = z
  .string()
  .regex(/^evidence-file:[^/]{1,498}$/, 'An evidence file’s document id starts with “evidence-file:”.');
const rev = z.string().min(1).max(512);
const size = z.number().int().min(1).max(MAX_EVIDENCE_BYTES);

export const TeamUploadEvidenceRequestSchema = z.strictObject({
  docId,
  /** The revision of the document this workstation last agreed with the server: the attachment goes on it. */
  rev,
  sha256: Sha256Schema,
  mediaType: z.enum(EVIDENCE_MEDIA_TYPES),
  size,
});
/** "Send the evidence file with this SHA-256 to this document, at this revision, unless the server has it." */
export type TeamUploadEvidenceRequest = z.infer<typeof TeamUploadEvidenceRequestSchema>;

export const TeamUploadEvidenceResultSchema = teamAnswerSchema(
  z.discriminatedUnion('status', [
    /** Sent: the document's new revision, which the next push of the row must be based on. */
    z.strictObject({ status: z.literal('uploaded'), rev }),
    /** The server already holds the bytes. */
    z.strictObject({ status: z.literal('present') }),
    /** The document changed on the server since `rev`: pull first, then send. */
    z.strictObject({ status: z.literal('moved') }),
    /** The document is gone from the server (the file was removed): nothing to send. */
    z.strictObject({ status: z.literal('gone') }),
    /** This computer does not hold the bytes (intact): it cannot send them. */
    z.strictObject({ status: z.literal('not-here') }),
  ]),
);
/** What became of sending one evidence file; or why the server could not be asked. */
export type TeamUploadEvidenceResult = z.infer<typeof TeamUploadEvidenceResultSchema>;

export const TeamFetchEvidenceRequestSchema = z.strictObject({
  docId,
  sha256: Sha256Schema,
  mediaType: z.enum(EVIDENCE_MEDIA_TYPES),
  size,
  /** The name the officer gave it, for messages. */
  fileName: z.string().min(1).max(255),
});
/** "Fetch the attachment of this document into the evidence folder, checking it is these bytes." */
export type TeamFetchEvidenceRequest = z.infer<typeof TeamFetchEvidenceRequestSchema>;

export const TeamFetchEvidenceResultSchema = teamAnswerSchema(
  z.discriminatedUnion('status', [
    /** Already in this computer's evidence folder, intact. */
    z.strictObject({ status: z.literal('here') }),
    /** Fetched, checked and kept. */
    z.strictObject({ status: z.literal('stored') }),
    /** The server does not hold the bytes yet (the workstation that attached it has not sent them). */
    z.strictObject({ status: z.literal('not-yet') }),
    /** The server's bytes are not the file the row names (or not a file DSH Desk keeps): not kept, and why. */
    z.strictObject({ status: z.literal('refused'), message: z.string().min(1).max(500) }),
  ]),
);
/** What became of fetching one evidence file; or why the server could not be asked. */
export type TeamFetchEvidenceResult = z.infer<typeof TeamFetchEvidenceResultSchema>;

/** What became of sending one evidence file, once the server answered. */
export type TeamUploadEvidenceOutcome = Extract<TeamUploadEvidenceResult, { ok: true }>['value'];
/** What became of fetching one evidence file, once the server answered. */
export type TeamFetchEvidenceOutcome = Extract<TeamFetchEvidenceResult, { ok: true }>['value'];
