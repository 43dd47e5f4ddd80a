import { actionItems } from '../../../../shared/domain/reports';
import {
  IDS,
  TODAY,
  aCompleteOnboarding,
  aMembership,
  fixtureId,
  recordBase,
} from '../../../helpers/domain-fixtures';
import { inDays, leadTrainedUntil, projectIn, someData } from './fixtures';

const longTraining = leadTrainedUntil('2027-06-30');

describe('members without a signed form or without access', () => {
  const noForm = aMembership({
    ...recordBase(fixtureId(502)),
    personId: IDS.analyst,
    role: 'analyst',
    accessForm: undefined,
    accessGranted: undefined,
  });
  const noAccess = aMembership({
    id: fixtureId(503),
    createdAt: '2026-11-10T09:00:00.000Z',
    accessGranted: undefined,
  });
  const revoked = aMembership({ id: fixtureId(504), accessRevoked: { on: '2026-11-20', by: IDS.officer } });
  const memberships = [aMembership(), noForm, noAccess, revoked];

  it.each(['access', 'active'] as const)('lists the first missing step of each member at %s', (stage) => {
    const data = someData({
      projects: [projectIn(stage, { stageEnteredAt: { access: '2026-11-01' } })],
      memberships,
      trainings: longTraining,
    });
    expect(actionItems(data, TODAY)).toEqual([
      {
        id: `access-form-missing:${noForm.id}`,
        kind: 'access-form-missing',
        severity: 'due',
        title: 'Łukasz Nowak has not signed the user access form for DSH-2026-014',
        dueOn: '2026-11-01',
        projectId: IDS.project,
        personId: IDS.analyst,
        target: { type: 'project', id: IDS.project, tab: 'members' },
        email: { kind: 'access-form-request', personId: IDS.analyst, projectId: IDS.project },
        acknowledged: false,
      },
      {
        id: `access-not-granted:${noAccess.id}`,
        kind: 'access-not-granted',
        severity: 'due',
        title: 'Dr A Smith has not been granted access to DSH-2026-014',
        // Joined after the project entered Access: due from the day they joined.
        dueOn: '2026-11-10',
        projectId: IDS.project,
        personId: IDS.lead,
        target: { type: 'project', id: IDS.project, tab: 'members' },
        acknowledged: false,
      },
    ]);
  });

  it.each(['onboarding', 'setup', 'closure'] as const)('asks for nothing at %s', (stage) => {
    const items = actionItems(someData({ projects: [projectIn(stage)], memberships }), TODAY);
    expect(items.filter((item) => item.kind.startsWith('access'))).toEqual([]);
  });
});

describe('planned end of active projects', () => {
  const ending = (end: string, extra = {}) =>
    actionItems(
      someData({
        projects: [
          projectIn('active', {
            onboarding: aCompleteOnboarding({ plannedStart: '2025-01-01', plannedEnd: end }),
            ...extra,
          }),
        ],
      }),
      TODAY,
    );

  it.each([
    [31, undefined, undefined, undefined],
    [30, 'project-ending:30', 'upcoming', 'DSH-2026-014 reaches its planned end in 30 days (25/12/2026)'],
    [14, 'project-ending:14', 'upcoming', 'DSH-2026-014 reaches its planned end in 14 days (09/12/2026)'],
    [7, 'project-ending:7', 'due', 'DSH-2026-014 reaches its planned end in 7 days (02/12/2026)'],
    [0, 'project-ending:1', 'due', 'DSH-2026-014 reaches its planned end today (25/11/2026)'],
    [
      -1,
      'project-end-passed',
      'overdue',
      'DSH-2026-014 passed its planned end on 24/11/2026: start the closure',
    ],
  ])('planned end in %i days: %s', (days, bucket, severity, title) => {
    const items = ending(inDays(days));
    if (!bucket) return expect(items).toEqual([]);
    const [kind, window] = bucket.split(':');
    expect(items).toEqual([
      {
        id: `${kind}:${IDS.project}:${inDays(days)}${window ? `:${window}` : ''}`,
        kind,
        severity,
        title,
        dueOn: inDays(days),
        projectId: IDS.project,
        target: { type: 'project', id: IDS.project, tab: 'overview' },
        acknowledged: false,
      },
    ]);
  });

  it('says nothing once the closure start is recorded', () => {
    expect(
      ending(inDays(-3), { closureStart: { startedOn: inDays(2), reason: 'end-date-reached' } }),
    ).toEqual([]);
  });
});

