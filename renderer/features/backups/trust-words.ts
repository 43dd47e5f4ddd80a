/**
 * What DSH Desk can and cannot vouch for about a backup, in the officer's words. A backup is vouched for only
 * when this installation's main process sealed it (or it never left this window: the undo of a restore);
 * every other backup is restored only after the officer has read what cannot be vouched for and confirmed.
 */
import type { BackupTrust } from '../../../shared/contract/backup-trust';

/** Where a backup to restore came from, as far as vouching goes: main's verdict, or this window's memory. */
export type RestoreTrust = BackupTrust | { kind: 'this-window'; installationId: null };

/** The warning for a backup DSH Desk cannot vouch for (null when it can): what cannot be vouched for, and why. */
export function trustWarning(trust: RestoreTrust): { title: string; detail: string } | null {
  switch (trust.kind) {
    case 'sealed-here':
    case 'this-window':
      return null;
    case 'seal-broken':
      return {
        title: 'This backup has been changed since DSH Desk made it.',
        detail:
          'Its seal no longer matches its contents: the file was edited after this installation sealed it (for example a record changed and its checksum recomputed). DSH Desk cannot vouch that any record in it, or its audit log, is what was really recorded.',
      };
    case 'sealed-elsewhere':
      return {
        title: 'This backup was made by another DSH Desk installation.',
        detail: `It carries the seal of another installation (key ${trust.installationId ?? 'unknown'}), which this computer does not hold, so DSH Desk cannot check that seal: it cannot vouch that the records and audit log in it are what that installation recorded, unchanged.`,
      };
    case 'not-sealed':
      return {
        title: 'This backup carries no seal.',
        detail:
          'It was made by an older version of DSH Desk, by DSH Desk in a browser, or its seal was taken off. Its checksum only shows the file is complete — anyone who edits a backup can recompute it — so DSH Desk cannot vouch that the records and audit log in it are what was really recorded.',
      };
    case 'cannot-check':
      return {
        title: 'DSH Desk cannot vouch for any backup in a browser.',
        detail:
          'Only the desktop app holds the key that seals backups and checks seals. The checks below show the file is complete and well formed, not that the records and audit log in it are what was really recorded: it could have been edited and its checksum recomputed.',
      };
  }
}

/**
 * The warning before restoring `backup` (null when there is nothing to warn of): its seal, and whether its
 * audit log agrees with the checkpoints this installation kept outside the database.
 */
export function restoreWarning(backup: {
  trust: RestoreTrust;
  checked: { auditWarning: string | null };
}): { title: string; detail: string } | null {
  const seal = trustWarning(backup.trust);
  const audit = backup.checked.auditWarning;
  if (!audit) return seal;
  if (!seal) return { title: 'Its audit log is not the one this installation recorded.', detail: audit };
  return { ...seal, detail: `${seal.detail} ${audit}` };
}

/** What the restore's audit event records about vouching. */
export function trustLabel(trust: RestoreTrust): string {
  return {
    'sealed-here': 'sealed by this installation',
    'this-window': 'made in this window before the restore',
    'sealed-elsewhere': `sealed by another installation (key ${trust.installationId ?? 'unknown'})`,
    'not-sealed': 'not sealed',
    'seal-broken': 'seal broken',
    'cannot-check': 'not checked (browser)',
  }[trust.kind];
}
