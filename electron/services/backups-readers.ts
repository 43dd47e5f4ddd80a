/**
 * Backup readers: a restore pulls a backup file from main a slice at a time, by offset, through a file handle
 * main opened once (so every pass of the check, and the restore itself, read the same file, however it is
 * renamed meanwhile). Main says at opening whether it can vouch for the file (its seal, from the first line).
 * A reader not read from for a while is closed (its renderer went away). A backup that carries evidence files
 * is served up to the end of its database only (the renderer checks and restores that part); which file a
 * reader opened is remembered after it closes, so the evidence can be put back once the restore is done.
 * No electron import.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { MAX_MANIFEST_LINE_BYTES } from '../../shared/contract/backup-payloads';
import { READ_SLICE_BYTES } from '../../shared/contract/backup-stream';
import { WITH_EVIDENCE_FORMAT_VERSION } from '../../shared/backup-file/evidence-section';
import type { BackupTrust } from '../../shared/contract/backup-trust';
import { carriedEvidence } from './backups-evidence';
import { manifestOf } from './backups-files';
import { trustOf } from './backups-seal';
import type { InstallationKey } from './installation-key';
import { UserFacingError } from './user-facing-error';

/** A reader just opened: its id, the file's size, and main's word on it. */
export interface OpenedReader {
  readerId: string;
  sizeBytes: number;
  trust: BackupTrust;
}

/** The open readers of backup files. */
export interface BackupReaders {
  /** Opens `file` (already checked to be a regular file the officer may read). */
  open(file: string): Promise<OpenedReader>;
  read(readerId: string, offset: number): Promise<Uint8Array<ArrayBuffer>>;
  close(readerId: string): Promise<void>;
  /** The file a recent reader opened (still remembered after it closed), for putting its evidence back. */
  sourceOf(readerId: string): string | undefined;
  readonly openCount: number;
}

interface Reader {
  handle: fs.FileHandle;
  size: number;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/** At most this many files open at once: opening another closes the oldest. */
const MAX_OPEN = 4;
/** The files of this many recent readers are remembered. */
const MAX_SOURCES = 8;

/** Readers that judge seals with `key`. */
export function createBackupReaders(key: InstallationKey, idleMs = 10 * 60 * 1000): BackupReaders {
  const readers = new Map<string, Reader>();
  const sources = new Map<string, string>();

  async function close(id: string): Promise<void> {
    const reader = readers.get(id);
    if (!reader) return;
    readers.delete(id);
    clearTimeout(reader.timer);
    await reader.handle.close().catch(() => undefined);
  }

  function touch(id: string, reader: Reader): void {
    clearTimeout(reader.timer);
    reader.timer = setTimeout(() => void close(id), idleMs);
    reader.timer.unref?.();
  }

  return {
    open: async (file) => {
      const handle = await fs.open(file, 'r');
      try {
        const { size: fileSize } = await handle.stat();
        const head = new Uint8Array(Math.min(fileSize, MAX_MANIFEST_LINE_BYTES));
        await handle.read(head, 0, head.byteLength, 0);
        const found = manifestOf(head);
        // A backup with evidence files: the renderer reads its database only (which its checksum covers).
        const evidence =
          found.ok && found.manifest.formatVersion >= WITH_EVIDENCE_FORMAT_VERSION
            ? await carriedEvidence(handle, fileSize, head.indexOf(0x0a) + 1)
            : null;
        const size = evidence?.databaseEnd ?? fileSize;
        // A file without a readable manifest is refused by the renderer's check, which says why.
        const trust: BackupTrust = found.ok
          ? trustOf(found.manifest, key)
          : { kind: 'not-sealed', installationId: null };
        while (readers.size >= MAX_OPEN) await close(readers.keys().next().value!);
        const readerId = randomBytes(16).toString('hex');
        const reader: Reader = { handle, size, timer: undefined };
        readers.set(readerId, reader);
        touch(readerId, reader);
        sources.set(readerId, file);
        while (sources.size > MAX_SOURCES) sources.delete(sources.keys().next().value!);
        return { readerId, sizeBytes: size, trust };
      } catch (error) {
        await handle.close().catch(() => undefined);
        throw error;
      }
    },

    read: async (readerId, offset) => {
      const reader = readers.get(readerId);
      if (!reader) {
        throw new UserFacingError(
          'The backup file is no longer open (it waited too long). Choose it again to restore it.',
        );
      }
      touch(readerId, reader);
      const length = Math.max(0, Math.min(READ_SLICE_BYTES, reader.size - offset));
      const bytes = new Uint8Array(length);
      let filled = 0;
      while (filled < length) {
        const { bytesRead } = await reader.handle.read(bytes, filled, length - filled, offset + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return filled === length ? bytes : bytes.slice(0, filled);
    },

    close,

    sourceOf: (readerId) => sources.get(readerId),

    get openCount() {
      return readers.size;
    },
  };
}
