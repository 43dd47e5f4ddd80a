/** The pure parts of a refused save: what changed since the form was opened, and keeping what was typed. */
import type { AuditEvent } from '../../../../../shared/domain';
import { mergeValues } from '../../../../../renderer/components/form/merge-values';
import { changeSentence, changesSince } from '../../../../../renderer/components/form/stale-changes';

function event(seq: number, changes: AuditEvent['changes'], action = 'update'): AuditEvent {
  return {
    id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    seq,
    at: `2026-12-06T1${seq}:05:00.000Z`,
    actor: { staffId: '00000000-0000-4000-8000-000000000001', staffName: `Officer ${seq}`, osUser: 'sam' },
    entity: 'person',
    entityId: 'p1',
    action,
    changes,
    prevHash: '0'.repeat(64),
    hash: '0'.repeat(64),
  };
}

describe('what changed since the form was opened', () => {
  const history = [
    event(1, { name: { after: 'Dr A Smith' } }, 'create'),
    event(2, { phone: { before: '', after: '0117' } }),
    event(3, { upcomingBookings: { after: 2 } }, 'export'),
    event(4, { department: { after: 'Computing' }, phone: { before: '0117', after: '0118' } }),
  ];
  const labels = { phone: 'Phone number', department: 'Department' };

  it('names the writes after the base revision, by whom and when, and not the exports', () => {
    expect(changesSince(history, 2, 3, labels)).toEqual([
      { staffName: 'Officer 4', at: '2026-12-06T14:05:00.000Z', fields: ['Department', 'Phone number'] },
    ]);
    expect(changesSince(history, 1, 3, labels).map((change) => change.staffName)).toEqual([
      'Officer 2',
      'Officer 4',
    ]);
    expect(changesSince(history, 3, 3, labels)).toEqual([]);
  });

  it('says it in one sentence, in London time', () => {
    const [change] = changesSince(history, 2, 3, labels);
    expect(changeSentence(change!)).toBe(
      'Department and Phone number changed by Officer 4 on 6 Dec 2026, 14:05.',
    );
  });
});

describe('keeping what was typed over a newer version', () => {
  it('keeps typed changes, takes the latest elsewhere, and typed wins where both changed', () => {
    const base = { phone: '', department: '', name: 'A' };
    const typed = { phone: '', department: 'Computing', name: 'B' };
    const latest = { phone: '0117', department: '', name: 'C' };
    expect(mergeValues(base, typed, latest)).toEqual({ phone: '0117', department: 'Computing', name: 'B' });
  });

  it('keeps rows added on both sides to a list, the stored ones first', () => {
    const row = (location: string) => ({ location });
    expect(mergeValues([row('disk')], [row('disk'), row('tape')], [row('disk'), row('usb')])).toEqual([
      row('disk'),
      row('usb'),
      row('tape'),
    ]);
    // A row removed here stays removed; one added elsewhere comes in.
    expect(
      mergeValues([row('disk'), row('old')], [row('disk')], [row('disk'), row('old'), row('usb')]),
    ).toEqual([row('disk'), row('usb')]);
  });
});
