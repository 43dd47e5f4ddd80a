/**
 * Evidence files in backups (shared/backup-file/evidence-section.ts has the layout): main appends the files the
 * backup's evidenceFiles rows name, read from the evidence folder and checked against their SHA-256 as they
 * are copied, and finds them again in a backup it reads. A file that is not on this computer, or no longer
 * matches its SHA-256, is not carried (the backup says how many). No electron import.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  MAX_INDEX_BYTES,
  parseIndexLine,
  sectionEnd,
  sectionFromTail,
  TRAILER_MAX_BYTES,
  type CarriedFile,
} from '../../shared/backup-file/evidence-section';
import { MAX_EVIDENCE_BYTES } from '../../shared/contract/evidence-payloads';

/** Lower-case hex SHA-256 of `bytes` (here rather than from evidence-files.ts, which loads the PDF reader). */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** What a backup carries of the evidence its rows name. */
export interface EvidenceCarried {
  carried: number;
  /** Named by a row but not on this computer (or changed on disk since it was attached). */
  notHeld: number;
}

/** The kept bytes of `sha256` in `folder` when they still match it; null when absent, odd or changed. */
export async function intactEvidence(folder: string, sha256: string): Promise<Uint8Array | null> {
  const file = path.join(folder, sha256);
  try {
    // lstat: a link in the evidence folder is not a file DSH Desk kept.
    const stat = await fs.lstat(file);
    if (!stat.isFile() || stat.size === 0 || stat.size > MAX_EVIDENCE_BYTES) return null;
    const bytes = await fs.readFile(file);
    return sha256Hex(bytes) === sha256 ? bytes : null;
  } catch {
    return null;
  }
}

/**
 * Appends the evidence section to the backup open in `handle`, whose database ends at `position`: each of
 * `wanted` that `folder` holds intact, one file at a time (never more than one file in memory).
 */
export async function appendEvidence(
  handle: fs.FileHandle,
  position: number,
  folder: string,
  wanted: Iterable<string>,
): Promise<EvidenceCarried & { end: number }> {
  const files: CarriedFile[] = [];
  let notHeld = 0;
  let at = position;
  const write = async (bytes: Uint8Array) => {
    await handle.write(bytes, 0, bytes.byteLength, at);
    at += bytes.byteLength;
  };
  for (const sha256 of [...new Set(wanted)].sort()) {
    const bytes = await intactEvidence(folder, sha256);
    if (bytes === null) {
      notHeld += 1;
      continue;
    }
    if (files.length === 0) await write(new Uint8Array([0x0a]));
    await write(bytes);
    files.push({ sha256, size: bytes.byteLength });
  }
  if (files.length > 0) await write(sectionEnd(files, position, at + 1));
  return { carried: files.length, notHeld, end: at };
}

/** The evidence a backup file carries: where its database ends, and each file with where its bytes start. */
export interface CarriedEvidence {
  databaseEnd: number;
  files: Map<string, { offset: number; size: number }>;
}

/**
 * The evidence section of the backup open in `handle` (`size` bytes, its body from `bodyStart`), or null when
 * it carries none (a version 1 backup) or its section is not one DSH Desk writes (then nothing is restored
 * from it: each file is reported missing).
 */
export async function carriedEvidence(
  handle: fs.FileHandle,
  size: number,
  bodyStart: number,
): Promise<CarriedEvidence | null> {
  const tailLength = Math.min(size, TRAILER_MAX_BYTES);
  const tail = new Uint8Array(tailLength);
  await handle.read(tail, 0, tailLength, size - tailLength);
  const place = sectionFromTail(tail, size, bodyStart);
  if (place === null || place.trailerAt - place.indexAt > MAX_INDEX_BYTES) return null;
  const line = new Uint8Array(place.trailerAt - place.indexAt);
  await handle.read(line, 0, line.byteLength, place.indexAt);
  const listed = parseIndexLine(new TextDecoder().decode(line));
  if (listed === null) return null;
  const files = new Map<string, { offset: number; size: number }>();
  let offset = place.at + 1;
  for (const file of listed) {
    files.set(file.sha256, { offset, size: file.size });
    offset += file.size;
  }
  // The files must fill the space between the database and the index exactly.
  return offset + 1 === place.indexAt ? { databaseEnd: place.at, files } : null;
}

/** The bytes of one carried file, read from the backup open in `handle`. */
export async function carriedBytes(
  handle: fs.FileHandle,
  place: { offset: number; size: number },
): Promise<Uint8Array> {
  const bytes = new Uint8Array(place.size);
  let filled = 0;
  while (filled < place.size) {
    const { bytesRead } = await handle.read(bytes, filled, place.size - filled, place.offset + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled === place.size ? bytes : bytes.subarray(0, filled);
}
