import { pipeline } from '../../../../shared/domain/reports';

describe('the pipeline', () => {
  it('counts open projects per stage and ended ones per status', () => {
    const projects = [
      { status: 'open', stage: 'enquiry' },
      { status: 'open', stage: 'active' },
      { status: 'open', stage: 'active' },
      { status: 'declined', stage: 'enquiry' },
      { status: 'withdrawn', stage: 'active' },
      { status: 'closed', stage: 'closure' },
    ] as const;
    expect(pipeline(projects)).toEqual({
      byStage: { enquiry: 1, onboarding: 0, setup: 0, access: 0, active: 2, closure: 0 },
      byStatus: { closed: 1, declined: 1, withdrawn: 1 },
      open: 3,
      total: 6,
    });
  });

  it('counts nothing of nothing', () => {
    expect(pipeline([])).toEqual({
      byStage: { enquiry: 0, onboarding: 0, setup: 0, access: 0, active: 0, closure: 0 },
      byStatus: { closed: 0, declined: 0, withdrawn: 0 },
      open: 0,
      total: 0,
    });
  });
});
