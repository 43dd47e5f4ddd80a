/**
 * A file kept as evidence for a record (renderer/db/repositories/evidence-files.ts): the row that says which
 * kept file (by SHA-256) proves which record. It is a synced record (team sync carries the row, and the bytes
 * as an attachment of its document named by the SHA-256); rows are only ever added and removed, never edited.
 */
import { z } from 'zod';
import { MAX, idField, instantField, requiredText, strictForm, wholeNumberField } from './fields';

/** The largest evidence file (the same limit as the desktop's evidence folder, 20 MB). */
export const MAX_EVIDENCE_FILE_BYTES = 20 * 1024 * 1024;

/** A file kept as evidence for a record. */
export const EvidenceFileSchema = strictForm({
  id: idField('Evidence file'),
  /** SHA-256 of the bytes, lowercase hex: the file's name in the data folder and on the team server. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'The evidence file’s SHA-256 must be 64 lowercase hex digits.'),
  /** The record it proves, by its audit name (`training-record`, `membership`, …) and id. */
  entity: requiredText('Record type', 100),
  entityId: idField('Record'),
  fileName: requiredText('File name', 255),
  mediaType: z.enum(['application/pdf', 'image/png', 'image/jpeg']),
  size: wholeNumberField('Size', 1, MAX_EVIDENCE_FILE_BYTES),
  /** When, and by whom (a StaffMember id and name as they were then). */
  at: instantField('Added at'),
  staffId: idField('Staff member'),
  staffName: requiredText('Staff name', MAX.name),
  // Set on rows attached since team sync carries them (a merge of two versions sets them too); rows attached
  // before have none, and still travel.
  revision: wholeNumberField('Revision', 1, Number.MAX_SAFE_INTEGER).optional(),
  updatedAt: instantField('Updated at').optional(),
});
/** A file kept as evidence for a record. */
export type EvidenceFile = z.infer<typeof EvidenceFileSchema>;
