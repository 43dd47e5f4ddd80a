import type { AuditEvent } from '../../../../shared/domain';
import { timelineEntry, timelineLines } from '../../../../shared/audit/timeline-text';

let seq = 0;
function event(overrides: Partial<AuditEvent>): AuditEvent {
  seq += 1;
  return {
    id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    seq,
    at: '2026-11-25T10:00:00.000Z',
    actor: { staffId: '00000000-0000-4000-8000-000000000201', staffName: 'Sam Officer', osUser: 'sam' },
    entity: 'project',
    entityId: 'p1',
    action: 'update',
    changes: {},
    prevHash: '0'.repeat(64),
    hash: '1'.repeat(64),
    ...overrides,
  };
}
const names = { memberName: (id: string) => (id === 'm1' ? 'Dr A Smith' : 'Łukasz Nowak') };

describe('the project timeline in words', () => {
  it.each([
    [event({ action: 'create' }), 'Recorded the enquiry.', 'change'],
    [
      event({ action: 'advance', changes: { stage: { before: 'enquiry', after: 'onboarding' } } }),
      'Moved from Enquiry to Onboarding.',
      'move',
    ],
    [
      event({
        action: 'move-back',
        reason: 'Form version was wrong.',
        changes: { stage: { before: 'access', after: 'setup' } },
      }),
      'Moved back from Access to Set Up.',
      'move',
    ],
    [
      event({ action: 'withdraw', reason: 'Funding not awarded.', changes: {} }),
      'Withdrew the project.',
      'ended',
    ],
    [event({ action: 'decline', reason: 'Not a DSH study.' }), 'Declined the enquiry.', 'ended'],
    [
      event({
        action: 'confirm-reference',
        changes: { reference: { before: 'DSH-2026-P-7F3K9Z', after: 'DSH-2026-015' } },
      }),
      'The team server confirmed the reference: DSH-2026-P-7F3K9Z is now DSH-2026-015.',
      'change',
    ],
    [
      event({ changes: { discussion: { after: { heldOn: '2026-11-20', staffIds: [] } } } }),
      'Recorded the initial discussion.',
      'change',
    ],
    [
      event({
        changes: {
          suitability: { before: { outcome: 'more-information-needed' }, after: { outcome: 'suitable' } },
          title: { before: 'A', after: 'B' },
        },
      }),
      'Updated the suitability outcome and working title (outcome: suitable).',
      'change',
    ],
    [
      event({
        changes: {
          onboarding: {
            before: { dataController: 'A' },
            after: { dataController: 'B', plannedStart: '2027-01-01' },
          },
        },
      }),
      'Updated the onboarding form (data controller, planned start).',
      'change',
    ],
    [
      event({ entity: 'membership', entityId: 'm1', action: 'create', changes: { role: { after: 'lead' } } }),
      'Added Dr A Smith as lead researcher.',
      'change',
    ],
    [
      event({
        entity: 'membership',
        entityId: 'm2',
        action: 'update',
        changes: { role: { before: 'other', after: 'analyst' } },
      }),
      'Changed Łukasz Nowak’s role to analyst.',
      'change',
    ],
    [
      event({ entity: 'membership', entityId: 'm1', action: 'grant-access' }),
      'Granted Dr A Smith access.',
      'change',
    ],
    [
      event({ entity: 'setup-task', action: 'create', changes: { kind: { after: 'storage-allocated' } } }),
      'Marked ‘Storage allocated’ done.',
      'change',
    ],
  ])('%#: says “%s”', (given, text, kind) => {
    expect(timelineEntry(given, names)).toMatchObject({ text, kind });
  });

  it('keeps an override’s reason and the requirements it set aside', () => {
    const entry = timelineEntry(
      event({
        action: 'override',
        reason: 'Checklist done; recorded tomorrow.',
        changes: {
          stage: { before: 'setup', after: 'access' },
          overriddenRequirements: { after: ['Mark ‘Environment created’ done, with who did it and when.'] },
        },
      }),
      names,
    );
    expect(entry).toEqual({
      text: 'Overrode the Set Up gate and moved to Access.',
      kind: 'override',
      reason: 'Checklist done; recorded tomorrow.',
      overridden: ['Mark ‘Environment created’ done, with who did it and when.'],
    });
  });

  it('reads a demo load of the project and its records as one line', () => {
    const reason = 'Demo data loaded from Settings.';
    const lines = timelineLines(
      [
        event({ action: 'advance', changes: { stage: { before: 'setup', after: 'access' } } }),
        event({ entity: 'setup-task', action: 'load-demo', reason }),
        event({ entity: 'setup-task', action: 'load-demo', reason }),
        event({ entity: 'membership', entityId: 'm1', action: 'load-demo', reason }),
        event({ action: 'load-demo', reason }),
      ],
      names,
    );
    expect(lines.map((line) => line.text)).toEqual([
      'Moved from Set Up to Access.',
      'Loaded as demo data: the project, 1 member (Dr A Smith) and 2 set-up tasks.',
    ]);
    expect(lines[1]).not.toHaveProperty('reason');
  });
});
