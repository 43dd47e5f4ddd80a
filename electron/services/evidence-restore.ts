/**
 * Putting evidence files back after a restore: for each SHA-256 the restored rows name, a file already in the
 * evidence folder and intact is left alone; otherwise it is copied out of the backup, but only when its bytes
 * match that SHA-256 (the row's own, which the backup's seal covers), so no other file can ever pass as the
 * evidence a record names. What is neither here nor in the backup, or damaged in it, is named back to the
 * renderer, which tells the officer. No electron import.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { MAX_MANIFEST_LINE_BYTES } from '../../shared/contract/backup-payloads';
import type { RestoreEvidenceResult } from '../../shared/contract/backup-stream';
import {
  carriedBytes,
  carriedEvidence,
  intactEvidence,
  sha256Hex,
  type CarriedEvidence,
} from './backups-evidence';

/** The evidence section of the backup open in `handle`, or null when it carries none (or cannot be read any more). */
async function sectionOf(handle: fs.FileHandle | null): Promise<CarriedEvidence | null> {
  if (handle === null) return null;
  const { size } = await handle.stat();
  const head = new Uint8Array(Math.min(size, MAX_MANIFEST_LINE_BYTES));
  await handle.read(head, 0, head.byteLength, 0);
  const bodyStart = head.indexOf(0x0a) + 1;
  return bodyStart === 0 ? null : carriedEvidence(handle, size, bodyStart);
}

/** Puts back each of `sha256s` into `evidenceFolder` from the backup `file` (undefined: no backup to read). */
export async function restoreCarriedEvidence(
  file: string | undefined,
  evidenceFolder: string,
  sha256s: readonly string[],
  writeFile: (target: string, bytes: Uint8Array) => Promise<void>,
): Promise<RestoreEvidenceResult> {
  const result: RestoreEvidenceResult = { restored: 0, alreadyHere: 0, missing: [], damaged: [] };
  // The backup was checked through a reader that may have closed meanwhile: it is opened again here, and
  // every file is checked against its SHA-256 whatever happened to the backup since.
  const handle = file === undefined ? null : await fs.open(file, 'r').catch(() => null);
  try {
    const section = await sectionOf(handle).catch(() => null);
    for (const sha256 of [...new Set(sha256s)].sort()) {
      if ((await intactEvidence(evidenceFolder, sha256)) !== null) {
        result.alreadyHere += 1;
        continue;
      }
      const place = section?.files.get(sha256);
      if (!place || !handle) {
        result.missing.push(sha256);
        continue;
      }
      const bytes = await carriedBytes(handle, place);
      if (sha256Hex(bytes) !== sha256) {
        result.damaged.push(sha256);
        continue;
      }
      await fs.mkdir(evidenceFolder, { recursive: true });
      await writeFile(path.join(evidenceFolder, sha256), bytes);
      result.restored += 1;
    }
    return result;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
