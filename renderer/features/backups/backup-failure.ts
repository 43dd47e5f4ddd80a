/** What the Backups panel says when backing up, checking, restoring or undoing fails. */
import { BackupRefusedError } from '../../db/backup';
import { faultMessage, plainFault } from '../../db/errors';
import { UnvouchedRestoreError } from './backup-service';

/**
 * The sentence for a failure while `doing` ("Restoring"): a refused backup says why it was not restored, a
 * full disk says that nothing was saved and what to do, and anything else keeps its own message.
 */
export function backupFailureMessage(error: unknown, doing: string): string {
  if (error instanceof BackupRefusedError || error instanceof UnvouchedRestoreError) {
    return `Not restored. ${error.message}`;
  }
  const plain = plainFault(error, 'try again');
  if (plain !== null) return `${doing} failed. ${plain}`;
  return `${doing} failed: ${faultMessage(error)}`;
}
