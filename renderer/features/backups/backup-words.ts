/** Backups in the officer's words: what made a backup, how big it is and what it holds. */
import type { BackupReason } from '../../../shared/contract/backup-payloads';
import { formatInstant } from '../../../shared/dates';

const REASONS: Record<BackupReason, string> = {
  start: 'Automatic, at start',
  periodic: 'Automatic',
  manual: 'Backed up by hand',
  'before-upgrade': 'Before an upgrade',
  'before-restore': 'Before a restore',
  export: 'Export',
};

const NUMBER = new Intl.NumberFormat('en-GB');

/** Why a backup was made ("Before a restore"). */
export function reasonLabel(reason: BackupReason): string {
  return REASONS[reason];
}

/** "1,234" */
export function count(value: number): string {
  return NUMBER.format(value);
}

/** A file size in words: "812 bytes", "12 KB", "3.4 MB". */
export function sizeLabel(bytes: number): string {
  if (bytes < 1024) return `${count(bytes)} bytes`;
  if (bytes < 1024 * 1024) return `${count(Math.round(bytes / 1024))} KB`;
  const megabytes = bytes / (1024 * 1024);
  return `${megabytes < 10 ? megabytes.toFixed(1) : count(Math.round(megabytes))} MB`;
}

function plural(value: number, one: string, many: string): string {
  return `${count(value)} ${value === 1 ? one : many}`;
}

/** What a backup holds: "14 projects, 30 people; 812 records in all". */
export function contentsLabel(counts: Record<string, number>): string {
  const total = Object.values(counts).reduce((sum, value) => sum + value, 0);
  const projects = plural(counts.projects ?? 0, 'project', 'projects');
  const people = plural(counts.people ?? 0, 'person', 'people');
  return `${projects}, ${people}; ${plural(total, 'record', 'records')} in all`;
}

/** When a backup was made: "25 Nov 2026, 14:05" (London). */
export function madeLabel(createdAt: string): string {
  return formatInstant(createdAt);
}

/** How far a long backup step has got, in words: "Backed up 12,000 of 50,000 records". */
export function progressWords(done: string, rows: number, total: number): string {
  return `${done} ${count(rows)} of ${count(total)} ${total === 1 ? 'record' : 'records'}`;
}
