/**
 * Backup sessions: main receives a backup in bounded chunks and appends each to a temporary file, hashing the
 * body as it goes (StreamedBackupWriter), so neither process ever holds the whole backup. Commit finishes the
 * body, seals the manifest with this installation's key, writes it over the line reserved for it, flushes
 * the file to disk and hands it to `keep` (which renames it into place). Anything wrong — a chunk out of
 * order, a row count that does not add up, a full disk, an abort, a renderer that went away — removes the
 * temporary file, so a backup is either complete and sealed or not there at all. Sessions are tracked as
 * writes in flight, so quitting waits for one or removes its file. The evidence files the backup's
 * evidenceFiles rows name are appended after the database (backups-evidence.ts). No electron import.
 */
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { BackupManifest } from '../../shared/contract/backup-payloads';
import {
  MAX_CHUNK_JSON_BYTES,
  type BackupChunkRequest,
  type BeginBackupRequest,
  type BeginBackupResult,
  type CommitBackupResult,
} from '../../shared/contract/backup-stream';
import {
  BackupStreamError,
  paddedManifestLine,
  StreamedBackupWriter,
  type BackupHasher,
} from '../../shared/backup-file/streamed-writer';
import { isSha256, WITH_EVIDENCE_FORMAT_VERSION } from '../../shared/backup-file/evidence-section';
import { explain } from './atomic-write';
import { appendEvidence } from './backups-evidence';
import { sealManifest } from './backups-seal';
import type { InstallationKey } from './installation-key';
import { trackWrite } from './temp-files';
import { UserFacingError } from './user-facing-error';

/** Where a session writes, and what commit does with the finished, sealed file. */
export interface SessionTarget {
  temporary: string;
  keep(temporary: string, manifest: BackupManifest): Promise<CommitBackupResult>;
}

/** What backup sessions need from the outside world. */
export interface BackupSessionDeps {
  key: InstallationKey;
  now(): Date;
  /** Where a session for `request` writes; null when the officer cancelled (the export's save dialog). */
  target(request: BeginBackupRequest): Promise<SessionTarget | null>;
  /** A session that hears nothing for this long is aborted (its renderer crashed or was closed). */
  idleMs?: number;
  /** The evidence folder, whose files the backup carries; without it a backup carries none. */
  evidenceFolder?: string;
}

/** The operations of backup sessions, one per contract operation. */
export interface BackupSessions {
  begin(request: BeginBackupRequest): Promise<BeginBackupResult>;
  chunk(request: BackupChunkRequest): Promise<{ rowsWritten: number }>;
  commit(sessionId: string): Promise<CommitBackupResult>;
  abort(sessionId: string): Promise<void>;
  /** How many sessions are open (tests check none is left behind). */
  readonly open: number;
  /** The evidence files the backups being written name: none of them may be removed meanwhile. */
  evidenceInUse(): Set<string>;
}

interface Session {
  target: SessionTarget;
  handle: fs.FileHandle;
  writer: StreamedBackupWriter;
  /** The SHA-256 of every evidence file its evidenceFiles rows name. */
  evidence: Set<string>;
  /** Each call waits for the one before it: two chunks must never interleave in the file. */
  queue: Promise<unknown>;
  timer: ReturnType<typeof setTimeout> | undefined;
  end: () => void;
}

/** Node's SHA-256, incremental. */
function nodeHasher(): BackupHasher {
  const hash = createHash('sha256');
  return { update: (bytes) => void hash.update(bytes), digestHex: () => hash.digest('hex') };
}

/** The table whose rows name evidence files by their SHA-256. */
const EVIDENCE_TABLE = 'evidenceFiles';

const ENDED =
  'This backup was stopped before it finished (it waited too long, or DSH Desk was closing). Nothing was kept: back up again.';

