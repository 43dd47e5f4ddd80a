/**
 * Backups across the bridge: the manifest every backup file starts with, the files main keeps in its backups
 * folder, and the rotation settings. Main writes, lists, reads and rotates the files; the renderer exports,
 * checks and restores the database. Both parse with these schemas.
 */
import { z } from 'zod';
import { canonicalJson } from '../canonical-json';

/** Why a backup was made. `export` files go wherever the officer saves them, never into the backups folder. */
export const BACKUP_REASONS = [
  'start',
  'periodic',
  'manual',
  'before-upgrade',
  'before-restore',
  'export',
] as const;
/** Why a backup was made. */
export type BackupReason = (typeof BACKUP_REASONS)[number];
/** The reasons a backup goes into the backups folder. */
export type FolderBackupReason = Exclude<BackupReason, 'export'>;

/** The name of the format and its newest version this app reads and writes. */
export const BACKUP_FORMAT = 'dsh-desk-backup' as const;
/** Version 2 carries evidence files after the database (shared/backup-file/evidence-section.ts). */
export const BACKUP_FORMAT_VERSION = 2;
/** The version of a backup that holds the database only, as every backup did before evidence travelled. */
export const DATABASE_ONLY_FORMAT_VERSION = 1;
/** The app a backup must come from. */
export const BACKUP_APP = 'DSH Desk' as const;

/**
 * A backup file is one JSON document: a dexie-export-import export whose first key, alone on the first line,
 * is `dshDeskBackup` holding this manifest. Main lists a backup by reading that line only.
 */
export const MANIFEST_LINE_PREFIX = '{"dshDeskBackup":';
/** The first line is never longer than this (a manifest is about 1 KB). */
export const MAX_MANIFEST_LINE_BYTES = 64 * 1024;

const tableName = z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/, 'A table name is not valid.');
const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * Main's seal: an HMAC-SHA256, under the installation's secret key, of the canonical JSON of the manifest
 * without its seal. The manifest holds the body's sha256, so the seal vouches for the whole file.
 */
export const BackupSealSchema = z.strictObject({ installationId: z.string().min(1).max(100), mac: hex64 });
/** Main's seal on a backup. */
export type BackupSeal = z.infer<typeof BackupSealSchema>;

/** What a backup says about itself. `sha256` covers every byte after the first line. */
export const BackupManifestSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  app: z.literal(BACKUP_APP),
  appVersion: z.string().min(1).max(50),
  schemaVersion: z.number().int().min(1).max(100_000),
  createdAt: z.iso.datetime(),
  reason: z.enum(BACKUP_REASONS),
  counts: z.record(tableName, count),
  sha256: hex64,
  seal: BackupSealSchema.optional(),
});
/** What a backup says about itself. */
export type BackupManifest = z.infer<typeof BackupManifestSchema>;

/** The text a seal authenticates: the canonical JSON of `manifest` without its seal. */
export function sealedText(manifest: BackupManifest): string {
  const { seal: _seal, ...rest } = manifest;
  return canonicalJson(rest);
}

/** The first line of a backup file for `manifest`. */
export function manifestLine(manifest: BackupManifest): string {
  return `${MANIFEST_LINE_PREFIX}${JSON.stringify(manifest)},\n`;
}

/** The manifest in a backup's first line (without its newline), or why there is none. */
export function parseManifestLine(
  firstLine: string,
): { ok: true; manifest: BackupManifest } | { ok: false; problem: string } {
  const notOurs = { ok: false as const, problem: 'This file is not a DSH Desk backup.' };
  // A file whose line endings were turned into Windows ones (CRLF) by e-mail or an editor: only this line
  // changed, because the body is JSON on one line (JSON text never holds a raw line break).
  const line = firstLine.endsWith('\r') ? firstLine.slice(0, -1) : firstLine;
  if (!line.startsWith(MANIFEST_LINE_PREFIX) || !line.endsWith(',')) return notOurs;
  let value: unknown;
  try {
    value = JSON.parse(line.slice(MANIFEST_LINE_PREFIX.length, -1));
  } catch {
    return notOurs;
  }
  const parsed = BackupManifestSchema.safeParse(value);
  if (!parsed.success) {
    return { ok: false, problem: 'This file is not a DSH Desk backup: its description is damaged.' };
  }
  return { ok: true, manifest: parsed.data };
}

