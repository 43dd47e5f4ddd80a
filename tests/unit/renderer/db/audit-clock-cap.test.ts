/**
 * The limit on how far another workstation's clock moves this one's (MAX_CLOCK_DRIFT_MS, five minutes): a
 * workstation whose clock runs hours ahead no longer drags the others' clocks with it, its events are still
 * stored and verify, and the officer is told which workstation it is; one a few minutes ahead is followed as
 * before, so the order of events made after seeing its events stays true. Every clock is injected.
 */
import { clockAheadNotes, clockAheadWords } from '../../../../renderer/db/audit/clock-ahead';
import { pageTeamTimeline } from '../../../../renderer/db/audit/timeline';
import { verifyAuditLog } from '../../../../renderer/db/audit/verify';
import { freshDb } from './db-fixtures';
import { at, deliver, deviceOf, write } from './clock-fixtures';

describe('a workstation whose clock is far ahead', () => {
  it('does not drag this one’s clock past five minutes ahead, and is named with how far ahead it is', async () => {
    const fast = await freshDb();
    const here = await freshDb();
    await write(fast, '13:00'); // its clock says 13:00 when it is 10:00
    await deliver(fast, here, '10:00');
    const next = await write(here, '10:01');
    // Followed only to 10:05 (the limit), so at 10:01 a minute later it is the limit plus a counter.
    expect(next.hlc).toEqual({ ms: at('10:05').getTime(), n: 1 });
    const later = await write(here, '10:30');
    expect(later.hlc).toEqual({ ms: at('10:30').getTime(), n: 0 });

    const notes = await clockAheadNotes(here.db);
    expect(notes).toEqual([
      {
        device: await deviceOf(fast),
        aheadMs: 3 * 3_600_000,
        at: at('13:00').toISOString(),
        lastUser: 'Sam Officer',
      },
    ]);
    expect(clockAheadWords(notes[0]!)).toBe(
      `The clock of workstation ${(await deviceOf(fast)).slice(0, 8)} (last used by Sam Officer) is about 3 hours ` +
        `ahead of this workstation’s: its latest event is timed 6 Dec 2026, 13:00. Its events are kept and listed ` +
        `by its own clock, but this workstation’s clock follows it no more than 5 minutes, so the rest of the ` +
        `team’s order stays true. Set that computer’s date and time right (or this one’s, if this one is behind).`,
    );
    // Its event is kept and verifies; it is listed by its own clock, above this workstation's.
    expect((await verifyAuditLog(here.db)).intact).toBe(true);
    const page = await pageTeamTimeline(here.db, { filter: {}, limit: 10 });
    expect(page.entries.map((entry) => [entry.own, entry.event.at])).toEqual([
      [false, at('13:00').toISOString()],
      [true, at('10:30').toISOString()],
      [true, at('10:01').toISOString()],
    ]);
  });

  it('is forgotten once an event of it arrives timed within the limit', async () => {
    const fast = await freshDb();
    const here = await freshDb();
    await write(fast, '13:00');
    await deliver(fast, here, '10:00');
    expect(await clockAheadNotes(here.db)).toHaveLength(1);
    await write(fast, '13:01');
    await deliver(fast, here, '13:00'); // real time has caught up with it
    expect(await clockAheadNotes(here.db)).toEqual([]);
  });
});

describe('a workstation a few minutes ahead', () => {
  it('is followed as before: an event made after seeing its event is listed after it, and nothing is noted', async () => {
    const ahead = await freshDb();
    const here = await freshDb();
    const theirs = await write(ahead, '10:04'); // four minutes ahead
    await deliver(ahead, here, '10:00');
    const mine = await write(here, '10:01');
    expect(mine.hlc).toEqual({ ms: theirs.hlc!.ms, n: theirs.hlc!.n + 1 });
    const page = await pageTeamTimeline(here.db, { filter: {}, limit: 10 });
    expect(page.entries.map((entry) => entry.own)).toEqual([true, false]);
    expect(await clockAheadNotes(here.db)).toEqual([]);
  });
});