/** Backup sessions sealed with `deps.key`. */
export function createBackupSessions(deps: BackupSessionDeps): BackupSessions {
  const sessions = new Map<string, Session>();
  const idleMs = deps.idleMs ?? 10 * 60 * 1000;

  async function discard(id: string): Promise<void> {
    const session = sessions.get(id);
    if (!session) return;
    sessions.delete(id);
    clearTimeout(session.timer);
    await session.handle.close().catch(() => undefined);
    await fs.rm(session.target.temporary, { force: true }).catch(() => undefined);
    session.end();
  }

  function touch(id: string, session: Session): void {
    clearTimeout(session.timer);
    session.timer = setTimeout(() => void discard(id), idleMs);
    session.timer.unref?.();
  }

  /** Appends the evidence files the session's rows name; null when there is no evidence folder or none named. */
  async function carryEvidence(session: Session) {
    if (deps.evidenceFolder === undefined || session.evidence.size === 0) return null;
    const { size } = await session.handle.stat();
    const { carried, notHeld } = await appendEvidence(
      session.handle,
      size,
      deps.evidenceFolder,
      session.evidence,
    );
    return { carried, notHeld };
  }

  /** Runs `work` on session `id` after its earlier calls; any failure removes the session and its file. */
  function withSession<T>(id: string, work: (session: Session) => Promise<T>): Promise<T> {
    const session = sessions.get(id);
    if (!session) return Promise.reject(new UserFacingError(ENDED));
    touch(id, session);
    const run = session.queue.then(async () => {
      if (sessions.get(id) !== session) throw new UserFacingError(ENDED);
      try {
        return await work(session);
      } catch (error) {
        await discard(id);
        if (error instanceof BackupStreamError) throw new UserFacingError(error.message, { cause: error });
        if (error instanceof UserFacingError) throw error;
        const code = (error as NodeJS.ErrnoException).code;
        if (code) throw new UserFacingError(`The backup was not kept: ${explain(error)}`, { cause: error });
        throw error;
      }
    });
    session.queue = run.catch(() => undefined);
    return run;
  }

  return {
    begin: async (request) => {
      const target = await deps.target(request);
      if (target === null) return { status: 'cancelled' };
      let handle: fs.FileHandle;
      try {
        // 'wx' refuses to follow or reuse anything already at the temporary name.
        handle = await fs.open(target.temporary, 'wx', 0o644);
      } catch (error) {
        throw new UserFacingError(`The backup could not be started: ${explain(error)}`, { cause: error });
      }
      const id = randomBytes(16).toString('hex');
      let end: () => void = () => undefined;
      // Tracked until it ends, so quitting waits for this backup or removes its file (temp-files.ts).
      void trackWrite(target.temporary, new Promise<void>((resolve) => (end = resolve)));
      const writer = new StreamedBackupWriter(
        {
          reason: request.reason,
          appVersion: request.appVersion,
          createdAt: deps.now().toISOString(),
          sealedBy: deps.key.installationId,
        },
        nodeHasher(),
      );
      const session: Session = {
        target,
        handle,
        writer,
        evidence: new Set(),
        queue: Promise.resolve(),
        timer: undefined,
        end,
      };
      sessions.set(id, session);
      touch(id, session);
      return { status: 'started', sessionId: id };
    },

    chunk: ({ sessionId, part }) =>
      withSession(sessionId, async (session) => {
        if (part.kind === 'header') {
          for (const bytes of session.writer.begin(part)) await session.handle.write(bytes);
        } else {
          const bytes = session.writer.rows(part.table, part.rows);
          if (part.table === EVIDENCE_TABLE) {
            for (const row of part.rows) if (isSha256(row.sha256)) session.evidence.add(row.sha256);
          }
          if (bytes.byteLength > MAX_CHUNK_JSON_BYTES) {
            throw new BackupStreamError('one piece of it was larger than DSH Desk ever sends.');
          }
          await session.handle.write(bytes);
        }
        return { rowsWritten: session.writer.rowsWritten };
      }),

    commit: (sessionId) =>
      withSession(sessionId, async (session) => {
        const { tail, manifest, width } = session.writer.finish();
        await session.handle.write(tail);
        const evidence = await carryEvidence(session);
        const sealed = sealManifest(
          evidence && evidence.carried > 0
            ? { ...manifest, formatVersion: WITH_EVIDENCE_FORMAT_VERSION }
            : manifest,
          deps.key,
        );
        const line = paddedManifestLine(sealed, width);
        await session.handle.write(line, 0, line.byteLength, 0);
        await session.handle.sync();
        await session.handle.close();
        // Closed and complete: from here only `keep` can fail, and `discard` then removes the file.
        const result = await session.target.keep(session.target.temporary, sealed);
        sessions.delete(sessionId);
        clearTimeout(session.timer);
        session.end();
        return evidence ? { ...result, evidence } : result;
      }),

    abort: (sessionId) => discard(sessionId),

    get open() {
      return sessions.size;
    },

    evidenceInUse: () => new Set([...sessions.values()].flatMap((session) => [...session.evidence])),
  };
}
