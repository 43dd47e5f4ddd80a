import type { Project } from '../../../../shared/domain';
import { daysInStage, stageStays } from '../../../../shared/domain/reports';

type Dated = Pick<Project, 'stageEnteredAt' | 'status' | 'ended'>;
const TODAY = '2026-03-01';

const projects: Dated[] = [
  {
    status: 'open',
    stageEnteredAt: { enquiry: '2026-01-01', onboarding: '2026-01-11', setup: '2026-02-10' },
  },
  { status: 'declined', stageEnteredAt: { enquiry: '2026-01-05' }, ended: { on: '2026-01-25' } },
  {
    status: 'withdrawn',
    stageEnteredAt: { enquiry: '2026-01-01', onboarding: '2026-01-31' },
    ended: { on: '2026-02-10' },
  },
  {
    status: 'open',
    stageEnteredAt: { enquiry: '2026-02-01', onboarding: '2026-02-01', setup: '2026-02-05' },
  },
];

describe('days spent in each stage', () => {
  it('measures each stay to the next entry, to the end, or to today', () => {
    expect(projects.map((project) => stageStays(project, TODAY))).toEqual([
      [
        { stage: 'enquiry', days: 10 },
        { stage: 'onboarding', days: 30 },
        { stage: 'setup', days: 19 },
      ],
      [{ stage: 'enquiry', days: 20 }],
      [
        { stage: 'enquiry', days: 30 },
        { stage: 'onboarding', days: 10 },
      ],
      [
        { stage: 'enquiry', days: 0 },
        { stage: 'onboarding', days: 4 },
        { stage: 'setup', days: 24 },
      ],
    ]);
  });

  it('after a move back, gives the lost stint to the stage before it', () => {
    const movedBack: Dated = {
      status: 'open',
      stageEnteredAt: {
        enquiry: '2026-01-05',
        onboarding: '2026-01-20',
        access: '2026-03-01',
        setup: '2026-03-10',
      },
    };
    expect(stageStays(movedBack, '2026-03-15')).toEqual([
      { stage: 'enquiry', days: 15 },
      { stage: 'onboarding', days: 40 },
      { stage: 'access', days: 9 },
      { stage: 'setup', days: 5 },
    ]);
  });

  it('gives count, quartiles, median, min and max per stage', () => {
    const none = { count: 0, min: null, p25: null, median: null, p75: null, max: null };
    expect(daysInStage(projects, TODAY).rows).toEqual([
      { stage: 'enquiry', label: 'Enquiry', count: 4, min: 0, p25: 7.5, median: 15, p75: 22.5, max: 30 },
      { stage: 'onboarding', label: 'Onboarding', count: 3, min: 4, p25: 7, median: 10, p75: 20, max: 30 },
      { stage: 'setup', label: 'Set Up', count: 2, min: 19, p25: 20.25, median: 21.5, p75: 22.75, max: 24 },
      { stage: 'access', label: 'Access', ...none },
      { stage: 'active', label: 'Active', ...none },
      { stage: 'closure', label: 'Closure', ...none },
    ]);
  });

  it('has a row per stage, with no values, for no projects', () => {
    const rows = daysInStage([], TODAY).rows;
    expect(rows.map((row) => [row.stage, row.count, row.median])).toEqual([
      ['enquiry', 0, null],
      ['onboarding', 0, null],
      ['setup', 0, null],
      ['access', 0, null],
      ['active', 0, null],
      ['closure', 0, null],
    ]);
  });
});
