import { activityLines } from '../../../../../renderer/features/dashboard/activity-lines';
import type { AuditEvent } from '../../../../../shared/domain';

let seq = 100;
function event(action: string, entity: AuditEvent['entity'], staffId = 'sam'): AuditEvent {
  seq -= 1;
  return {
    id: `e${seq}`,
    seq,
    at: '2026-11-25T10:00:00.000Z',
    actor: { staffId, staffName: staffId, osUser: staffId },
    entity,
    entityId: `r${seq}`,
    action,
    changes: {},
    prevHash: '0'.repeat(64),
    hash: '0'.repeat(64),
  } as AuditEvent;
}

describe('recent activity', () => {
  it('reads a run of the same change by the same person as one line with a count', () => {
    const events = [
      event('load-demo', 'booking'),
      event('load-demo', 'booking'),
      event('load-demo', 'certificate'),
      event('create', 'project', 'pat'),
    ];
    const lines = activityLines(events, false);
    expect(lines.map((line) => [line.first.entity, line.count, line.more])).toEqual([
      ['booking', 2, false],
      ['certificate', 1, false],
      ['project', 1, false],
    ]);
  });

  it('never folds updates, which each say what changed', () => {
    expect(activityLines([event('update', 'project'), event('update', 'project')], false)).toHaveLength(2);
  });

  it('says a run may go on when older events were not read', () => {
    const lines = activityLines([event('create', 'person'), event('load-demo', 'booking')], true);
    expect(lines.map((line) => line.more)).toEqual([false, true]);
  });
});