describe('onboarding forms left incomplete', () => {
  const onboarding = (
    entered: string | undefined,
    form = aCompleteOnboarding({ dataController: undefined }),
  ) =>
    actionItems(
      someData({
        projects: [projectIn('onboarding', { stageEnteredAt: { onboarding: entered }, onboarding: form })],
      }),
      TODAY,
    );

  it('chases a form incomplete for 15 days, not 14', () => {
    expect(onboarding(inDays(-14))).toEqual([]);
    expect(onboarding(inDays(-15))).toEqual([
      {
        id: `onboarding-stalled:${IDS.project}:2026-11-10`,
        kind: 'onboarding-stalled',
        severity: 'overdue',
        title: 'The onboarding form of DSH-2026-014 is still incomplete after 15 days (1 problem left)',
        dueOn: '2026-11-24',
        projectId: IDS.project,
        target: { type: 'project', id: IDS.project, tab: 'onboarding' },
        acknowledged: false,
      },
    ]);
  });

  it('uses the strict check, cost code included', () => {
    expect(onboarding(inDays(-30), aCompleteOnboarding())).toEqual([]);
    expect(onboarding(inDays(-30), aCompleteOnboarding({ costCode: undefined }))[0]?.title).toBe(
      'The onboarding form of DSH-2026-014 is still incomplete after 30 days (1 problem left)',
    );
  });

  it('cannot time a project with no day of entering onboarding', () => {
    expect(onboarding(undefined)).toEqual([]);
  });
});

describe('closures not finished', () => {
  it('lists an open closure with the closure notice to the lead researcher', () => {
    const project = projectIn('closure', { closureStart: { startedOn: '2026-11-01', reason: 'early-end' } });
    expect(actionItems(someData({ projects: [project] }), TODAY)).toEqual([
      {
        id: `closure-unfinished:${IDS.project}`,
        kind: 'closure-unfinished',
        severity: 'due',
        title: 'The closure of DSH-2026-014, started on 01/11/2026, is not finished',
        dueOn: '2026-11-01',
        projectId: IDS.project,
        target: { type: 'project', id: IDS.project, tab: 'closure' },
        email: { kind: 'closure-notice', personId: IDS.lead, projectId: IDS.project },
        acknowledged: false,
      },
    ]);
  });

  it('waits for a closure recorded to start on a later day', () => {
    const project = projectIn('active', { closureStart: { startedOn: '2026-12-20', reason: 'early-end' } });
    expect(actionItems(someData({ projects: [project] }), TODAY)).toEqual([]);
  });

  it('lists a closure started while the project is still Active, asking for the move to Closure', () => {
    const project = projectIn('active', {
      closureStart: { startedOn: '2026-11-20', reason: 'end-date-reached' },
    });
    expect(actionItems(someData({ projects: [project] }), TODAY)).toEqual([
      {
        id: `closure-unfinished:${IDS.project}`,
        kind: 'closure-unfinished',
        severity: 'due',
        title:
          'The closure of DSH-2026-014 started on 20/11/2026, but the project is still Active: move it to Closure',
        dueOn: '2026-11-20',
        projectId: IDS.project,
        target: { type: 'project', id: IDS.project, tab: 'overview' },
        email: { kind: 'closure-notice', personId: IDS.lead, projectId: IDS.project },
        acknowledged: false,
      },
    ]);
  });

  it('says nothing of a closed project', () => {
    const closed = projectIn('closure', { status: 'closed', ended: { on: '2026-11-20' } });
    expect(actionItems(someData({ projects: [closed] }), TODAY)).toEqual([]);
  });
});
