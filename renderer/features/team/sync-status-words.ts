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
      return { text: 'Synced', tone: 'ok' };
    case 'syncing':
      if (status.firstSync) {
        const received = countOf(status.firstSync.received, 'record');
        return status.firstSync.paused
          ? { text: `First sync paused: ${received} received`, tone: 'warn' }
          : { text: `First sync: ${received} received`, tone: 'busy' };
      }
      return {
        text: status.pending > 0 ? `Syncing ${countOf(status.pending, 'change')}` : 'Syncing',
        tone: 'busy',
      };
    case 'offline':
      return {
        text: status.offlineSince
          ? `Offline since ${sinceWords(status.offlineSince, now)} — changes are kept here`
          : 'Offline — changes are kept here',
        tone: 'warn',
      };
    case 'attention':
      return {
        text: `Needs attention: ${status.problem ?? 'open Settings → Team to see why'}`,
        tone: 'bad',
      };
  }
}

/** "1 conflict", "3 conflicts". */
export function conflictWords(count: number): string {
  return countOf(count, 'conflict');
}
