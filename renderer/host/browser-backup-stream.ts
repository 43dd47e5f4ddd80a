/**
 * Streamed backups in a plain browser tab, where there is no main process: a session builds the file with the
 * same writer main uses (unsealed: a browser holds no key), handing each piece to the browser's blob storage
 * as it comes, and commit downloads it. The backups this tab made are kept (as Blobs) so the undo of a restore
 * can read back the one made before it; a reader serves those, or a file the officer picks, a slice at a time.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import {
  BACKUP_FILE_NAME,
  backupFileName,
  MAX_MANIFEST_LINE_BYTES,
  parseManifestLine,
} from '../../shared/contract/backup-payloads';
import {
  sectionFromTail,
  TRAILER_MAX_BYTES,
  WITH_EVIDENCE_FORMAT_VERSION,
} from '../../shared/backup-file/evidence-section';
import { READ_SLICE_BYTES } from '../../shared/contract/backup-stream';
import {
  BackupStreamError,
  paddedManifestLine,
  StreamedBackupWriter,
} from '../../shared/backup-file/streamed-writer';
import { CANNOT_VOUCH, pickBackupFile } from './browser-backups';
import type { Host } from './host';

type BrowserBackupStream = Pick<
  Host,
  | 'beginBackup'
  | 'writeBackupChunk'
  | 'commitBackup'
  | 'abortBackup'
  | 'openBackupReader'
  | 'readBackupSlice'
  | 'closeBackupReader'
>;

interface Session {
  writer: StreamedBackupWriter;
  parts: Blob[];
  suggestedName: string | undefined;
}

/** Backups made in this tab that an undo may read back: the last few only. */
const KEPT_IN_TAB = 2;

function newId(): string {
  return bytesToHex(crypto.getRandomValues(new Uint8Array(16)));
}

/**
 * The database part of a backup file: a desktop backup that carries evidence files ends with them, after the
 * database its checksum covers (shared/backup-file/evidence-section.ts); a tab keeps no files, so it reads
 * the database only.
 */
async function databaseOf(blob: Blob): Promise<Blob> {
  const head = new Uint8Array(await blob.slice(0, MAX_MANIFEST_LINE_BYTES).arrayBuffer());
  const lineEnd = head.indexOf(0x0a);
  if (lineEnd === -1) return blob;
  const found = parseManifestLine(new TextDecoder().decode(head.subarray(0, lineEnd)));
  if (!found.ok || found.manifest.formatVersion < WITH_EVIDENCE_FORMAT_VERSION) return blob;
  const tail = new Uint8Array(await blob.slice(Math.max(0, blob.size - TRAILER_MAX_BYTES)).arrayBuffer());
  const place = sectionFromTail(tail, blob.size, lineEnd + 1);
  return place === null ? blob : blob.slice(0, place.at);
}

/** The streamed backup operations of the browser host; `download` saves a Blob to the Downloads folder. */
export function createBrowserBackupStream(download: (name: string, blob: Blob) => void): BrowserBackupStream {
  const sessions = new Map<string, Session>();
  const madeHere = new Map<string, Blob>();
  const readers = new Map<string, Blob>();
  const session = (id: string): Session => {
    const found = sessions.get(id);
    if (!found)
      throw new Error('This backup was stopped before it finished. Nothing was kept: back up again.');
    return found;
  };
  /** Runs `work`; any failure ends the session (nothing is downloaded). */
  const guarded = <T>(id: string, work: (s: Session) => T): T => {
    try {
      return work(session(id));
    } catch (error) {
      sessions.delete(id);
      throw error instanceof BackupStreamError ? new Error(error.message) : error;
    }
  };

  return {
    beginBackup: async ({ reason, appVersion, suggestedName }) => {
      const hash = sha256.create();
      const hasher = {
        update: (bytes: Uint8Array) => void hash.update(bytes),
        digestHex: () => bytesToHex(hash.digest()),
      };
      const createdAt = new Date().toISOString();
      const writer = new StreamedBackupWriter({ reason, appVersion, createdAt, sealedBy: null }, hasher);
      const sessionId = newId();
      sessions.set(sessionId, { writer, parts: [], suggestedName });
      return { status: 'started', sessionId };
    },
    writeBackupChunk: async ({ sessionId, part }) =>
      guarded(sessionId, (s) => {
        const pieces = part.kind === 'header' ? s.writer.begin(part) : [s.writer.rows(part.table, part.rows)];
        for (const piece of pieces) s.parts.push(new Blob([piece as BlobPart]));
        return { rowsWritten: s.writer.rowsWritten };
      }),
    commitBackup: async ({ sessionId }) =>
      guarded(sessionId, (s) => {
        const { tail, manifest, width } = s.writer.finish();
        sessions.delete(sessionId);
        // The reserved first line (the first part) is replaced by the finished one.
        const line = paddedManifestLine(manifest, width);
        const blob = new Blob([line as BlobPart, ...s.parts.slice(1), tail as BlobPart], {
          type: 'application/json',
        });
        if (manifest.reason === 'export') {
          const name = s.suggestedName ?? 'DSH Desk backup.json';
          const fileName = name.toLowerCase().endsWith('.json') ? name : `${name}.json`;
          download(fileName, blob);
          return { status: 'saved', path: `your Downloads folder (${fileName})` };
        }
        const createdAt = new Date();
        const fileName = backupFileName(createdAt, manifest.reason);
        if (!BACKUP_FILE_NAME.test(fileName)) throw new Error('The backup could not be named.');
        download(fileName, blob);
        madeHere.set(fileName, blob);
        while (madeHere.size > KEPT_IN_TAB) madeHere.delete(madeHere.keys().next().value!);
        const { appVersion, schemaVersion, counts } = manifest;
        const backup = {
          fileName,
          createdAt: createdAt.toISOString(),
          reason: manifest.reason,
          sizeBytes: blob.size,
        };
        return {
          status: 'kept',
          backup: { ...backup, contents: { appVersion, schemaVersion, counts }, problem: null },
          removed: [],
        };
      }),
    abortBackup: async ({ sessionId }) => {
      sessions.delete(sessionId);
      return { ok: true };
    },
    openBackupReader: async (request) => {
      let fileName: string;
      let blob: Blob;
      if (request.from === 'folder') {
        const kept = madeHere.get(request.fileName);
        if (!kept)
          throw new Error(
            'Only the DSH Desk desktop app keeps a backups folder. Restore from a file instead.',
          );
        ({ fileName } = request);
        blob = kept;
      } else {
        const file = await pickBackupFile();
        if (!file) return { status: 'cancelled' };
        ({ name: fileName } = file);
        blob = file;
      }
      const readerId = newId();
      const database = await databaseOf(blob);
      readers.set(readerId, database);
      return { status: 'opened', readerId, fileName, sizeBytes: database.size, trust: CANNOT_VOUCH };
    },
    readBackupSlice: async ({ readerId, offset }) => {
      const blob = readers.get(readerId);
      if (!blob) throw new Error('The backup file is no longer open. Choose it again to restore it.');
      const slice = blob.slice(offset, offset + READ_SLICE_BYTES);
      return { bytes: new Uint8Array(await slice.arrayBuffer()) };
    },
    closeBackupReader: async ({ readerId }) => {
      readers.delete(readerId);
      return { ok: true };
    },
  };
}
