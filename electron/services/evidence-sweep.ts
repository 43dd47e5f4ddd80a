/**
 * Removing evidence files no record names: a certificate read for a proposal the officer cancelled (at once),
 * and at start any file kept for a proposal never confirmed, a certificate for someone else, or a record
 * since removed or replaced by a restore. Only a file named like a kept one (its SHA-256) is ever removed,
 * never one a row names (the renderer sends them all) nor one a backup being written carries, and at start
 * only when untouched for the grace period — storing a file touches it, so a file just kept for an attach or
 * a proposal still on screen is never swept from under it. Viewer copies past the grace period go too.
 * No electron import.
 *
 * A file's date comes from the wall clock, which can be wrong or jump; as backup rotation does
 * (backups-rotation.ts), the sweep never lets a wrong clock remove what it should keep: a file this run
 * stored or touched is judged by a clock that never jumps (`storedLately`), and while any file is dated in
 * the future (the clock is, or was, wrong) nothing is removed by age at all — only cancelled proposals'
 * files, which need no clock.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isSha256 } from '../../shared/backup-file/evidence-section';
import { FUTURE_TOLERANCE_MS } from '../../shared/contract/backup-payloads';

/** How long a file no row names is kept at start: a proposal left open overnight is still confirmable. */
export const EVIDENCE_GRACE_MS = 24 * 60 * 60 * 1000;

/** What the sweep must leave alone, and what it may remove at once. */
export interface SweepRequest {
  /** Every SHA-256 a row of the database names. */
  referenced: ReadonlySet<string>;
  /** Every SHA-256 a backup being written carries. */
  inUse: ReadonlySet<string>;
  /** Files of proposals the officer cancelled: removed at once when nothing names them. */
  cancelled: readonly string[];
  /** Files this run stored or touched within the grace period, by a clock that never jumps. */
  storedLately?: ReadonlySet<string>;
  now: Date;
  graceMs?: number;
}

/** Files in `folder` (none when it is absent). */
async function namesIn(folder: string): Promise<string[]> {
  try {
    return await fs.readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Whether any plain file among `files` was last changed after `after` (ms). */
async function anyDatedAfter(files: readonly string[], after: number): Promise<boolean> {
  for (const file of files) {
    const stat = await fs.lstat(file).catch(() => undefined);
    if (stat?.isFile() && stat.mtimeMs > after) return true;
  }
  return false;
}

/** Removes `file` when it is a plain file last changed before `before` (any time, when null). */
async function removeIfOlder(file: string, before: number | null): Promise<boolean> {
  try {
    const stat = await fs.lstat(file);
    if (!stat.isFile() || (before !== null && stat.mtimeMs >= before)) return false;
    await fs.rm(file);
    return true;
  } catch (error) {
    // Gone already, or held open by a viewer: it is tried again at the next start.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      console.error(`DSH Desk: could not remove the unused evidence file ${path.basename(file)}`, error);
    }
    return false;
  }
}

/** Removes the evidence files in `folder` nothing names; returns how many went. */
export async function removeUnusedEvidence(folder: string, request: SweepRequest): Promise<number> {
  const { referenced, inUse } = request;
  const lately = request.storedLately ?? new Set<string>();
  const unused = (name: string) => isSha256(name) && !referenced.has(name) && !inUse.has(name);
  const before = request.now.getTime() - (request.graceMs ?? EVIDENCE_GRACE_MS);
  let removed = 0;
  for (const sha256 of new Set(request.cancelled)) {
    if (unused(sha256) && (await removeIfOlder(path.join(folder, sha256), null))) removed += 1;
  }
  // Copies handed to the system viewer: the kept file is the evidence, these are only for looking at.
  const viewing = path.join(folder, 'viewing');
  const aged = (await namesIn(folder))
    .filter((name) => unused(name) && !lately.has(name))
    .map((name) => path.join(folder, name));
  const copies = (await namesIn(viewing)).map((name) => path.join(viewing, name));
  if (await anyDatedAfter([...aged, ...copies], request.now.getTime() + FUTURE_TOLERANCE_MS)) {
    console.error(
      'DSH Desk: an evidence file is dated in the future, so the clock is not trusted to age any.',
    );
    return removed;
  }
  for (const file of aged) if (await removeIfOlder(file, before)) removed += 1;
  for (const file of copies) await removeIfOlder(file, before);
  return removed;
}
