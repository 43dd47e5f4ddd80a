/**
 * The sync state in the officer's words, as the header shows it: "Synced", "Syncing 3 changes", "Offline
 * since 14:32 — changes are kept here", "Needs attention: …". Times are London wall-clock times.
 */
import { formatInstant, formatLondonTime, londonToday } from '../../../shared/dates';
import { countOf } from '../../components/calendar-dates';
import type { SyncStatus } from '../../sync/types';

/** How the state looks: calm, under way, or asking for the officer. */
export type SyncTone = 'ok' | 'busy' | 'warn' | 'bad';

/** The header's words for a state, and its tone; null in solo mode (nothing is shown). */
export interface SyncStatusWords {
  text: string;
  tone: SyncTone;
}

/** "14:32" when the instant is today in London, else "5 Dec 2026, 14:32". */
export function sinceWords(instant: string, now: Date): string {
  return londonToday(new Date(instant)) === londonToday(now)
    ? formatLondonTime(instant)
    : formatInstant(instant);
}

/** The words of a state; null in solo mode. */
export function syncStatusWords(status: SyncStatus, now: Date = new Date()): SyncStatusWords | null {
  switch (status.phase) {
    case 'solo':
      return null;
    case 'synced':
    case 'syncing': {
      if (status.firstSync) {
        const received = countOf(status.firstSync.received, 'record');
        return status.firstSync.paused
          ? { text: `First sync paused: ${received} received`, tone: 'warn' }
          : { text: `First sync: ${received} received`, tone: 'busy' };
      }
      if (refused(status)) return { text: `Needs attention: ${refusedWords(status)}`, tone: 'bad' };
      // A round ends "synced" while files are still on their way (a file waits for its sender): say so.
      const files = (status.files?.sending ?? 0) + (status.files?.fetching ?? 0);
      const moving = [
        ...(status.phase === 'syncing' && status.pending > 0 ? [countOf(status.pending, 'change')] : []),
        ...(files > 0 ? [countOf(files, 'evidence file')] : []),
      ];
      if (moving.length > 0) return { text: `Syncing ${moving.join(' and ')}`, tone: 'busy' };
      return status.phase === 'synced' ? { text: 'Synced', tone: 'ok' } : { text: 'Syncing', tone: 'busy' };
    }
    case 'offline':
      return {
        text: status.offlineSince
          ? `Offline since ${sinceWords(status.offlineSince, now)} — changes are kept here`
          : 'Offline — changes are kept here',
        tone: 'warn',
      };
    case 'attention':
      return {
        text: `Needs attention: ${status.problem ?? 'open Settings → Team to see why'}${
          refused(status) ? ` — ${refusedWords(status)}` : ''
        }`,
        tone: 'bad',
      };
  }
}

const refused = (status: SyncStatus) => (status.files?.refused ?? 0) > 0;

/** "1 evidence file refused (its record says why)". */
function refusedWords(status: SyncStatus): string {
  return `${countOf(status.files?.refused ?? 0, 'evidence file')} refused (its record says why)`;
}

/** "1 conflict", "3 conflicts". */
export function conflictWords(count: number): string {
  return countOf(count, 'conflict');
}
