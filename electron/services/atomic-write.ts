/**
 * Writes a file so that it is either the old file or the complete new one, never half of each: the bytes
 * go to a temporary file in the same folder, are flushed to disk, and the temporary file is renamed over the
 * target (a rename within one folder is atomic). On any failure the temporary file is removed and the old
 * file is left as it was.
 */
import { randomBytes } from 'node:crypto';
import { promises as nodeFs } from 'node:fs';
import path from 'node:path';
import { UserFacingError } from './user-facing-error';

/** The file-system calls the writer uses; tests pass a version that fails on purpose. */
export interface AtomicWriteFs {
  open: typeof nodeFs.open;
  rename: typeof nodeFs.rename;
  rm: typeof nodeFs.rm;
}

const realFs: AtomicWriteFs = { open: nodeFs.open, rename: nodeFs.rename, rm: nodeFs.rm };

/** The temporary name used while writing `target`: hidden, unique, and in the same folder. */
export function temporaryPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Replaces `target` with `bytes` atomically. Throws a UserFacingError that says, in plain English, why the
 * file could not be saved and what to do; the underlying error is kept as its `cause`.
 */
export async function writeFileAtomically(
  target: string,
  bytes: Uint8Array,
  fs: AtomicWriteFs = realFs,
): Promise<void> {
  const temporary = temporaryPathFor(target);
  let handle: Awaited<ReturnType<typeof nodeFs.open>> | undefined;
  try {
    // 'wx' refuses to follow or reuse anything already at the temporary name.
    handle = await fs.open(temporary, 'wx', 0o644);
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temporary, target);
  } catch (error) {
    // Clean up, then report the first failure: it is the one that explains what went wrong.
    await handle?.close().catch(() => undefined);
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw new UserFacingError(`Could not save ${path.basename(target)}: ${explain(error)}`, { cause: error });
  }
  await syncFolder(path.dirname(target));
}

/**
 * Flushes the folder entry so the rename survives a power cut. Windows cannot open a folder for syncing, and
 * the file itself is already complete on disk, so a failure here is not worth failing the save for.
 */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await nodeFs.open(folder, 'r').catch(() => undefined);
  await handle?.sync().catch(() => undefined);
  await handle?.close().catch(() => undefined);
}

/** A plain-English reason for a file-system error, with what the user can do about it. */
export function explain(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'the folder is read-only or you do not have permission to write there. Choose another folder.';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full. Free some space or choose another drive.';
    case 'ENOENT':
      return 'the folder does not exist any more. Choose another folder.';
    case 'ENOTDIR':
      return 'part of the path is a file, not a folder. Choose another folder.';
    case 'EISDIR':
      return 'a folder with that name already exists there. Choose another name.';
    case 'EBUSY':
      return 'the file is open in another program. Close it there and try again.';
    case 'ENAMETOOLONG':
      return 'the name or path is too long. Choose a shorter name or a folder closer to the top of the drive.';
    default:
      return `the system reported "${error instanceof Error ? error.message : String(error)}". Try another folder.`;
  }
}
