/**
 * Which backups in the folder are damaged: a broken seal (checked from the first line, at once) or a body
 * that no longer matches its manifest's checksum (read in full, a stream at a time). Reading 700 MB on every
 * listing would be far too slow, so each verdict is remembered by the file's name, size, modification time
 * and inode (a file changed in any of those is read again), and kept in a small file in the data folder, so
 * a restart does not read every backup again. Main records the verdict of each backup it writes itself (it has just
 * checked it), so in practice only a file changed on disk, or one from before seals, is ever read in full.
 * The remembered verdicts only decide what the list says: a restore always checks the seal and checksum.
 * No electron import.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { BackupManifest } from '../../shared/contract/backup-payloads';
import type { BackupJudge, BackupOnDisk } from './backups-files';
import { trustOf } from './backups-seal';
import type { InstallationKey } from './installation-key';

/** Said of a backup whose body no longer matches its description. */
export const DAMAGED_BODY =
  'Damaged: its contents no longer match the checksum written when it was made. It cannot be restored.';
/** Said of a backup whose seal no longer matches: it was changed after this installation sealed it. */
export const BROKEN_SEAL =
  'Damaged: its seal is broken — the file was changed after DSH Desk sealed it. DSH Desk cannot vouch for it.';

/** The SHA-256 of a file from byte `start` up to (not including) byte `end`, read as a stream. */
async function sha256OfFile(file: string, start: number, end: number): Promise<string> {
  const hash = createHash('sha256');
  if (end <= start) return hash.digest('hex');
  const stream = createReadStream(file, { start, end: end - 1, highWaterMark: 4 * 1024 * 1024 });
  for await (const chunk of stream) {
    hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}

function cacheKey(onDisk: BackupOnDisk): string {
  return `${onDisk.fileName}|${onDisk.size}|${onDisk.mtimeMs}|${onDisk.ino}`;
}

/** Where remembered verdicts are kept between runs. */
export interface VerdictStore {
  load(): Promise<Record<string, string | null>>;
  save(verdicts: Record<string, string | null>): Promise<void>;
}

/** Judges backups for the list, remembering verdicts; `remember` records one main has just checked itself. */
export interface BackupIntegrity {
  judge: BackupJudge;
  remember(onDisk: BackupOnDisk, problem: string | null): void;
  /** Keeps the verdicts of the backups named in `present` (forgetting the rest), if any changed. */
  persist(present: readonly string[]): Promise<void>;
  /** How many bodies have been read in full (tests check the cache works). */
  readonly bodiesRead: number;
}

/** An integrity checker for backups sealed with `key`. */
export function createBackupIntegrity(key: InstallationKey, store?: VerdictStore): BackupIntegrity {
  const verdicts = new Map<string, string | null>();
  let loaded: Promise<void> | null = null;
  let changed = false;
  let bodiesRead = 0;
  /** Reads the stored verdicts once; a missing or damaged store only means reading the files again. */
  const ready = () =>
    (loaded ??= (store?.load() ?? Promise.resolve({})).then(
      (stored) => {
        for (const [name, verdict] of Object.entries(stored)) {
          if (!verdicts.has(name) && (verdict === null || typeof verdict === 'string')) {
            verdicts.set(name, verdict);
          }
        }
      },
      () => undefined,
    ));
  // One body at a time: hashing several large files at once only makes the disk seek.
  let queue: Promise<unknown> = Promise.resolve();

  async function verdictOf(onDisk: BackupOnDisk, manifest: BackupManifest): Promise<string | null> {
    if (trustOf(manifest, key).kind === 'seal-broken') return BROKEN_SEAL;
    bodiesRead += 1;
    const sha = await sha256OfFile(onDisk.file, onDisk.bodyStart, onDisk.bodyEnd);
    return sha === manifest.sha256 ? null : DAMAGED_BODY;
  }

  return {
    judge: async (onDisk, manifest) => {
      await ready();
      const key = cacheKey(onDisk);
      if (verdicts.has(key)) return verdicts.get(key) ?? null;
      const run = queue.then(() => verdictOf(onDisk, manifest));
      queue = run.catch(() => undefined);
      try {
        const verdict = await run;
        verdicts.set(key, verdict);
        changed = true;
        return verdict;
      } catch (error) {
        // Removed or unreadable since it was listed: say so rather than fail the whole list.
        const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
        return `It could not be read to check it (${code}).`;
      }
    },
    remember: (onDisk, problem) => {
      verdicts.set(cacheKey(onDisk), problem);
      changed = true;
    },
    persist: async (present) => {
      if (!store || !changed) return;
      const kept = [...verdicts].filter(([name]) => present.includes(name.slice(0, name.indexOf('|'))));
      changed = false;
      try {
        await store.save(Object.fromEntries(kept));
      } catch (error) {
        // Only a cache: the next start reads the files again.
        console.error('DSH Desk: could not keep the checked backups list', error);
      }
    },
    get bodiesRead() {
      return bodiesRead;
    },
  };
}
