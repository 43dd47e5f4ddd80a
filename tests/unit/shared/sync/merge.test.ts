/** The three-way merge by field: what merges by itself, what an officer must choose, and what is kept meanwhile. */
import { mergeRecords } from '../../../../shared/sync/merge';

type Row = Record<string, unknown>;
const base: Row = {
  id: 'p1',
  title: 'Long COVID',
  stage: 'enquiry',
  tags: ['a', 'b'],
  notes: { x: 1, y: 2 },
};

it.each<[string, Row | null, Row, Row, Row, { field: string; mine: unknown; theirs: unknown }[]]>([
  ['nothing changed', base, base, base, base, []],
  ['only mine changed a field', base, { ...base, title: 'Mine' }, base, { ...base, title: 'Mine' }, []],
  [
    'only theirs changed a field',
    base,
    base,
    { ...base, stage: 'discussion' },
    { ...base, stage: 'discussion' },
    [],
  ],
  [
    'different fields changed on each side merge by themselves',
    base,
    { ...base, title: 'Mine' },
    { ...base, stage: 'discussion' },
    { ...base, title: 'Mine', stage: 'discussion' },
    [],
  ],
  [
    'the same field changed alike on both sides is not a conflict',
    base,
    { ...base, tags: ['a', 'b', 'c'] },
    { ...base, tags: ['a', 'b', 'c'] },
    { ...base, tags: ['a', 'b', 'c'] },
    [],
  ],
  [
    'objects are compared deeply, whatever the order of their keys',
    base,
    { ...base, notes: { y: 3, x: 1 } },
    { ...base, notes: { x: 1, y: 3 } },
    { ...base, notes: { x: 1, y: 3 } },
    [],
  ],
  [
    'the same field changed differently is a conflict; theirs is kept until an officer chooses',
    base,
    { ...base, title: 'Mine' },
    { ...base, title: 'Theirs' },
    { ...base, title: 'Theirs' },
    [{ field: 'title', mine: 'Mine', theirs: 'Theirs' }],
  ],
  [
    'a field removed on one side and unchanged on the other is removed',
    base,
    { id: 'p1', title: 'Long COVID', stage: 'enquiry', tags: ['a', 'b'] },
    base,
    { id: 'p1', title: 'Long COVID', stage: 'enquiry', tags: ['a', 'b'] },
    [],
  ],
  [
    'a field removed on one side and changed on the other is a conflict',
    base,
    { id: 'p1', title: 'Long COVID', stage: 'enquiry', tags: ['a', 'b'] },
    { ...base, notes: { x: 9 } },
    { ...base, notes: { x: 9 } },
    [{ field: 'notes', mine: undefined, theirs: { x: 9 } }],
  ],
  [
    'a field added on one side is added',
    base,
    { ...base, closedOn: '2026-12-01' },
    base,
    { ...base, closedOn: '2026-12-01' },
    [],
  ],
  [
    'with no common base, every field that differs is a conflict',
    null,
    { id: 'p1', title: 'Mine', stage: 'enquiry' },
    { id: 'p1', title: 'Theirs', stage: 'enquiry' },
    { id: 'p1', title: 'Theirs', stage: 'enquiry' },
    [{ field: 'title', mine: 'Mine', theirs: 'Theirs' }],
  ],
  [
    'several conflicts are listed in field order',
    base,
    { ...base, title: 'M', stage: 'closure' },
    { ...base, title: 'T', stage: 'setup' },
    { ...base, title: 'T', stage: 'setup' },
    [
      { field: 'stage', mine: 'closure', theirs: 'setup' },
      { field: 'title', mine: 'M', theirs: 'T' },
    ],
  ],
])('%s', (_name, was, mine, theirs, merged, conflicts) => {
  expect(mergeRecords(was, mine, theirs)).toEqual({ merged, conflicts });
});

it('ignores CouchDB’s own fields (_id, _rev): they are not part of a record', () => {
  const result = mergeRecords({ ...base, _rev: '1-a' }, { ...base, _rev: '2-b' }, { ...base, _rev: '2-c' });
  expect(result).toEqual({ merged: base, conflicts: [] });
});

it('bookkeeping fields the caller sets again after merging never conflict; theirs is kept', () => {
  const mine = { ...base, title: 'Mine', updatedAt: '2026-12-06T10:00:00.000Z', revision: 2 };
  const theirs = { ...base, stage: 'setup', updatedAt: '2026-12-06T10:05:00.000Z', revision: 3 };
  expect(mergeRecords(base, mine, theirs, { recomputed: ['updatedAt', 'revision'] })).toEqual({
    merged: { ...base, title: 'Mine', stage: 'setup', updatedAt: '2026-12-06T10:05:00.000Z', revision: 3 },
    conflicts: [],
  });
  // Without saying so, the same two edits conflict on those fields.
  expect(mergeRecords(base, mine, theirs).conflicts.map((conflict) => conflict.field)).toEqual([
    'revision',
    'updatedAt',
  ]);
});
