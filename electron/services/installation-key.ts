/**
 * This installation's secret key: 32 random bytes and an installation id, created on first use and kept in a
 * file in the data folder. Only the main process ever holds the key; it seals backups (backups-seal.ts) and
 * can anchor other records later through `hmacSha256Hex`. The key is kept protected by the operating system
 * (Electron's safeStorage, passed in as `protect`/`unprotect` so this module runs under Node in tests); when
 * the system offers no protection, the key is kept as it is and `protectedAtRest` says so.
 * No electron import.
 */
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomically } from './atomic-write';

/** The key file, in the data folder (never in the backups folder, never in a backup). */
export const INSTALLATION_KEY_FILE = 'installation-key.json';

/** How the operating system protects the key at rest; `available` false keeps it unprotected. */
export interface KeyProtection {
  available: boolean;
  protect(plain: string): Uint8Array;
  unprotect(protectedBytes: Uint8Array): string;
}

/** The key and what the officer should be told about how it is kept. */
export interface InstallationKey {
  installationId: string;
  key: Uint8Array;
  protectedAtRest: boolean;
  /** Why an unreadable key file was put aside and a new key made (older seals read as another's), or null. */
  replaced: string | null;
}

const KeyFileSchema = z.strictObject({
  format: z.literal('dsh-desk-installation-key'),
  version: z.literal(1),
  installationId: z.uuid(),
  protection: z.enum(['os', 'none']),
  /** Base64: the key protected by the system, or the key itself when `protection` is "none". */
  key: z.string().min(1).max(4096),
});

function keyFileText(installationId: string, key: Uint8Array, protection: KeyProtection): string {
  const hex = Buffer.from(key).toString('hex');
  const stored = protection.available ? Buffer.from(protection.protect(hex)) : Buffer.from(hex, 'utf8');
  const file = {
    format: 'dsh-desk-installation-key',
    version: 1,
    installationId,
    protection: protection.available ? 'os' : 'none',
    key: stored.toString('base64'),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The key in `text`, or why it cannot be read. */
function readKeyFile(
  text: string,
  protection: KeyProtection,
):
  | { ok: true; installationId: string; key: Uint8Array; protectedAtRest: boolean }
  | { ok: false; why: string } {
  let parsed: z.infer<typeof KeyFileSchema>;
  try {
    parsed = KeyFileSchema.parse(JSON.parse(text));
  } catch {
    return { ok: false, why: 'the key file is damaged' };
  }
  const stored = Buffer.from(parsed.key, 'base64');
  let hex: string;
  try {
    hex = parsed.protection === 'os' ? protection.unprotect(stored) : stored.toString('utf8');
  } catch {
    return {
      ok: false,
      why: 'the system could not unlock the key (it was made under another user or computer)',
    };
  }
  if (!/^[0-9a-f]{64}$/.test(hex)) return { ok: false, why: 'the key file holds no valid key' };
  return {
    ok: true,
    installationId: parsed.installationId,
    key: Buffer.from(hex, 'hex'),
    protectedAtRest: parsed.protection === 'os',
  };
}

async function writeNewKey(file: string, protection: KeyProtection, replaced: string | null) {
  const installationId = randomUUID();
  const key = new Uint8Array(randomBytes(32));
  await writeFileAtomically(file, new TextEncoder().encode(keyFileText(installationId, key, protection)));
  // Only this user may read it, where the file system allows (Windows ignores the mode).
  await fs.chmod(file, 0o600).catch(() => undefined);
  return { installationId, key, protectedAtRest: protection.available, replaced };
}

/**
 * Loads this installation's key from `dataFolder`, creating it on first use. An unreadable key file is kept
 * beside (renamed, never deleted) and a new key made, so DSH Desk still starts; `replaced` says why.
 */
export async function loadInstallationKey(options: {
  dataFolder: string;
  protection: KeyProtection;
  now?: () => Date;
}): Promise<InstallationKey> {
  const { dataFolder, protection } = options;
  const file = path.join(dataFolder, INSTALLATION_KEY_FILE);
  await fs.mkdir(dataFolder, { recursive: true });
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return writeNewKey(file, protection, null);
  }
  const found = readKeyFile(text, protection);
  if (found.ok) {
    // Protect a key kept unprotected as soon as the system can (e.g. a keyring that was missing is back).
    if (!found.protectedAtRest && protection.available) {
      const bytes = new TextEncoder().encode(keyFileText(found.installationId, found.key, protection));
      await writeFileAtomically(file, bytes);
      return { ...found, protectedAtRest: true, replaced: null };
    }
    return { ...found, replaced: null };
  }
  const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
  const aside = path.join(dataFolder, `${INSTALLATION_KEY_FILE}.unreadable-${stamp}`);
  await fs.rename(file, aside);
  return writeNewKey(
    file,
    protection,
    `The installation key could not be read (${found.why}); it was kept as ${path.basename(aside)} and a new key made. Backups sealed before now show as sealed by another installation.`,
  );
}

/** Lower-case hex HMAC-SHA256 of `message` under `key`. */
export function hmacSha256Hex(key: Uint8Array, message: string | Uint8Array): string {
  return createHmac('sha256', key).update(message).digest('hex');
}

/** Whether two hex MACs are equal, compared in constant time. */
export function sameMac(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** How the key is kept, in words for About. */
export function keyProtectionWords(key: InstallationKey): string {
  return key.protectedAtRest
    ? `Backups are sealed with this installation’s key (key ${key.installationId}), kept encrypted by the operating system.`
    : `Backups are sealed with this installation’s key (key ${key.installationId}), but this system offers no secure storage, so the key is kept UNPROTECTED in the data folder: anyone who can read that folder could forge a seal.`;
}
