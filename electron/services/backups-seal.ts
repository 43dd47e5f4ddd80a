/**
 * Sealing and vouching: main seals every backup it keeps or exports with this installation's key (a session
 * seals the manifest of the body it has itself written and hashed, backups-session.ts), and says, for every
 * backup it reads, whether it can vouch for it. No electron import.
 */
import { sealedText, type BackupManifest } from '../../shared/contract/backup-payloads';
import type { BackupTrust } from '../../shared/contract/backup-trust';
import { hmacSha256Hex, sameMac, type InstallationKey } from './installation-key';

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
