/**
 * Reading a backup from main for a restore: the file is pulled a slice (1 MB) at a time through a reader main
 * holds open, and each slice is handed to the browser's blob storage at once, so the page's memory never holds
 * the file (Chromium keeps large blobs outside the page, on disk past its memory limit). The checks and the
 * restore then stream that Blob as before, and all read exactly the same bytes: a file changed on disk after
 * it was checked cannot slip into the restore.
 */
import type { DshBridge } from '../../../shared/contract/bridge';
import type { BackupTrust } from '../../../shared/contract/backup-trust';
import type { OpenBackupReaderRequest } from '../../../shared/contract/backup-stream';

/** The host operations reading a backup uses. */
export type BackupReaderHost = Pick<DshBridge, 'openBackupReader' | 'readBackupSlice' | 'closeBackupReader'>;

/** A backup pulled from main: its name, its bytes (in blob storage) and main's word on it. */
export interface PulledBackup {
  /** The reader it came through: main puts the backup's evidence files back by it, after the restore. */
  readerId: string;
  fileName: string;
  blob: Blob;
  trust: BackupTrust;
}

/** Opens `request` through main and pulls the whole file, a slice at a time; null when the officer cancels. */
export async function openBackupReader(
  host: BackupReaderHost,
  request: OpenBackupReaderRequest,
  onRead?: (bytes: number, total: number) => void,
): Promise<PulledBackup | null> {
  const opened = await host.openBackupReader(request);
  if (opened.status === 'cancelled') return null;
  const { readerId, sizeBytes, fileName, trust } = opened;
  try {
    const parts: Blob[] = [];
    let offset = 0;
    while (offset < sizeBytes) {
      const { bytes } = await host.readBackupSlice({ readerId, offset });
      // A file that shrank while it was read: the checksum check says it is incomplete.
      if (bytes.byteLength === 0) break;
      parts.push(new Blob([bytes as BlobPart]));
      offset += bytes.byteLength;
      onRead?.(offset, sizeBytes);
    }
    return { readerId, fileName, blob: new Blob(parts, { type: 'application/json' }), trust };
  } finally {
    await host.closeBackupReader({ readerId }).catch(() => undefined);
  }
}
