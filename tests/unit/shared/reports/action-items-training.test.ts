/**
 * @jest-environment ./tests/unit/shared/london-time-environment.cjs
 */
import { actionItems } from '../../../../shared/domain/reports';
import { IDS, TODAY, aMembership, aTraining, fixtureId } from '../../../helpers/domain-fixtures';
import { inDays, leadTrainedUntil, noData, projectIn, someData } from './fixtures';

const member = aMembership();
const dsaItemsFor = (expiresOn: string, project = projectIn('active')) =>
  actionItems(
    someData({ projects: [project], memberships: [member], trainings: leadTrainedUntil(expiresOn) }),
    TODAY,
  );

describe('NHS DSA reminders for members of live projects', () => {
  it.each([
    [31, undefined, undefined, undefined],
    [30, 'dsa-expiring:30', 'upcoming', 'Dr A Smith’s NHS DSA training expires in 30 days (25/12/2026)'],
    [15, 'dsa-expiring:30', 'upcoming', 'Dr A Smith’s NHS DSA training expires in 15 days (10/12/2026)'],
    [14, 'dsa-expiring:14', 'upcoming', 'Dr A Smith’s NHS DSA training expires in 14 days (09/12/2026)'],
    [8, 'dsa-expiring:14', 'upcoming', 'Dr A Smith’s NHS DSA training expires in 8 days (03/12/2026)'],
    [7, 'dsa-expiring:7', 'due', 'Dr A Smith’s NHS DSA training expires in 7 days (02/12/2026)'],
    [2, 'dsa-expiring:7', 'due', 'Dr A Smith’s NHS DSA training expires in 2 days (27/11/2026)'],
    [1, 'dsa-expiring:1', 'due', 'Dr A Smith’s NHS DSA training expires tomorrow (26/11/2026)'],
    [0, 'dsa-expiring:1', 'due', 'Dr A Smith’s NHS DSA training expires today (25/11/2026)'],
    [-1, 'dsa-expired', 'overdue', 'Dr A Smith’s NHS DSA training expired on 24/11/2026'],
  ])('last valid in %i days: %s, %s', (days, bucket, severity, title) => {
    const items = dsaItemsFor(inDays(days));
    if (bucket === undefined) {
      expect(items).toEqual([]);
      return;
    }
    const [kind, window] = bucket.split(':');
    const expiresOn = inDays(days);
    expect(items).toEqual([
      {
        id: window ? `${kind}:${member.id}:${expiresOn}:${window}` : `${kind}:${member.id}:${expiresOn}`,
        kind,
        severity,
        title,
        dueOn: expiresOn,
        projectId: IDS.project,
        personId: IDS.lead,
        target: { type: 'person', id: IDS.lead, tab: 'training' },
        email: {
          kind: kind === 'dsa-expired' ? 'training-renewal-overdue' : 'training-renewal-due',
          personId: IDS.lead,
          projectId: IDS.project,
        },
        acknowledged: false,
      },
    ]);
  });

  it.each([
    ['enquiry', 'open', false],
    ['onboarding', 'open', false],
    ['setup', 'open', true],
    ['access', 'open', true],
    ['active', 'open', true],
    ['closure', 'open', false],
    ['active', 'withdrawn', false],
  ] as const)('reminds members of a project in %s (%s): %s', (stage, status, reminded) => {
    const project = projectIn(stage, status === 'open' ? {} : { status, ended: { on: '2026-11-20' } });
    const reminders = dsaItemsFor(inDays(3), project).filter((item) => item.kind === 'dsa-expiring');
    expect(reminders).toHaveLength(reminded ? 1 : 0);
  });

  it('leaves out a member whose access was revoked', () => {
    const revoked = aMembership({ accessRevoked: { on: '2026-11-20', by: IDS.officer } });
    const data = someData({
      projects: [projectIn('active')],
      memberships: [revoked],
      trainings: leadTrainedUntil(inDays(3)),
    });
    expect(actionItems(data, TODAY)).toEqual([]);
  });

  it('reads the renewal, not the old record, once the training is renewed', () => {
    const renewed = aTraining({ id: fixtureId(622), completedOn: '2026-11-20', expiresOn: '2027-11-20' });
    const data = someData({
      projects: [projectIn('active')],
      memberships: [member],
      trainings: [...leadTrainedUntil(inDays(3)), renewed],
    });
    expect(actionItems(data, TODAY)).toEqual([]);
  });

  it('works out the expiry from the settings when the record gives none', () => {
    const data = (months: number) =>
      someData({
        projects: [projectIn('active')],
        memberships: [member],
        trainings: [aTraining({ completedOn: '2025-12-02' })],
        settings: { dsaValidityMonths: months },
      });
    expect(actionItems(data(12), TODAY).map((item) => item.title)).toEqual([
      'Dr A Smith’s NHS DSA training expires in 7 days (02/12/2026)',
    ]);
    expect(actionItems(data(6), TODAY).map((item) => item.title)).toEqual([
      'Dr A Smith’s NHS DSA training expired on 02/06/2026',
    ]);
  });

  it('says nothing about a member with no NHS DSA record (the Set Up gate names them)', () => {
    const data = someData({ projects: [projectIn('setup')], memberships: [member], trainings: [] });
    expect(actionItems(data, TODAY)).toEqual([]);
  });

  it('gives an empty list for no data', () => {
    expect(actionItems(noData(), TODAY)).toEqual([]);
  });
});
