/**
 * Whether main can vouch for a backup it reads: sealed by this installation (its key made the seal), sealed by
 * another installation, not sealed at all, or a seal that no longer matches (the file was changed after it
 * was sealed). A browser has no key and cannot tell.
 */
import { z } from 'zod';

/** The verdicts, from the one DSH Desk can vouch for to the ones it cannot. */
export const BACKUP_TRUSTS = [
  'sealed-here',
  'sealed-elsewhere',
  'not-sealed',
  'seal-broken',
  'cannot-check',
] as const;
/** One verdict. */
export type BackupTrustKind = (typeof BACKUP_TRUSTS)[number];

export const BackupTrustSchema = z.strictObject({
  kind: z.enum(BACKUP_TRUSTS),
  /** The installation that sealed it (as its seal says), or null when unsealed. */
  installationId: z.string().max(100).nullable(),
});
/** Whether main can vouch for a backup, and who sealed it. */
export type BackupTrust = z.infer<typeof BackupTrustSchema>;
