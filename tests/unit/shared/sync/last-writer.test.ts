/** Of two versions of a record decided whole, the one written later by the causal clock is kept, alike on both sides. */
import { keptWhole, laterWrite } from '../../../../shared/sync/last-writer';

const at = (time: string) => `2026-12-06T${time}:00.000Z`;
const version = (time: string, n: number, device: string) => ({
  updatedAt: at(time),
  hlc: { ms: Date.parse(at(time)), n },
  device,
});

describe('laterWrite', () => {
  it('keeps the version with the later clock, whichever side holds it', () => {
    const early = version('10:00', 5, 'ws-b');
    const late = version('10:01', 0, 'ws-a');
    expect(laterWrite(late, early)).toBe('mine');
    expect(laterWrite(early, late)).toBe('theirs');
  });

  it('orders by the clock, not the time shown: a slow workstation that had seen the other is later', () => {
    // ws-a's wall clock is an hour slow, but its version was made after seeing ws-b's (a later counter).
    const seen = { updatedAt: at('11:00'), hlc: { ms: Date.parse(at('12:00')), n: 0 }, device: 'ws-b' };
    const after = { updatedAt: at('10:00'), hlc: { ms: Date.parse(at('12:00')), n: 1 }, device: 'ws-a' };
    expect(laterWrite(after, seen)).toBe('mine');
    expect(laterWrite(seen, after)).toBe('theirs');
  });

  it('breaks a tie by workstation id, so both sides pick the same; a version with no clock counts by its time', () => {
    const a = version('10:00', 0, 'ws-a');
    const b = version('10:00', 0, 'ws-b');
    expect(laterWrite(b, a)).toBe('mine');
    expect(laterWrite(a, b)).toBe('theirs');
    const noClock = { updatedAt: at('10:02') };
    expect(laterWrite(noClock, version('10:01', 9, 'ws-z'))).toBe('mine');
  });
});

describe('keptWhole', () => {
  it('keeps the later assignment but the first acknowledgement, the same version on both sides; merges the rest', () => {
    const early = version('10:00', 0, 'ws-b');
    const late = version('10:05', 0, 'ws-a');
    expect(keptWhole('reminder-assignment', early, late)).toBe('theirs');
    expect(keptWhole('reminder-assignment', late, early)).toBe('mine');
    expect(keptWhole('acknowledgement', early, late)).toBe('mine');
    expect(keptWhole('acknowledgement', late, early)).toBe('theirs');
    // Equal clocks: the smaller workstation id stands, whichever side asks.
    const a = version('10:00', 0, 'ws-a');
    const b = version('10:00', 0, 'ws-b');
    expect(keptWhole('acknowledgement', a, b)).toBe('mine');
    expect(keptWhole('acknowledgement', b, a)).toBe('theirs');
    expect(keptWhole('person', early, late)).toBeNull();
  });
});
