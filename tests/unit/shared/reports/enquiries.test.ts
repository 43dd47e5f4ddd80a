import type { Project } from '../../../../shared/domain';
import { enquiriesPerMonth } from '../../../../shared/domain/reports';
import { aProject } from '../../../helpers/domain-fixtures';

const base = aProject();
const enquiry = (receivedOn: string, overrides: Partial<Project>): Project => ({
  ...base,
  enquiry: { ...base.enquiry, receivedOn },
  ...overrides,
});
const projects = [
  enquiry('2025-12-31', {
    stage: 'active',
    stageEnteredAt: { enquiry: '2025-12-31', onboarding: '2026-01-10' },
  }),
  enquiry('2026-01-01', { stage: 'enquiry', stageEnteredAt: { enquiry: '2026-01-01' } }),
  enquiry('2026-01-15', {
    stage: 'onboarding',
    stageEnteredAt: { enquiry: '2026-01-15', onboarding: '2026-01-30' },
  }),
  enquiry('2026-01-31', {
    status: 'declined',
    stageEnteredAt: { enquiry: '2026-01-31' },
    ended: { on: '2026-02-03' },
  }),
  enquiry('2026-02-02', {
    stage: 'onboarding',
    status: 'withdrawn',
    stageEnteredAt: { enquiry: '2026-02-02', onboarding: '2026-02-10' },
    ended: { on: '2026-02-20' },
  }),
  // Moved back to Enquiry: it did become a project once.
  enquiry('2026-02-28', {
    stage: 'enquiry',
    stageEnteredAt: { enquiry: '2026-03-05', onboarding: '2026-03-01' },
  }),
];

describe('enquiries per month', () => {
  it('counts enquiries received per month and how many went past Enquiry', () => {
    expect(enquiriesPerMonth(projects, { from: '2026-01-01', to: '2026-03-31' }).rows).toEqual([
      { month: '2026-01', received: 3, becameProjects: 1, declined: 1, conversion: 1 / 3 },
      { month: '2026-02', received: 2, becameProjects: 2, declined: 0, conversion: 1 },
      { month: '2026-03', received: 0, becameProjects: 0, declined: 0, conversion: null },
    ]);
  });

  it('gives zero months, without NaN, for no projects', () => {
    expect(enquiriesPerMonth([], { from: '2026-01-01', to: '2026-01-31' }).rows).toEqual([
      { month: '2026-01', received: 0, becameProjects: 0, declined: 0, conversion: null },
    ]);
  });
});
