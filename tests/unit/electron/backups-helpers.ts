/**
 * Backup files for main-process tests: a valid first line (what main reads) over a small export body whose
 * checksum and table header match it, as the renderer's backups do; and a backup put into the folder through
 * a streamed session, as the app does.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { OperationHandlers } from '../../../electron/ipc/guarded-call';
import type { BackupFolder } from '../../../electron/services/backups';
import {
  manifestLine,
  type BackupEntry,
  type BackupManifest,
  type BackupReason,
  type FolderBackupReason,
} from '../../../shared/contract/backup-payloads';

/** The body of a small export declaring `counts` rows (the rows themselves are left out: main never reads them). */
export function exportBody(counts: Record<string, number>): string {
  const tables = Object.entries(counts).map(([name, rowCount]) => ({ name, schema: 'id', rowCount }));
  const data = { databaseName: 'dsh-desk', databaseVersion: 3, tables, data: [] };
  return `"formatName":"dexie","formatVersion":1,"data":${JSON.stringify(data)}}`;
}

/** The manifest of a small backup made for `reason` over `body`. */
export function manifestFor(
  reason: BackupReason,
  counts: Record<string, number>,
  body: string,
): BackupManifest {
  return {
    format: 'dsh-desk-backup',
    formatVersion: 1,
    app: 'DSH Desk',
    appVersion: '0.1.0',
    schemaVersion: 3,
    createdAt: '2026-11-25T10:00:00.000Z',
    reason,
    counts,
    sha256: createHash('sha256').update(body).digest('hex'),
  };
}

/** The bytes of a small backup made for `reason`, holding `counts`, as the renderer sends it (unsealed). */
export function backupBytes(
  reason: BackupReason,
  counts: Record<string, number> = { meta: 2, projects: 3 },
): Uint8Array<ArrayBuffer> {
  const body = exportBody(counts);
  return new TextEncoder().encode(`${manifestLine(manifestFor(reason, counts, body))}${body}`);
}

/** The text of a backup file split into its manifest line's JSON and its body. */
export function splitBackup(bytes: Uint8Array): { manifest: BackupManifest; body: string } {
  const text = new TextDecoder().decode(bytes);
  const end = text.indexOf('\n');
  const line = text.slice(0, end);
  return {
    manifest: JSON.parse(line.slice('{"dshDeskBackup":'.length, -1)) as BackupManifest,
    body: text.slice(end + 1),
  };
}

/** A backup file made of `manifest` and `body`. */
export function joinBackup(manifest: BackupManifest, body: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`${manifestLine(manifest)}${body}`);
}

/** The backup `bytes` as the renderer sent them: main's seal taken off the manifest again. */
export function withoutSeal(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const { manifest, body } = splitBackup(bytes);
  const { seal: _seal, ...unsealed } = manifest;
  return joinBackup(unsealed, body);
}

/** The handlers a streamed backup goes through. */
type SessionHandlers = Pick<OperationHandlers, 'beginBackup' | 'writeBackupChunk' | 'commitBackup'>;

/**
 * Puts a backup into the backups folder the way the app does: a session, the header, each table's rows (as
 * many as `counts` says, each a bare `{ id }`), and commit. Returns what main kept and what rotation removed.
 */
export async function keptBackup(
  handlers: SessionHandlers,
  reason: FolderBackupReason,
  counts: Record<string, number> = { meta: 2, projects: 3 },
): Promise<{ backup: BackupEntry; removed: string[] }> {
  const begun = await handlers.beginBackup({ reason, appVersion: '0.1.0' });
  if (begun.status !== 'started') throw new Error('The backup session did not start.');
  const { sessionId } = begun;
  const tables = Object.entries(counts).map(([name, rowCount]) => ({ name, schema: 'id', rowCount }));
  await handlers.writeBackupChunk({
    sessionId,
    part: { kind: 'header', databaseName: 'dsh-desk', databaseVersion: 3, tables },
  });
  for (const { name, rowCount } of tables) {
    if (rowCount === 0) continue;
    const rows = Array.from({ length: rowCount }, (_, i) => ({ id: `${name}-${i}` }));
    await handlers.writeBackupChunk({ sessionId, part: { kind: 'rows', table: name, rows } });
  }
  const result = await handlers.commitBackup({ sessionId });
  if (result.status !== 'kept') throw new Error('The backup went somewhere other than the backups folder.');
  return { backup: result.backup, removed: result.removed };
}

/**
 * Puts a finished backup file into the folder the way a session's commit does (into the folder's temporary
 * file, then `keep`), without a session's fsyncs: for tests that make hundreds of backups.
 */
export async function keptInFolder(
  folder: Pick<BackupFolder, 'sessionTarget'>,
  reason: FolderBackupReason,
): Promise<{ backup: BackupEntry; removed: string[] }> {
  const bytes = backupBytes(reason);
  const target = await folder.sessionTarget();
  await fs.writeFile(target.temporary, bytes);
  const result = await target.keep(target.temporary, splitBackup(bytes).manifest);
  if (result.status !== 'kept') throw new Error('The backup went somewhere other than the backups folder.');
  return { backup: result.backup, removed: result.removed };
}
