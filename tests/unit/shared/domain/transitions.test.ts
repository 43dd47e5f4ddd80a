import {
  ProjectSchema,
  STAGES,
  advance,
  canAdvance,
  decline,
  moveBack,
  overrideGate,
  stageLabel,
  statusLabel,
  withdraw,
  type Project,
  type ProjectStatus,
} from '../../../../shared/domain';
import { TODAY, aProject, gateMet } from '../../../helpers/domain-fixtures';

const NEXT = {
  enquiry: 'onboarding',
  onboarding: 'setup',
  setup: 'access',
  access: 'active',
  active: 'closure',
} as const;
const BLANK_REASONS = ['', '   ', '\n\t '];

describe('advance', () => {
  it.each(Object.entries(NEXT))('moves a project from %s to %s once its gate is met', (from, to) => {
    const { project, facts } = gateMet(from as keyof typeof NEXT);
    const result = advance(project, facts, TODAY);
    expect(result.allowed).toBe(true);
    if (!result.allowed) return;
    expect(result.project).toMatchObject({ stage: to, status: 'open', stageEnteredAt: { [to]: TODAY } });
    expect(result.move).toEqual({
      kind: 'advance',
      from: { stage: from, status: 'open' },
      to: { stage: to, status: 'open' },
      on: TODAY,
    });
    expect(ProjectSchema.safeParse(result.project).success).toBe(true);
  });

  it('closes a project whose closure checklist is done and certificate issued', () => {
    const { project, facts } = gateMet('closure');
    const result = advance(project, facts, TODAY);
    expect(result.allowed && result.project).toMatchObject({
      stage: 'closure',
      status: 'closed',
      ended: { on: TODAY },
    });
    expect(result.allowed && result.move.kind).toBe('close');
    expect(result.allowed && ProjectSchema.safeParse(result.project).success).toBe(true);
  });

  it('refuses with the same reasons as canAdvance when the gate is unmet', () => {
    const { project, facts } = gateMet('setup');
    const unmet = { ...facts, setupTasks: [] };
    expect(advance(project, unmet, TODAY)).toEqual(canAdvance(project, unmet, TODAY));
    expect(advance(project, unmet, TODAY).allowed).toBe(false);
  });

  it('does not change the project it was given', () => {
    const { project, facts } = gateMet('enquiry');
    const before = structuredClone(project);
    advance(project, facts, TODAY);
    expect(project).toEqual(before);
  });
});

describe('terminal states allow nothing', () => {
  const ended: [ProjectStatus, Project, string][] = [
    [
      'declined',
      aProject({ status: 'declined', ended: { on: '2026-03-01', reason: 'No NHS data' } }),
      'This project was declined, so it cannot move.',
    ],
    [
      'withdrawn',
      aProject({ stage: 'setup', status: 'withdrawn', ended: { on: '2026-07-01', reason: 'Funding ended' } }),
      'This project was withdrawn, so it cannot move.',
    ],
    [
      'closed',
      aProject({ stage: 'closure', status: 'closed', ended: { on: '2026-11-20' } }),
      'This project is closed, so it cannot move.',
    ],
  ];

  it.each(ended)(
    'a %s project cannot advance, be overridden, moved back, withdrawn or declined',
    (_status, project, message) => {
      const { facts } = gateMet(project.stage);
      const refused = { allowed: false, reasons: [message] };
      expect(canAdvance(project, facts, TODAY)).toEqual(refused);
      expect(advance(project, facts, TODAY)).toEqual(refused);
      expect(overrideGate(project, facts, TODAY, 'Manager agreed')).toEqual(refused);
      expect(moveBack(project, 'Mistake', TODAY)).toEqual(
        project.stage === 'enquiry'
          ? {
              allowed: false,
              reasons: [message, 'An enquiry is the first stage: there is no stage to move back to.'],
            }
          : refused,
      );
      expect(withdraw(project, 'Mistake', TODAY)).toEqual(refused);
      expect(decline(project, 'Mistake', TODAY)).toEqual(refused);
    },
  );
});

