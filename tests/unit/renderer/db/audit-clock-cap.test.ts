/**
 * The limit on how far another workstation's clock moves this one's (MAX_CLOCK_DRIFT_MS, five minutes): a
 * workstation whose clock runs hours ahead no longer drags the others' clocks with it, its events are still
 * stored and verify, and the officer is told which workstation it is; one a few minutes ahead is followed as
 * before, so the order of events made after seeing its events stays true. Every clock is injected.
 */
import { recordAuditEvent } from '../../../../renderer/db/audit/append';
import { clockAheadNotes, clockAheadWords } from '../../../../renderer/db/audit/clock-ahead';
import { pageTeamTimeline } from '../../../../renderer/db/audit/timeline';
import { verifyAuditLog } from '../../../../renderer/db/audit/verify';
import { applyPullBatch } from '../../../../renderer/db/sync/apply';
import { freshDb, type TestDb } from './db-fixtures';

const at = (time: string) => new Date(`2026-12-06T${time}:00.000Z`);

/** `t` with its clock saying `time`. */
const clockAt = (t: TestDb, time: string) => ({ ...t.ctx, now: () => at(time) });

/** An export event written on `t` when its clock says `time`. */
const write = (t: TestDb, time: string) =>
  recordAuditEvent(clockAt(t, time), { entity: 'project', entityId: 'p-1', action: 'export' });

/** Delivers every event of `from`'s own log to `to` as one pulled batch, `to`'s clock saying `time`. */
async function deliver(from: TestDb, to: TestDb, time: string): Promise<void> {
  const events = await from.db.auditEvents.toArray();
  await applyPullBatch(
    to.db,
    {
      records: events.map((event) => ({
        ok: true as const,
        docId: `audit:${event.device}:${event.seq}`,
        type: 'audit' as const,
        table: 'auditEvents',
        rev: '1-x',
        record: event as unknown as Record<string, unknown>,
        conflicts: [],
      })),
      deletions: [],
      quarantined: [],
      checkpoint: String(events.length),
    },
    clockAt(to, time),
  );
}

const deviceOf = async (t: TestDb) => (await t.db.meta.get('installationId'))!.value;

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