/** How a backup in the folder is named: when main wrote it (UTC) and why. */
export const BACKUP_FILE_NAME =
  /^dsh-desk-backup-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(start|periodic|manual|before-upgrade|before-restore)\.json$/;

/** The name of a backup written at `at` for `reason`: sortable, unique to the millisecond. */
export function backupFileName(at: Date, reason: FolderBackupReason): string {
  const stamp = at.toISOString().replace(/:/g, '-').replace('.', '-');
  return `dsh-desk-backup-${stamp}-${reason}.json`;
}

/** How far ahead of the clock a backup may be dated before the clock looks wrong (clocks drift a little). */
export const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

/** Whether a backup made at `createdAt` is dated in the future of `now`: the clock was or is wrong. */
export function isFutureDated(createdAt: string, now: Date): boolean {
  return Date.parse(createdAt) > now.getTime() + FUTURE_TOLERANCE_MS;
}

const backupFileNameField = z.string().regex(BACKUP_FILE_NAME, 'This is not the name of a DSH Desk backup.');

/**
 * One backup in the folder. `contents` is null (and `problem` says why) when its manifest is unreadable;
 * `problem` alone is set when the file is damaged: its body no longer matches its manifest, or its seal is broken.
 */
export const BackupEntrySchema = z.strictObject({
  fileName: backupFileNameField,
  createdAt: z.iso.datetime(),
  reason: z.enum(BACKUP_REASONS).exclude(['export']),
  sizeBytes: count,
  contents: z
    .strictObject({
      appVersion: z.string(),
      schemaVersion: z.number().int(),
      counts: z.record(z.string(), count),
    })
    .nullable(),
  problem: z.string().nullable(),
});
/** One backup in the folder. */
export type BackupEntry = z.infer<typeof BackupEntrySchema>;

/** How many backups rotation keeps, and how often a backup is made while the app runs. */
export const BackupSettingsSchema = z.strictObject({
  keepDaily: z
    .number({ error: 'Daily backups kept must be a whole number.' })
    .int('Daily backups kept must be a whole number.')
    .min(1, 'Keep at least one daily backup.')
    .max(90, 'Keep at most 90 daily backups.'),
  keepWeekly: z
    .number({ error: 'Weekly backups kept must be a whole number.' })
    .int('Weekly backups kept must be a whole number.')
    .min(0, 'Weekly backups kept cannot be negative.')
    .max(52, 'Keep at most 52 weekly backups.'),
  everyHours: z
    .number({ error: 'Hours between backups must be a whole number.' })
    .int('Hours between backups must be a whole number.')
    .min(1, 'Back up at most once an hour.')
    .max(24, 'Back up at least once a day.'),
});
/** How many backups rotation keeps, and how often a backup is made while the app runs. */
export type BackupSettings = z.infer<typeof BackupSettingsSchema>;
/** The last 7 daily and 4 weekly backups; a backup every 4 hours while DSH Desk is open. */
export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { keepDaily: 7, keepWeekly: 4, everyHours: 4 };

export const BackupListSchema = z.strictObject({
  /** Where the backups are, in words for the officer (a folder path in the desktop app). */
  folder: z.string(),
  settings: BackupSettingsSchema,
  /** Newest first. */
  backups: z.array(BackupEntrySchema),
  /** Main's clock when it listed the folder, and the backups dated later than that (the clock was or is wrong). */
  clock: z.strictObject({ now: z.iso.datetime(), futureDated: z.array(backupFileNameField) }),
});
/** The backups folder, its settings and its backups. */
export type BackupList = z.infer<typeof BackupListSchema>;

export const WriteBackupResultSchema = z.strictObject({
  backup: BackupEntrySchema,
  /** The older backups rotation removed. */
  removed: z.array(backupFileNameField),
});
/** The backup written and what rotation removed. */
export type WriteBackupResult = z.infer<typeof WriteBackupResultSchema>;

/** The name the save dialog proposes for an export. */
export const ExportNameSchema = z.string().trim().min(1, 'A file name is needed.').max(255);
