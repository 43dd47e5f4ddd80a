/** Backups of the database: making one, checking one, restoring one, and the backup before an upgrade. */
export { backUpBeforeUpgrade, olderStoredSchema } from './before-upgrade';
export type { IndexedDbAccess } from './before-upgrade';
export { checkBackup } from './check';
export type { CheckedBackup } from './check';
export { createBackup } from './create';
export type { BackupProgress, MadeBackup } from './create';
export { BackupRefusedError } from './refusal';
export { restoreBackup, THIS_COMPUTER_META_KEYS } from './restore';
export { restoreEvidenceOf } from './restore-evidence';
export type { EvidenceRestored } from './restore-evidence';
export { streamBackup } from './stream-export';
export type { BackupSessionHost, StreamedBackup } from './stream-export';
export { openBackupReader } from './stream-read';
export type { BackupReaderHost, PulledBackup } from './stream-read';
export type { RestoreEntry } from './restore';
