import { SeenReferences, eventRange, mergeSeen, newlySeen } from '../../../../shared/audit/seen';

describe('what events saw of other workstations’ chains', () => {
  it('records only what moved on since the last event recorded it', () => {
    expect(newlySeen({ a: 5, b: 3, c: 1 }, { a: 5, b: 2 })).toEqual({ b: 3, c: 1 });
    expect(newlySeen({ a: 5 }, { a: 5 })).toEqual({});
  });

  it('merges two vectors by the later seq of each workstation', () => {
    expect(mergeSeen({ a: 5, b: 1 }, { b: 4, c: 2 })).toEqual({ a: 5, b: 4, c: 2 });
  });

  it('names a chain that ends before an event had seen it, with the missing range and who saw it', () => {
    const references = new SeenReferences();
    references.note('bbbb', { seq: 3, seen: { aaaa: 4 } });
    references.note('cccc', { seq: 9, seen: { aaaa: 7, bbbb: 2 } });
    references.note('bbbb', { seq: 4 });
    const ends: Record<string, number> = { aaaa: 5, bbbb: 4 };
    expect(references.missingTails((device) => ends[device] ?? 0)).toEqual([
      { device: 'aaaa', heldTo: 5, seenUpTo: 7, by: { device: 'cccc', seq: 9 } },
    ]);
  });

  it('finds nothing missing in a team whose chains are held as far as they were seen', () => {
    const references = new SeenReferences();
    references.note('bbbb', { seq: 3, seen: { aaaa: 4 } });
    references.note('aaaa', { seq: 5, seen: { bbbb: 3 } });
    expect(references.missingTails((device) => ({ aaaa: 5, bbbb: 3 })[device] ?? 0)).toEqual([]);
  });

  it('says a range in words', () => {
    expect(eventRange(7, 7)).toBe('event 7');
    expect(eventRange(5, 7)).toBe('events 5 to 7');
  });
});
