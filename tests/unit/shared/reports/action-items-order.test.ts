import { actionItems, compareActions } from '../../../../shared/domain/reports';
import {
  IDS,
  TODAY,
  aCompleteOnboarding,
  aMembership,
  fixtureId,
  recordBase,
} from '../../../helpers/domain-fixtures';
import {
  aBooking,
  aChangeRequest,
  aSession,
  inDays,
  leadTrainedUntil,
  projectIn,
  someData,
} from './fixtures';

const active = projectIn('active', {
  onboarding: aCompleteOnboarding({ plannedStart: '2025-01-01', plannedEnd: inDays(20) }),
});
const closing = projectIn('closure', {
  ...recordBase(fixtureId(2)),
  reference: 'DSH-2026-015',
  closureStart: { startedOn: '2026-10-01', reason: 'end-date-reached' },
});
const data = someData({
  projects: [active, closing],
  memberships: [aMembership()],
  trainings: leadTrainedUntil(inDays(-2)),
  changeRequests: [aChangeRequest({ requestedOn: '2026-11-20' })],
  bookings: [aBooking(), aBooking({ id: fixtureId(1102), date: inDays(1), sessionId: fixtureId(1009) })],
  sessionTemplates: [aSession()],
});

describe('the order of the action list', () => {
  it('puts overdue first, then due, then upcoming, each by date', () => {
    expect(actionItems(data, TODAY).map((item) => [item.severity, item.dueOn, item.kind])).toEqual([
      ['overdue', '2026-11-23', 'dsa-expired'],
      ['due', '2026-10-01', 'closure-unfinished'],
      ['due', '2026-11-20', 'change-request'],
      ['due', TODAY, 'booking'],
      ['upcoming', inDays(1), 'booking'],
      ['upcoming', inDays(20), 'project-ending'],
    ]);
  });

  it('names a session that is no longer offered', () => {
    expect(actionItems(data, TODAY).find((item) => item.dueOn === inDays(1))?.title).toBe(
      'Booked tomorrow in a session no longer offered: Dr A Smith for DSH-2026-014',
    );
  });

  it('is a total order, so equal items never swap', () => {
    const items = actionItems(data, TODAY);
    expect([...items].reverse().sort(compareActions)).toEqual(items);
  });
});

describe('acknowledged items', () => {
  const all = actionItems(data, TODAY);
  const acknowledged = new Set([all[0]!.id, all[2]!.id]);

  it('are left out by default', () => {
    expect(actionItems(data, TODAY, { acknowledged })).toEqual(
      all.filter((item) => !acknowledged.has(item.id)),
    );
  });

  it('are kept and flagged when asked for', () => {
    const kept = actionItems(data, TODAY, { acknowledged, keepAcknowledged: true });
    expect(kept.map((item) => item.acknowledged)).toEqual([true, false, true, false, false, false]);
  });

  it('come back when the deadline reaches a smaller window (the window is part of the id)', () => {
    const ending = all.find((item) => item.kind === 'project-ending')!;
    expect(ending.id).toBe(`project-ending:${IDS.project}:${inDays(20)}:30`);
    const later = actionItems(data, inDays(14), { acknowledged: new Set([ending.id]) });
    expect(later.find((item) => item.kind === 'project-ending')?.id).toBe(
      `project-ending:${IDS.project}:${inDays(20)}:7`,
    );
  });
});
