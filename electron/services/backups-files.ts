/**
 * The files in the backups folder: how a backup is named (when main wrote it, in UTC, and why), and what
 * the folder holds. A backup is described by its first line only, so listing a folder of large backups reads
 * a few kilobytes (and `judge`, which remembers what it has verified). Only regular files named like a
 * backup are ever listed, and only files named like a backup are ever rotated away; a link named like one is
 * not listed.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  BACKUP_FILE_NAME,
  MAX_MANIFEST_LINE_BYTES,
  parseManifestLine,
  type BackupEntry,
  type BackupManifest,
  type FolderBackupReason,
} from '../../shared/contract/backup-payloads';
import { WITH_EVIDENCE_FORMAT_VERSION } from '../../shared/backup-file/evidence-section';
import { carriedEvidence } from './backups-evidence';

/** When and why the backup called `fileName` was made, or null when the name is not a backup's. */
export function parseBackupFileName(
  fileName: string,
): { createdAt: string; reason: FolderBackupReason } | null {
  const match = BACKUP_FILE_NAME.exec(fileName);
  if (!match) return null;
  const [, day, hours, minutes, seconds, millis, reason] = match;
  const createdAt = `${day}T${hours}:${minutes}:${seconds}.${millis}Z`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { createdAt, reason: reason as FolderBackupReason };
}

/** The first line of a backup (without its newline), as text; it is never longer than the manifest limit. */
export function firstLineOf(bytes: Uint8Array): string | null {
  const limit = Math.min(bytes.byteLength, MAX_MANIFEST_LINE_BYTES);
  const end = bytes.subarray(0, limit).indexOf(0x0a);
  if (end === -1) return null;
  return Buffer.from(bytes.buffer, bytes.byteOffset, end).toString('utf8');
}

/** The manifest of a backup's bytes, or why it has none. */
export function manifestOf(
  bytes: Uint8Array,
): { ok: true; manifest: BackupManifest } | { ok: false; problem: string } {
  const line = firstLineOf(bytes);
  return line === null
    ? { ok: false, problem: 'This file is not a DSH Desk backup.' }
    : parseManifestLine(line);
}

/** Reads just the beginning of a file: enough for its manifest line. */
async function readHead(file: string): Promise<Uint8Array> {
  const handle = await fs.open(file, 'r');
  try {
    const buffer = new Uint8Array(MAX_MANIFEST_LINE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** What a backup file is on disk, for `judge`. */
export interface BackupOnDisk {
  file: string;
  fileName: string;
  size: number;
  mtimeMs: number;
  ino: number;
  /** Where its body starts (just after the first line). */
  bodyStart: number;
  /** Where the database its checksum covers ends: the file's end, unless evidence files follow it. */
  bodyEnd: number;
}

/** Why a backup whose manifest reads well is still damaged (its body, its seal), or null when it is sound. */
export type BackupJudge = (onDisk: BackupOnDisk, manifest: BackupManifest) => Promise<string | null>;

/** Where the database of a backup ends: before its evidence files, when it carries any that can be found. */
async function databaseEndOf(
  file: string,
  manifest: BackupManifest,
  size: number,
  bodyStart: number,
): Promise<number> {
  if (manifest.formatVersion < WITH_EVIDENCE_FORMAT_VERSION) return size;
  const handle = await fs.open(file, 'r').catch(() => null);
  if (handle === null) return size;
  try {
    // A section that cannot be found leaves the whole file to the checksum, which then says it is damaged.
    return (await carriedEvidence(handle, size, bodyStart).catch(() => null))?.databaseEnd ?? size;
  } finally {
    await handle.close();
  }
}

/** Describes one backup in the folder; an unreadable manifest or a damaged file is reported, not thrown. */
export async function describeBackup(
  folder: string,
  fileName: string,
  judge?: BackupJudge,
): Promise<BackupEntry | null> {
  const named = parseBackupFileName(fileName);
  if (!named) return null;
  const file = path.join(folder, fileName);
  let stat: Awaited<ReturnType<typeof fs.lstat>>;
  let head: Uint8Array;
  try {
    // lstat: a link named like a backup is not one of ours, wherever it points.
    stat = await fs.lstat(file);
    if (!stat.isFile()) return null;
    head = await readHead(file);
  } catch (error) {
    // Removed between listing the folder and reading it (by rotation, or by hand): not a backup any more.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const found = manifestOf(head);
  const entry = { fileName, ...named, sizeBytes: stat.size };
  if (!found.ok) return { ...entry, contents: null, problem: `${found.problem} It cannot be restored.` };
  const bodyStart = head.indexOf(0x0a) + 1;
  const onDisk = {
    file,
    fileName,
    size: stat.size,
    mtimeMs: stat.mtimeMs,
    ino: stat.ino,
    bodyStart,
    bodyEnd: await databaseEndOf(file, found.manifest, stat.size, bodyStart),
  };
  return {
    ...entry,
    contents: {
      appVersion: found.manifest.appVersion,
      schemaVersion: found.manifest.schemaVersion,
      counts: found.manifest.counts,
    },
    problem: judge ? await judge(onDisk, found.manifest) : null,
  };
}

/** The names of the backups in `folder` (an absent folder holds none). */
async function backupNamesIn(folder: string): Promise<string[]> {
  try {
    return (await fs.readdir(folder)).filter((name) => BACKUP_FILE_NAME.test(name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** When and why each backup in `folder` was made, read off the names alone (what rotation needs). */
export async function namedBackupsIn(
  folder: string,
): Promise<Array<{ fileName: string; createdAt: string; reason: FolderBackupReason }>> {
  return (await backupNamesIn(folder)).flatMap((fileName) => {
    const named = parseBackupFileName(fileName);
    return named ? [{ fileName, ...named }] : [];
  });
}

/** Every backup in `folder`, described (and judged, when `judge` is given), newest first. */
export async function listBackupFiles(folder: string, judge?: BackupJudge): Promise<BackupEntry[]> {
  const names = await backupNamesIn(folder);
  const entries = await Promise.all(names.map((name) => describeBackup(folder, name, judge)));
  return entries
    .filter((entry): entry is BackupEntry => entry !== null)
    .sort((a, b) => (a.fileName < b.fileName ? 1 : -1));
}
