import { sinceWords, syncStatusWords } from '../../../../../renderer/features/team/sync-status-words';
import type { SyncStatus } from '../../../../../renderer/sync/types';

const status = (over: Partial<SyncStatus>): SyncStatus => ({
  phase: 'synced',
  pending: 0,
  conflicts: 0,
  quarantined: 0,
  ...over,
});

describe('The sync state in words', () => {
  it('shows nothing in solo mode', () => {
    expect(syncStatusWords(status({ phase: 'solo', conflicts: 2 }))).toBeNull();
  });

  it('gives offline times in London time: the time alone today, the date too before today', () => {
    // Winter: London is on UTC. Summer: one hour ahead.
    expect(sinceWords('2026-12-06T14:32:00Z', new Date('2026-12-06T16:00:00Z'))).toBe('14:32');
    expect(sinceWords('2026-07-01T13:32:00Z', new Date('2026-07-01T16:00:00Z'))).toBe('14:32');
    // 23:30 UTC on 30 June is already 1 July in London: still "today".
    expect(sinceWords('2026-06-30T23:30:00Z', new Date('2026-07-01T09:00:00Z'))).toBe('00:30');
    expect(sinceWords('2026-12-05T09:05:00Z', new Date('2026-12-06T09:00:00Z'))).toBe('5 Dec 2026, 09:05');
  });

  it('says what needs attention, or where to look when it is not known', () => {
    expect(syncStatusWords(status({ phase: 'attention', problem: 'Wrong password.' }))?.text).toBe(
      'Needs attention: Wrong password.',
    );
    expect(syncStatusWords(status({ phase: 'attention' }))?.text).toBe(
      'Needs attention: open Settings → Team to see why',
    );
  });

  it('says a paused first sync is paused, and an offline state without a time still reassures', () => {
    expect(
      syncStatusWords(status({ phase: 'syncing', firstSync: { received: 12, paused: true } }))?.text,
    ).toBe('First sync paused: 12 records received');
    expect(syncStatusWords(status({ phase: 'offline' }))?.text).toBe('Offline — changes are kept here');
  });
});
