import { NO_VALUE, changeLines } from '../../../../shared/audit/change-lines';

describe('changeLines', () => {
  it('shows each changed field with its value before and after, in the order recorded', () => {
    expect(
      changeLines({
        title: { before: 'Asthma in children', after: 'Air pollution and childhood asthma' },
        stage: { before: 'setup', after: 'access' },
      }),
    ).toEqual([
      {
        field: 'title',
        label: 'Working title',
        before: 'Asthma in children',
        after: 'Air pollution and childhood asthma',
      },
      { field: 'stage', label: 'Stage', before: 'setup', after: 'access' },
    ]);
  });

  it('marks a value that was not there (a creation, a deletion, an emptied field)', () => {
    expect(changeLines({ reason: { after: 'Unwell.' }, note: { before: 'x', after: '' } })).toEqual([
      { field: 'reason', label: 'Reason', before: NO_VALUE, after: 'Unwell.' },
      { field: 'note', label: 'Note', before: 'x', after: NO_VALUE },
    ]);
  });

  it('writes numbers, booleans and objects as compact JSON and cuts long values', () => {
    const [seats, form, long] = changeLines(
      {
        seats: { before: 6, after: 8 },
        accessForm: { after: { signedOn: '2026-11-20', formVersion: 'v3' } },
        notes: { after: 'a'.repeat(300) },
      },
      60,
    );
    expect(seats).toEqual({ field: 'seats', label: 'Seats', before: '6', after: '8' });
    expect(form!.after).toBe('{"formVersion":"v3","signedOn":"2026-11-20"}');
    expect(long!.after).toHaveLength(60);
    expect(long!.after.endsWith('…')).toBe(true);
  });
});
