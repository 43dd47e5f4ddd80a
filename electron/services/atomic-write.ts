/**
 * Writes a file so that it is either the old file or the complete new one, never half of each: the bytes
 * go to a temporary file in the same folder, are flushed to disk, and the temporary file is renamed over the
 * target (a rename within one folder is atomic). On any failure the temporary file is removed and the old
 * file is left as it was. On Windows another program may hold the target open (a CSV in Excel, a PDF in a
 * reader, a virus scanner looking at a new file) for a moment: the rename is retried briefly before giving up.
 */
import { promises as nodeFs } from 'node:fs';
import path from 'node:path';
import { temporaryPathFor, trackWrite } from './temp-files';
import { UserFacingError } from './user-facing-error';

/** The file-system calls the writer uses; tests pass a version that fails on purpose. */
export interface AtomicWriteFs {
  open: typeof nodeFs.open;
  rename: typeof nodeFs.rename;
  rm: typeof nodeFs.rm;
}

const realFs: AtomicWriteFs = { open: nodeFs.open, rename: nodeFs.rename, rm: nodeFs.rm };

/** How often, and after what pauses, a rename refused because the file is held is tried again. */
export interface RetryPolicy {
  /** The pauses between tries, in milliseconds: n pauses give n + 1 tries. */
  pausesMs: readonly number[];
  sleep(ms: number): Promise<void>;
}

/** Five tries over one second, as desktop apps on Windows do for files a scanner or another program holds. */
export const DEFAULT_RETRY: RetryPolicy = {
  pausesMs: [100, 200, 300, 400],
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

// What Windows reports when another process holds the file without sharing it.
const HELD_BY_ANOTHER_PROGRAM = new Set(['EPERM', 'EBUSY', 'EACCES']);

/**
 * Replaces `target` with `bytes` atomically. Throws a UserFacingError that says, in plain English, why the
 * file could not be saved and what to do; the underlying error is kept as its `cause`.
 */
export async function writeFileAtomically(
  target: string,
  bytes: Uint8Array,
  fs: AtomicWriteFs = realFs,
  retry: RetryPolicy = DEFAULT_RETRY,
): Promise<void> {
  const temporary = temporaryPathFor(target);
  // Tracked so that quitting mid-write waits for it, or removes what it leaves (temp-files.ts).
  // The rename (renameIntoPlace) also flushes the folder entry.
  await trackWrite(temporary, write(target, temporary, bytes, fs, retry));
}

async function write(
  target: string,
  temporary: string,
  bytes: Uint8Array,
  fs: AtomicWriteFs,
  retry: RetryPolicy,
): Promise<void> {
  let handle: Awaited<ReturnType<typeof nodeFs.open>> | undefined;
  try {
    // 'wx' refuses to follow or reuse anything already at the temporary name.
    handle = await fs.open(temporary, 'wx', 0o644);
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
  } catch (error) {
    await discard(temporary, fs, handle);
    throw new UserFacingError(`Could not save ${path.basename(target)}: ${explain(error)}`, { cause: error });
  }
  await renameIntoPlace(temporary, target, fs, retry);
}

/**
 * Moves a complete, flushed temporary file (in the target's folder) over `target`, retrying while another
 * program holds it, as `writeFileAtomically` does; on failure the temporary file is removed.
 */
export async function renameIntoPlace(
  temporary: string,
  target: string,
  fs: AtomicWriteFs = realFs,
  retry: RetryPolicy = DEFAULT_RETRY,
): Promise<void> {
  try {
    await renameWithRetries(temporary, target, fs, retry);
  } catch (error) {
    await discard(temporary, fs);
    const held = HELD_BY_ANOTHER_PROGRAM.has((error as NodeJS.ErrnoException).code ?? '');
    throw new UserFacingError(
      `Could not save ${path.basename(target)}: ${held ? HELD_MESSAGE : explain(error)}`,
      { cause: error },
    );
  }
  await syncFolder(path.dirname(target));
}

/** Said when the rename over the target is still refused after the retries. */
export const HELD_MESSAGE =
  'the file is open in another program (for example Excel or a PDF reader), or it is read-only. Close it there and try again, or save under another name.';

async function renameWithRetries(
  temporary: string,
  target: string,
  fs: AtomicWriteFs,
  retry: RetryPolicy,
): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fs.rename(temporary, target);
      return;
    } catch (error) {
      const pause = retry.pausesMs[attempt];
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (pause === undefined || !HELD_BY_ANOTHER_PROGRAM.has(code)) throw error;
      await retry.sleep(pause);
    }
  }
}

/** Removes the temporary file after a failure; the first failure is the one reported, not this one's. */
async function discard(
  temporary: string,
  fs: AtomicWriteFs,
  handle?: Awaited<ReturnType<typeof nodeFs.open>>,
): Promise<void> {
  await handle?.close().catch(() => undefined);
  await fs.rm(temporary, { force: true }).catch(() => undefined);
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
