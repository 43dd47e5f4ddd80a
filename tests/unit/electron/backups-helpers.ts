/** Backup files for main-process tests: a valid first line (what main reads) and a token body. */
import { manifestLine, type BackupReason } from '../../../shared/contract/backup-payloads';

/** The bytes of a small backup made for `reason`, holding `counts`. */
export function backupBytes(
  reason: BackupReason,
  counts: Record<string, number> = { meta: 2, projects: 3 },
): Uint8Array<ArrayBuffer> {
  const line = manifestLine({
    format: 'dsh-desk-backup',
    formatVersion: 1,
    app: 'DSH Desk',
    appVersion: '0.1.0',
    schemaVersion: 3,
    createdAt: '2026-11-25T10:00:00.000Z',
    reason,
    counts,
    sha256: '0'.repeat(64),
  });
  return new TextEncoder().encode(`${line}"formatName":"dexie","formatVersion":1,"data":{}}`);
}
