import {
  MAX_CLOCK_DRIFT_MS,
  cappedHlc,
  clockBehindWords,
  compareHlc,
  hlcOf,
  latestHlc,
  tickHlc,
} from '../../../../shared/audit/clock';
import { compareTimeline } from '../../../../shared/audit/timeline';

const ms = (time: string) => Date.parse(`2026-12-06T${time}:00.000Z`);

describe('the hybrid logical clock of audit events', () => {
  it('takes the wall clock when it is ahead of everything known', () => {
    expect(tickHlc(undefined, ms('10:00'))).toEqual({ ms: ms('10:00'), n: 0 });
    expect(tickHlc({ ms: ms('09:00'), n: 4 }, ms('10:00'))).toEqual({ ms: ms('10:00'), n: 0 });
  });

  it('moves the counter on when the wall clock is behind or equal, so each reading is later than the last', () => {
    const known = { ms: ms('11:00'), n: 2 };
    expect(tickHlc(known, ms('10:00'))).toEqual({ ms: ms('11:00'), n: 3 });
    expect(tickHlc(known, ms('11:00'))).toEqual({ ms: ms('11:00'), n: 3 });
    expect(compareHlc(tickHlc(known, ms('10:00')), known)).toBeGreaterThan(0);
  });

  it('reads an event written before clocks as its time with counter 0', () => {
    expect(hlcOf({ at: '2026-12-06T10:00:00.000Z' })).toEqual({ ms: ms('10:00'), n: 0 });
    expect(hlcOf({ at: '2026-12-06T10:00:00.000Z', hlc: { ms: ms('12:00'), n: 1 } })).toEqual({
      ms: ms('12:00'),
      n: 1,
    });
  });

  it('knows the latest of several readings', () => {
    expect(latestHlc(undefined, { ms: 5, n: 1 }, { ms: 5, n: 3 }, { ms: 4, n: 9 })).toEqual({ ms: 5, n: 3 });
    expect(latestHlc(undefined)).toBeUndefined();
  });
});

describe('the timeline order with clocks', () => {
  it('puts an event made after seeing another after it, though its wall clock is an hour behind', () => {
    // A's clock is right: its event at 10:00. B's clock is an hour slow; B saw A's event, then wrote at "09:05".
    const seenOnA = {
      device: 'aaaa',
      seq: 1,
      at: '2026-12-06T10:00:00.000Z',
      hlc: { ms: ms('10:00'), n: 0 },
    };
    const hlcOnB = tickHlc(hlcOf(seenOnA), ms('09:05'));
    const madeOnB = { device: 'bbbb', seq: 1, at: '2026-12-06T09:05:00.000Z', hlc: hlcOnB };
    expect(compareTimeline(madeOnB, seenOnA)).toBeGreaterThan(0);
    // Without clocks (two older events) the wall times decide, as before.
    const { hlc: _a, ...oldA } = seenOnA;
    const { hlc: _b, ...oldB } = madeOnB;
    expect(compareTimeline(oldB, oldA)).toBeLessThan(0);
  });

  it('orders an old event (no clock) against a new one by its time, then workstation and seq', () => {
    const old = { device: 'bbbb', seq: 3, at: '2026-12-06T10:00:00.000Z' };
    const stamped = {
      device: 'aaaa',
      seq: 1,
      at: '2026-12-06T10:00:00.000Z',
      hlc: { ms: ms('10:00'), n: 0 },
    };
    expect(compareTimeline(old, stamped)).toBeGreaterThan(0); // same clock reading: the greater id is later
    expect(compareTimeline({ ...stamped, hlc: { ms: ms('10:00'), n: 1 } }, old)).toBeGreaterThan(0);
  });
});

describe('how far a workstation’s clock was behind, in words', () => {
  const event = (time: string, clock: string) => ({
    at: `2026-12-06T${time}:00.000Z`,
    hlc: { ms: ms(clock), n: 3 },
  });

  it('says nothing for an event stamped by a right clock, or one without a clock', () => {
    expect(clockBehindWords(event('10:00', '10:00'))).toBeUndefined();
    expect(clockBehindWords({ at: '2026-12-06T10:00:00.000Z' })).toBeUndefined();
  });

  it('says minutes, then hours, then days', () => {
    expect(clockBehindWords(event('10:00', '10:01'))).toBe('1 minute');
    expect(clockBehindWords(event('10:00', '10:12'))).toBe('12 minutes');
    expect(clockBehindWords(event('09:05', '10:04'))).toBe('59 minutes');
    expect(clockBehindWords(event('09:00', '10:00'))).toBe('about 1 hour');
    expect(clockBehindWords({ at: '2026-12-03T10:00:00.000Z', hlc: { ms: ms('10:00'), n: 0 } })).toBe(
      'about 3 days',
    );
  });
});

describe('how far a received clock may move this workstation’s', () => {
  const wall = Date.parse('2026-12-06T10:00:00.000Z');

  it('follows a clock up to five minutes ahead, counter and all', () => {
    expect(MAX_CLOCK_DRIFT_MS).toBe(5 * 60_000);
    const fourMinutes = { ms: wall + 4 * 60_000, n: 7 };
    expect(cappedHlc(fourMinutes, wall)).toEqual(fourMinutes);
    expect(cappedHlc({ ms: wall + MAX_CLOCK_DRIFT_MS, n: 2 }, wall)).toEqual({
      ms: wall + MAX_CLOCK_DRIFT_MS,
      n: 2,
    });
  });

  it('takes a clock further ahead only as far as the limit', () => {
    expect(cappedHlc({ ms: wall + 3 * 3_600_000, n: 4 }, wall)).toEqual({
      ms: wall + MAX_CLOCK_DRIFT_MS,
      n: 0,
    });
    expect(cappedHlc({ ms: wall + 61_000, n: 0 }, wall, 60_000)).toEqual({ ms: wall + 60_000, n: 0 });
  });
});