describe('overrideGate', () => {
  it.each(BLANK_REASONS)('refuses an override without a reason (%j)', (reason) => {
    const { project, facts } = gateMet('setup');
    expect(overrideGate(project, { ...facts, setupTasks: [] }, TODAY, reason)).toEqual({
      allowed: false,
      reasons: ['Give a reason.'],
    });
  });

  it('refuses a reason longer than 1000 characters', () => {
    const { project, facts } = gateMet('setup');
    expect(overrideGate(project, { ...facts, setupTasks: [] }, TODAY, 'x'.repeat(1001))).toEqual({
      allowed: false,
      reasons: ['Reason must be at most 1000 characters.'],
    });
  });

  it('moves an unmet gate on, keeping the reason and what was overridden', () => {
    const { project, facts } = gateMet('setup');
    const unmet = { ...facts, setupTasks: facts.setupTasks.filter((t) => t.kind !== 'datasets-ingested') };
    const result = overrideGate(project, unmet, TODAY, '  Datasets arrive next week; manager agreed.  ');
    expect(result.allowed).toBe(true);
    if (!result.allowed) return;
    expect(result.project).toMatchObject({
      stage: 'access',
      status: 'open',
      stageEnteredAt: { access: TODAY },
    });
    expect(result.move).toEqual({
      kind: 'override',
      from: { stage: 'setup', status: 'open' },
      to: { stage: 'access', status: 'open' },
      on: TODAY,
      reason: 'Datasets arrive next week; manager agreed.',
      overridden: ['Mark ‘Datasets ingested’ done, with who did it and when.'],
    });
  });

  it('refuses to override a gate that is met: the project simply advances', () => {
    const { project, facts } = gateMet('access');
    expect(overrideGate(project, facts, TODAY, 'Just in case')).toEqual({
      allowed: false,
      reasons: ['Every requirement is met: move the project on without an override.'],
    });
  });

  it('never overrides the closure gate', () => {
    const { project, facts } = gateMet('closure');
    const result = overrideGate(project, { ...facts, certificate: undefined }, TODAY, 'Urgent');
    expect(result).toEqual({
      allowed: false,
      reasons: [
        'The closure gate cannot be overridden: a project is closed only once its data is destroyed and the certificate of deletion issued.',
      ],
    });
  });
});

describe('moveBack', () => {
  it.each(BLANK_REASONS)('refuses a move back without a reason (%j)', (reason) => {
    expect(moveBack(aProject({ stage: 'setup' }), reason, TODAY)).toEqual({
      allowed: false,
      reasons: ['Give a reason.'],
    });
  });

  it('refuses to move an enquiry back', () => {
    expect(moveBack(aProject(), 'Oops', TODAY)).toEqual({
      allowed: false,
      reasons: ['An enquiry is the first stage: there is no stage to move back to.'],
    });
  });

  it.each(STAGES.slice(1).map((stage, i) => [stage, STAGES[i]]))(
    'moves a project from %s back to %s',
    (from, to) => {
      const result = moveBack(aProject({ stage: from }), 'Form was incomplete', TODAY);
      expect(result.allowed && result.project).toMatchObject({
        stage: to,
        status: 'open',
        stageEnteredAt: { [to!]: TODAY },
      });
      expect(result.allowed && result.move).toMatchObject({
        kind: 'move-back',
        reason: 'Form was incomplete',
      });
    },
  );
});

describe('withdraw', () => {
  it.each(STAGES)('withdraws a project in %s, keeping the reason', (stage) => {
    const result = withdraw(aProject({ stage }), 'The researcher left the university.', TODAY);
    expect(result.allowed && result.project).toMatchObject({
      stage,
      status: 'withdrawn',
      ended: { on: TODAY, reason: 'The researcher left the university.' },
    });
    expect(result.allowed && ProjectSchema.safeParse(result.project).success).toBe(true);
  });

  it.each(BLANK_REASONS)('refuses without a reason (%j)', (reason) => {
    expect(withdraw(aProject(), reason, TODAY)).toEqual({ allowed: false, reasons: ['Give a reason.'] });
  });
});

describe('decline', () => {
  const notSuitable = aProject({
    suitability: { outcome: 'not-suitable', reason: 'No health data', decidedOn: '2026-02-10' },
  });

  it('declines an enquiry found not suitable, keeping the reason', () => {
    const result = decline(notSuitable, 'No health data is involved.', TODAY);
    expect(result.allowed && result.project).toMatchObject({
      stage: 'enquiry',
      status: 'declined',
      ended: { on: TODAY, reason: 'No health data is involved.' },
    });
    expect(result.allowed && result.move.kind).toBe('decline');
  });

  it('refuses to decline a project past the enquiry', () => {
    expect(decline({ ...notSuitable, stage: 'onboarding' }, 'Too late', TODAY)).toEqual({
      allowed: false,
      reasons: ['Only an enquiry can be declined: withdraw the project instead.'],
    });
  });

  it('refuses to decline an enquiry whose outcome is suitable', () => {
    expect(decline(aProject(), 'Changed our minds', TODAY)).toEqual({
      allowed: false,
      reasons: ['The suitability outcome is ‘suitable’: change it before declining the enquiry.'],
    });
  });

  it.each(BLANK_REASONS)('refuses without a reason (%j)', (reason) => {
    expect(decline(notSuitable, reason, TODAY)).toEqual({ allowed: false, reasons: ['Give a reason.'] });
  });
});

describe('labels', () => {
  it('names stages and statuses as the team does', () => {
    expect(STAGES.map(stageLabel)).toEqual([
      'Enquiry',
      'Onboarding',
      'Set Up',
      'Access',
      'Active',
      'Closure',
    ]);
    expect((['open', 'declined', 'withdrawn', 'closed'] as const).map(statusLabel)).toEqual([
      'In progress',
      'Declined',
      'Withdrawn',
      'Closed',
    ]);
  });
});
