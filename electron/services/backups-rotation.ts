/**
 * Which backups rotation removes. Days and weeks are London calendar days and Monday-to-Sunday weeks, and
 * they count days and weeks that HAVE backups (as restic's keep-daily and keep-weekly do), so a month away
 * from the office never ages every backup out.
 *
 * Two kinds of backup are outside the rule altogether and never removed by it:
 * - every backup the officer asked for (manual): they chose to keep it, so only they remove it;
 * - every backup dated in the future (the clock was, or is, wrong): it is not counted as the newest of any
 *   day or week, so it can never push a genuine older backup out. The Backups panel tells the officer.
 *
 * Of the rest, kept:
 * - the newest backup of each of the `keepDaily` most recent days;
 * - the newest backup of each of the `keepWeekly` most recent weeks;
 * - every backup that guarded a change (before an upgrade, before a restore) made on one of those
 *   `keepDaily` days;
 * - the newest backup made before a restore (the undo) and before an upgrade (the way back), however old.
 */
import { format, parseISO, startOfWeek } from 'date-fns';
import {
  isFutureDated,
  type BackupSettings,
  type FolderBackupReason,
} from '../../shared/contract/backup-payloads';
import { londonToday, WEEK_STARTS_ON } from '../../shared/dates';

/** What rotation needs to know of a backup: its name, when it was made and why. */
export interface RotationCandidate {
  fileName: string;
  createdAt: string;
  reason: FolderBackupReason;
}

const GUARDING: ReadonlySet<FolderBackupReason> = new Set(['before-upgrade', 'before-restore']);
const ALWAYS_KEEP_NEWEST: readonly FolderBackupReason[] = ['before-restore', 'before-upgrade'];

function weekOf(day: string): string {
  return format(startOfWeek(parseISO(day), { weekStartsOn: WEEK_STARTS_ON }), 'yyyy-MM-dd');
}

/** The newest backup of each of the `limit` most recent periods (`periodOf` names a backup's period). */
function newestPerPeriod(
  newestFirst: readonly (RotationCandidate & { day: string })[],
  limit: number,
  periodOf: (day: string) => string,
): { kept: string[]; periods: Set<string> } {
  const periods = new Set<string>();
  const kept: string[] = [];
  for (const backup of newestFirst) {
    const period = periodOf(backup.day);
    if (periods.has(period)) continue;
    if (periods.size === limit) break;
    periods.add(period);
    kept.push(backup.fileName);
  }
  return { kept, periods };
}

/** The names of the backups rotation removes under `settings` at `now`; never the newest backup. */
export function backupsToRemove(
  backups: readonly RotationCandidate[],
  settings: Pick<BackupSettings, 'keepDaily' | 'keepWeekly'>,
  now: Date,
): string[] {
  const newestFirst = backups
    .filter((backup) => backup.reason !== 'manual' && !isFutureDated(backup.createdAt, now))
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))
    .map((backup) => ({ ...backup, day: londonToday(new Date(backup.createdAt)) }));

  const daily = newestPerPeriod(newestFirst, Math.max(1, settings.keepDaily), (day) => day);
  const weekly = newestPerPeriod(newestFirst, settings.keepWeekly, weekOf);
  const keep = new Set([...daily.kept, ...weekly.kept]);
  for (const backup of newestFirst) {
    if (GUARDING.has(backup.reason) && daily.periods.has(backup.day)) keep.add(backup.fileName);
  }
  for (const reason of ALWAYS_KEEP_NEWEST) {
    const newest = newestFirst.find((backup) => backup.reason === reason);
    if (newest) keep.add(newest.fileName);
  }
  return newestFirst.filter((backup) => !keep.has(backup.fileName)).map((backup) => backup.fileName);
}
