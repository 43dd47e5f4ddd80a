import {
  compareTimeline,
  mergeNewestFirst,
  type ChainPage,
  type MergedPage,
  type TimelineCursor,
  type TimelinePlace,
} from '../../../../shared/audit/timeline';

/** A chain of events `[seq, time]`, given oldest first as a workstation writes them. */
function chain(device: string, events: Array<[number, string]>): TimelinePlace[] {
  return events.map(([seq, time]) => ({ device, seq, at: `2026-12-06T${time}:00.000Z` }));
}

/** The chain pages a reader would hand over from `cursor`: newest first, `limit` of them at most. */
function pagesOf(chains: TimelinePlace[][], cursor: TimelineCursor, limit: number) {
  return chains.map((events): ChainPage<TimelinePlace> => {
    const device = events[0]!.device;
    const before = cursor[device];
    const left = [...events].reverse().filter((event) => before === undefined || event.seq < before);
    return { device, events: left.slice(0, limit), more: left.length > limit };
  });
}

/** Every page of the merged timeline, read `limit` at a time, as "device#seq". */
function readAll(chains: TimelinePlace[][], limit: number): string[][] {
  const pages: string[][] = [];
  let cursor: TimelineCursor | undefined = {};
  while (cursor && pages.length < 50) {
    const page: MergedPage<TimelinePlace> = mergeNewestFirst(pagesOf(chains, cursor, limit), limit, cursor);
    pages.push(page.events.map((event) => `${event.device}#${event.seq}`));
    cursor = page.next;
  }
  return pages;
}

/** Whether each workstation's events appear newest first, in its own seq order, none missing. */
function chainsKeptWhole(order: string[], chains: TimelinePlace[][]): boolean {
  return chains.every((events) => {
    const device = events[0]!.device;
    const seen = order.filter((id) => id.startsWith(`${device}#`)).map((id) => Number(id.split('#')[1]));
    return JSON.stringify(seen) === JSON.stringify(events.map((event) => event.seq).reverse());
  });
}

describe('the team audit timeline', () => {
  const a = chain('aaaa', [
    [1, '09:00'],
    [2, '09:10'],
    [3, '09:30'],
  ]);
  const b = chain('bbbb', [
    [1, '09:05'],
    [2, '09:20'],
    [3, '09:40'],
  ]);

  it('interleaves two workstations’ events by time, newest first', () => {
    expect(readAll([a, b], 10)).toEqual([['bbbb#3', 'aaaa#3', 'bbbb#2', 'aaaa#2', 'bbbb#1', 'aaaa#1']]);
  });

  it('pages through the merged order without repeating or skipping an event', () => {
    const pages = readAll([a, b], 4);
    expect(pages).toEqual([
      ['bbbb#3', 'aaaa#3', 'bbbb#2', 'aaaa#2'],
      ['bbbb#1', 'aaaa#1'],
    ]);
    expect(readAll([a, b], 1).flat()).toEqual(pages.flat());
  });

  it('orders events stamped at the same instant by workstation id, then by seq', () => {
    const same = chain('cccc', [
      [1, '10:00'],
      [2, '10:00'],
    ]);
    const other = chain('bbbb', [[1, '10:00']]);
    expect(readAll([other, same], 10)).toEqual([['cccc#2', 'cccc#1', 'bbbb#1']]);
    expect(compareTimeline(other[0]!, same[0]!)).toBeLessThan(0);
    expect(compareTimeline(same[0]!, same[1]!)).toBeLessThan(0);
  });

  it('keeps a workstation’s own order when its clock was set back between two of its events', () => {
    // B's clock jumped back an hour after its event 2: its event 3 still follows its event 2.
    const skewed = chain('bbbb', [
      [1, '09:05'],
      [2, '09:20'],
      [3, '08:20'],
      [4, '09:45'],
    ]);
    for (const limit of [1, 2, 3, 10]) {
      const order = readAll([a, skewed], limit).flat();
      expect(order).toHaveLength(7);
      expect(chainsKeptWhole(order, [a, skewed])).toBe(true);
    }
    // B's event 3 says 08:20, so it comes after A's 09:00; B's events 2 and 1 must follow it (older first).
    expect(readAll([a, skewed], 10)).toEqual([
      ['bbbb#4', 'aaaa#3', 'aaaa#2', 'aaaa#1', 'bbbb#3', 'bbbb#2', 'bbbb#1'],
    ]);
  });

  it('places a workstation whose clock runs hours fast by its own times, its chain unbroken', () => {
    const fast = chain('cccc', [
      [1, '11:00'],
      [2, '11:01'],
      [3, '11:02'],
    ]);
    const order = readAll([a, b, fast], 2).flat();
    expect(order.slice(0, 3)).toEqual(['cccc#3', 'cccc#2', 'cccc#1']);
    expect(chainsKeptWhole(order, [a, b, fast])).toBe(true);
  });

  it('says there is no older page once every chain is read, and keeps chains not yet reached', () => {
    const page = mergeNewestFirst(pagesOf([a, b], {}, 2), 2, {});
    expect(page.next).toEqual({ bbbb: 3, aaaa: 3 });
    const short = mergeNewestFirst(pagesOf([a], {}, 5), 5, {});
    expect(short.next).toBeUndefined();
  });
});
