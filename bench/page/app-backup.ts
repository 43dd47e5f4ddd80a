/**
 * The app's own backup, timed and its heap watched, both ways in one run: `whole`, as DSH Desk did it until
 * backups were streamed (exportDB into a Blob, the whole file read into one Uint8Array to cross the bridge,
 * hashed again by main; a restore received the whole file as one Uint8Array) and `streamed` (the app's path
 * now: renderer/db/backup/stream-export.ts and stream-read.ts). There is no main process in the bench page, so
 * main's half runs in the page too, as the browser host runs it (the shared writer and its SHA-256): the heap
 * figure is the page's and main's work together, an upper bound for either. Import restores the export into
 * a scratch database of the app's schema through the app's check and restore; the app's database is never
 * touched. Heap: the peak of `usedJSHeapSize` (sampled every 20 ms and at every progress call) above the
 * heap after a full GC just before.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { checkBackup, createBackup, restoreBackup, streamBackup } from '../../renderer/db/backup';
import { openBackupReader } from '../../renderer/db/backup/stream-read';
import { DshDatabase } from '../../renderer/db/database';
import { openDatabase } from '../../renderer/db/open-database';
import { createBrowserBackupStream } from '../../renderer/host/browser-backup-stream';
import type { AppBackupRun } from '../bench-api';
import { deleteRaw } from './raw-idb';

const SCRATCH = 'dsh-desk-bench-app-import';
let lastBytes: Uint8Array | undefined;
/** The browser host's streamed backups (it keeps what it made, as main keeps its backups folder). */
let streamedHost = createBrowserBackupStream(() => undefined);
let lastStreamed: string | undefined;

/** Watches the JS heap while `work` runs; resolves to its result and the peak above the start, in MB. */
export async function watched<T>(
  work: (tick: () => void) => Promise<T>,
): Promise<{ result: T; heapPeakMB: number }> {
  window.gc?.();
  const base = performance.memory?.usedJSHeapSize ?? Number.NaN;
  let peak = base;
  const tick = () => {
    peak = Math.max(peak, performance.memory?.usedJSHeapSize ?? Number.NaN);
  };
  const timer = setInterval(tick, 20);
  try {
    const result = await work(tick);
    tick();
    return { result, heapPeakMB: (peak - base) / 1024 / 1024 };
  } finally {
    clearInterval(timer);
  }
}

/** Backs up the app's database the `how` way; keeps the file for the import. */
export async function appBackupExport(how: 'whole' | 'streamed'): Promise<AppBackupRun> {
  lastBytes = undefined;
  lastStreamed = undefined;
  streamedHost = createBrowserBackupStream(() => undefined);
  const db = await openDatabase(new DshDatabase());
  try {
    let progressCalls = 0;
    const t0 = performance.now();
    const { result, heapPeakMB } = await watched(async (tick) => {
      const onProgress = () => {
        progressCalls += 1;
        tick();
      };
      if (how === 'whole') {
        const made = await createBackup(db, { reason: 'manual', appVersion: 'bench', onProgress });
        const bytes = await made.bytes(); // what crossed the bridge
        tick();
        sha256(bytes); // main checked the body's checksum before sealing
        lastBytes = bytes;
        return { rows: made.records, bytes: bytes.byteLength };
      }
      const sent = await streamBackup(db, streamedHost, {
        reason: 'manual',
        appVersion: 'bench',
        onProgress,
      });
      if (sent?.result.status !== 'kept') throw new Error('The streamed backup was not kept.');
      lastStreamed = sent.result.backup.fileName;
      return { rows: sent.records, bytes: sent.result.backup.sizeBytes };
    });
    return { ms: performance.now() - t0, ...result, progressCalls, heapPeakMB };
  } finally {
    db.close();
  }
}

/** Checks and restores the last export into an empty scratch database, the `how` way. */
export async function appBackupImport(how: 'whole' | 'streamed'): Promise<AppBackupRun> {
  await deleteRaw(SCRATCH);
  const db = await openDatabase(new DshDatabase(SCRATCH));
  const ctx = {
    db,
    actor: { staffId: '00000000-0000-0000-0000-000000000000', staffName: 'Bench', osUser: 'bench' },
  };
  try {
    let progressCalls = 0;
    const t0 = performance.now();
    const { result, heapPeakMB } = await watched(async (tick) => {
      const onProgress = () => {
        progressCalls += 1;
        tick();
      };
      let blob: Blob;
      if (how === 'whole') {
        if (!lastBytes) throw new Error('Export the whole way first.');
        blob = new Blob([lastBytes.slice() as BlobPart]); // the copy that crossed the bridge
      } else {
        if (!lastStreamed) throw new Error('Export the streamed way first.');
        // Pulled a slice at a time from the host that keeps it, as main serves a file.
        const pulled = await openBackupReader(streamedHost, { from: 'folder', fileName: lastStreamed });
        blob = pulled!.blob;
      }
      tick();
      const checked = await checkBackup(db, blob, onProgress);
      await restoreBackup(ctx, blob, checked, { action: 'restore', entityId: 'bench' }, onProgress);
      return { rows: checked.records, bytes: blob.size };
    });
    return { ms: performance.now() - t0, ...result, progressCalls, heapPeakMB };
  } finally {
    db.close();
    await deleteRaw(SCRATCH);
  }
}

/** Forgets the files the backup figures kept. */
export function dropAppBackups(): void {
  lastBytes = undefined;
  lastStreamed = undefined;
  streamedHost = createBrowserBackupStream(() => undefined);
}
