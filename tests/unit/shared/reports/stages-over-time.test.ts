import type { Project } from '../../../../shared/domain';
import { projectsPerStageOverTime, standingOn } from '../../../../shared/domain/reports';
import { aProject, fixtureId, recordBase } from '../../../helpers/domain-fixtures';

const project = (n: number, receivedOn: string, overrides: Partial<Project>): Project => {
  const base = aProject({ ...recordBase(fixtureId(n)) });
  return { ...base, enquiry: { ...base.enquiry, receivedOn }, ...overrides };
};

const inSetup = project(1, '2026-01-10', {
  stage: 'setup',
  stageEnteredAt: { enquiry: '2026-01-10', onboarding: '2026-02-15', setup: '2026-03-20' },
});
const declined = project(2, '2026-02-05', {
  status: 'declined',
  stageEnteredAt: { enquiry: '2026-02-05' },
  ended: { on: '2026-02-20' },
});
// Really: onboarding 20/01, set up 10/02 (lost), access 01/03, moved back to set up 10/03.
const movedBack = project(3, '2026-01-05', {
  stage: 'setup',
  stageEnteredAt: {
    enquiry: '2026-01-05',
    onboarding: '2026-01-20',
    access: '2026-03-01',
    setup: '2026-03-10',
  },
});

const zero = {
  enquiry: 0,
  onboarding: 0,
  setup: 0,
  access: 0,
  active: 0,
  closure: 0,
  closed: 0,
  declined: 0,
  withdrawn: 0,
};

describe('where a project stood on a day', () => {
  it.each([
    [inSetup, '2026-01-09', undefined],
    [inSetup, '2026-01-10', 'enquiry'],
    [inSetup, '2026-02-15', 'onboarding'],
    [inSetup, '2026-03-20', 'setup'],
    [declined, '2026-02-19', 'enquiry'],
    [declined, '2026-02-20', 'declined'],
    [movedBack, '2026-02-28', 'onboarding'], // the lost stint in set up is read as onboarding
    [movedBack, '2026-03-05', 'access'],
    [movedBack, '2026-03-10', 'setup'],
  ])('%#: on %s', (which, day, standing) => {
    expect(standingOn(which, day)).toBe(standing);
  });

  it('prefers the current stage when two stages were entered on the same day', () => {
    const sameDay = project(4, '2026-01-05', {
      stage: 'onboarding',
      stageEnteredAt: { enquiry: '2026-01-05', onboarding: '2026-03-01', setup: '2026-03-01' },
    });
    expect(standingOn(sameDay, '2026-03-01')).toBe('onboarding');
  });
});

describe('projects per stage over time', () => {
  it('counts each project at the end of each month, the last month at the end of the range', () => {
    const table = projectsPerStageOverTime([inSetup, declined, movedBack], {
      from: '2026-01-01',
      to: '2026-03-15',
    });
    expect(table.rows).toEqual([
      { ...zero, month: '2026-01', asOf: '2026-01-31', enquiry: 1, onboarding: 1 },
      { ...zero, month: '2026-02', asOf: '2026-02-28', onboarding: 2, declined: 1 },
      { ...zero, month: '2026-03', asOf: '2026-03-15', onboarding: 1, setup: 1, declined: 1 },
    ]);
    expect(table.columns.map((column) => column.label)).toEqual([
      'Month',
      'As of',
      'Enquiry',
      'Onboarding',
      'Set Up',
      'Access',
      'Active',
      'Closure',
      'Closed',
      'Declined',
      'Withdrawn',
    ]);
  });

  it('gives zero rows for no projects, and no rows for an empty range', () => {
    expect(projectsPerStageOverTime([], { from: '2026-01-01', to: '2026-02-10' }).rows).toEqual([
      { ...zero, month: '2026-01', asOf: '2026-01-31' },
      { ...zero, month: '2026-02', asOf: '2026-02-10' },
    ]);
    expect(projectsPerStageOverTime([inSetup], { from: '2026-02-01', to: '2026-01-01' }).rows).toEqual([]);
  });
});
