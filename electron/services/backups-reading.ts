/**
 * Which backup files may be read for a restore. From the backups folder only a regular file is read: a link
 * named like a backup (which could point anywhere on the disk) is refused, by lstat, before anything is read.
 * A file the officer picks in the open dialog is theirs to choose, links included. No electron import.
 */
import { promises as fs } from 'node:fs';
import { UserFacingError } from './user-facing-error';

/** Refuses what is not a backup file to read: a link in the backups folder, a folder, anything but a file. */
export async function checkReadableBackup(
  file: string,
  shownName: string,
  inBackupsFolder: boolean,
): Promise<{ size: number }> {
  const stat = inBackupsFolder ? await fs.lstat(file) : await fs.stat(file);
  if (stat.isSymbolicLink()) {
    throw new UserFacingError(
      `${shownName} in the backups folder is a link to another file, not a backup DSH Desk wrote, so it was not read. Remove it from the backups folder; to restore the file it points to, use “Restore from a file…”.`,
    );
  }
  if (!stat.isFile()) throw new UserFacingError(`${shownName} is not a file. Choose a backup file.`);
  return { size: stat.size };
}
