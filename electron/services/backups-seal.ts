/**
 * Sealing and vouching: main seals every backup it keeps or exports with this installation's key, and says,
 * for every backup it reads, whether it can vouch for it. Before sealing, the body is checked against its
 * manifest (checksum and row counts), so main never seals what it has not checked. No electron import.
 */
import { createHash } from 'node:crypto';
import { manifestLine, sealedText, type BackupManifest } from '../../shared/contract/backup-payloads';
import type { BackupTrust } from '../../shared/contract/backup-trust';
import { manifestOf } from './backups-files';
import { hmacSha256Hex, sameMac, type InstallationKey } from './installation-key';
import { UserFacingError } from './user-facing-error';

/** `manifest` sealed with `key`. Any seal it carried is replaced. */
export function sealManifest(manifest: BackupManifest, key: InstallationKey): BackupManifest {
  const { seal: _old, ...unsealed } = manifest;
  const mac = hmacSha256Hex(key.key, sealedText(unsealed));
  return { ...unsealed, seal: { installationId: key.installationId, mac } };
}

/** Whether `key` can vouch for `manifest` (and, through its checksum, for the body that matches it). */
export function trustOf(manifest: BackupManifest, key: InstallationKey): BackupTrust {
  const { seal } = manifest;
  if (!seal) return { kind: 'not-sealed', installationId: null };
  if (seal.installationId !== key.installationId) {
    return { kind: 'sealed-elsewhere', installationId: seal.installationId };
  }
  const expected = hmacSha256Hex(key.key, sealedText(manifest));
  return {
    kind: sameMac(expected, seal.mac) ? 'sealed-here' : 'seal-broken',
    installationId: seal.installationId,
  };
}

/** Where the body of a backup begins: just after its first newline (the caller has found the manifest). */
export function bodyStartOf(bytes: Uint8Array): number {
  return bytes.indexOf(0x0a) + 1;
}

/** The backup `bytes` with its first line replaced by `manifest`'s. */
export function withManifest(bytes: Uint8Array, manifest: BackupManifest): Uint8Array<ArrayBuffer> {
  const line = new TextEncoder().encode(manifestLine(manifest));
  const body = bytes.subarray(bodyStartOf(bytes));
  const out = new Uint8Array(line.byteLength + body.byteLength);
  out.set(line, 0);
  out.set(body, line.byteLength);
  return out;
}

/** Lower-case hex SHA-256 of `bytes`. */
export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

// The export's header (`"tables":[{"name":…,"schema":…,"rowCount":…}]`) comes before any row.
const TABLES_KEY = '"tables":[';
const HEADER_SCAN_CHARS = 1024 * 1024;

/** The JSON array that starts at `from` in `text` (strings skipped, so brackets in a schema do not count). */
function arrayAt(text: string, from: number): string | null {
  let depth = 0;
  let inString = false;
  for (let i = from; i < text.length; i += 1) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[') depth += 1;
    else if (c === ']' && (depth -= 1) === 0) return text.slice(from, i + 1);
  }
  return null;
}

/** The row count per table that the export inside the body declares, or null when it has no such header. */
export function declaredRowCounts(body: Uint8Array): Record<string, number> | null {
  const head = new TextDecoder().decode(body.subarray(0, HEADER_SCAN_CHARS));
  const at = head.indexOf(TABLES_KEY);
  const array = at === -1 ? null : arrayAt(head, at + TABLES_KEY.length - 1);
  if (array === null) return null;
  try {
    const tables = JSON.parse(array) as Array<{ name?: unknown; rowCount?: unknown }>;
    const counts: Record<string, number> = {};
    for (const table of tables) {
      if (typeof table.name !== 'string' || typeof table.rowCount !== 'number') return null;
      counts[table.name] = table.rowCount;
    }
    return counts;
  } catch {
    return null;
  }
}

/** Why the body of `bytes` does not match `manifest` (checksum, then row counts), or null when it does. */
export function bodyProblem(bytes: Uint8Array, manifest: BackupManifest): string | null {
  const body = bytes.subarray(bodyStartOf(bytes));
  if (sha256Of(body) !== manifest.sha256) {
    return 'its contents do not match the checksum in its description.';
  }
  const declared = declaredRowCounts(body);
  if (declared === null) return 'its contents are not in the form DSH Desk writes.';
  const names = Object.keys(manifest.counts).sort();
  const same =
    names.join() === Object.keys(declared).sort().join() &&
    names.every((name) => declared[name] === manifest.counts[name]);
  return same ? null : 'the row counts in its description do not match its contents.';
}

/** The backup `bytes`, its body checked against its manifest, sealed with `key`; a mismatch is refused. */
export function checkAndSeal(
  bytes: Uint8Array,
  key: InstallationKey,
  expectExport: boolean,
): Uint8Array<ArrayBuffer> {
  const found = manifestOf(bytes);
  if (!found.ok) throw new UserFacingError(`The backup was not kept: ${found.problem}`);
  const isExport = found.manifest.reason === 'export';
  if (isExport !== expectExport) {
    throw new UserFacingError(
      isExport
        ? 'An export is saved where you choose, not into the backups folder.'
        : 'Only an export can be saved with “Export…”.',
    );
  }
  const problem = bodyProblem(bytes, found.manifest);
  if (problem !== null) {
    throw new UserFacingError(`The backup was not kept, because ${problem} Nothing was written.`);
  }
  return withManifest(bytes, sealManifest(found.manifest, key));
}

/** A backup file read for a restore, with whether `key` can vouch for it. */
export function vouchedFile(fileName: string, bytes: Uint8Array<ArrayBuffer>, key: InstallationKey) {
  const found = manifestOf(bytes);
  // A file without a readable manifest is refused by the renderer's check, which says why.
  const trust: BackupTrust = found.ok
    ? trustOf(found.manifest, key)
    : { kind: 'not-sealed', installationId: null };
  return { fileName, bytes, trust };
}
