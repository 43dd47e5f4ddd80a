/**
 * The temporary files the atomic writer makes: their names (hidden, unique, never longer than a file system
 * allows), the writes in flight (so quitting can wait for them or remove what they leave), and the clean-up
 * at start of any left behind by a crash or a power cut.
 */
import { randomBytes } from 'node:crypto';
import { promises as nodeFs } from 'node:fs';
import path from 'node:path';

/** ext4, NTFS, APFS: a name is at most 255 bytes (UTF-8 on Linux and macOS; fewer UTF-16 units on NTFS). */
export const MAX_FILE_NAME_BYTES = 255;
const RANDOM_HEX_LENGTH = 12;
// ".<name>.<12 hex>.tmp": what temporaryNameFor makes, and all that the clean-up at start may remove.
const TEMPORARY_NAME = /^\..+\.[0-9a-f]{12}\.tmp$/;

/** Whether a file name is one the atomic writer makes for its temporary files. */
export function isTemporaryName(name: string): boolean {
  return TEMPORARY_NAME.test(name);
}

/**
 * The temporary name for writing `targetName`: `.<name>.<hex>.tmp`, the name shortened (by whole characters)
 * so that the whole never passes 255 UTF-8 bytes, even for a 250-byte target name.
 */
export function temporaryNameFor(targetName: string): string {
  const suffix = `.${randomBytes(RANDOM_HEX_LENGTH / 2).toString('hex')}.tmp`;
  const room = MAX_FILE_NAME_BYTES - Buffer.byteLength(`.${suffix}`, 'utf8');
  const characters = Array.from(targetName);
  while (characters.length > 1 && Buffer.byteLength(characters.join(''), 'utf8') > room) characters.pop();
  return `.${characters.join('')}${suffix}`;
}

/** The temporary path used while writing `target`: same folder, so the final rename is atomic. */
export function temporaryPathFor(target: string): string {
  return path.join(path.dirname(target), temporaryNameFor(path.basename(target)));
}

// Writes in flight: their temporary file and the promise that settles when the write is over.
const inFlight = new Map<string, Promise<unknown>>();

/** Records a write in flight until `done` settles; returns `done` unchanged. */
export function trackWrite<T>(temporary: string, done: Promise<T>): Promise<T> {
  inFlight.set(temporary, done);
  const forget = (): void => {
    inFlight.delete(temporary);
  };
  done.then(forget, forget);
  return done;
}

/** How many writes are in flight now. */
export function pendingWriteCount(): number {
  return inFlight.size;
}

/** What became of the writes in flight when the app quit. */
export interface PendingWritesOutcome {
  finished: number;
  /** Temporary files of writes that did not finish in time, removed so nothing half-written is left. */
  removed: string[];
}

/**
 * Waits up to `timeoutMs` for the writes in flight to finish, then removes the temporary files of any that
 * have not: called when the app quits, so a backup in progress either completes or leaves nothing behind.
 */
export async function finishPendingWrites(
  timeoutMs: number,
  // Unref'd: a pending timer must not itself keep a quitting process alive.
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref()),
): Promise<PendingWritesOutcome> {
  const waiting = [...inFlight.entries()];
  const settled = new Set<string>();
  const all = Promise.all(
    waiting.map(([temporary, done]) =>
      done.then(
        () => settled.add(temporary),
        () => settled.add(temporary),
      ),
    ),
  );
  await Promise.race([all, sleep(timeoutMs)]);
  const removed: string[] = [];
  for (const [temporary] of waiting) {
    if (settled.has(temporary)) continue;
    inFlight.delete(temporary);
    await nodeFs.rm(temporary, { force: true }).catch(() => undefined);
    removed.push(temporary);
  }
  return { finished: settled.size, removed };
}

/**
 * Removes temporary files a crash left in `folders` (not in their subfolders), and nothing else: only regular
 * files whose names match the writer's pattern, and never one a write in flight is using (should a write start
 * before the clean-up ends).
 * A folder that does not exist yet is skipped. Returns the paths removed.
 */
export async function removeStaleTemporaryFiles(folders: readonly string[]): Promise<string[]> {
  const removed: string[] = [];
  for (const folder of folders) {
    const entries = await nodeFs.readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (!entry.isFile() || !isTemporaryName(entry.name)) continue;
      const file = path.join(folder, entry.name);
      if (inFlight.has(file)) continue;
      await nodeFs.rm(file, { force: true });
      removed.push(file);
    }
  }
  return removed;
}
