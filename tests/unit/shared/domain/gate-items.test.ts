import { unmetRequirementItems, unmetRequirements } from '../../../../shared/domain';
import { IDS, TODAY, gateMet } from '../../../helpers/domain-fixtures';

describe('where each unmet requirement is recorded', () => {
  it('points each set-up task still to do at its task, and a member’s missing training at that member', () => {
    const { project, facts } = gateMet('setup');
    const world = {
      project,
      facts: {
        ...facts,
        setupTasks: facts.setupTasks.filter((task) => task.kind !== 'storage-allocated'),
        trainings: facts.trainings.filter(
          (t) => !(t.personId === IDS.analyst && t.kind === 'nhs-dsa-level-1'),
        ),
      },
    };

    const items = unmetRequirementItems(world.project, world.facts, TODAY);

    const analyst = world.facts.memberships.find((m) => m.personId === IDS.analyst)!;
    expect(items).toEqual([
      {
        text: 'Mark ‘Storage allocated’ done, with who did it and when.',
        target: { kind: 'setup-task', task: 'storage-allocated' },
      },
      {
        text: expect.stringContaining('NHS DSA'),
        target: { kind: 'member-training', membershipId: analyst.id },
      },
    ]);
    expect(items.map((item) => item.text)).toEqual(unmetRequirements(world.project, world.facts, TODAY));
  });

  it('points an onboarding problem at the field it names', () => {
    const { project, facts } = gateMet('onboarding');
    const world = {
      project: { ...project, onboarding: { ...project.onboarding, dataController: '' } },
      facts,
    };

    const items = unmetRequirementItems(world.project, world.facts, TODAY);

    expect(items).toEqual([
      { text: expect.any(String), target: { kind: 'onboarding-field', path: 'dataController' } },
    ]);
  });

  it('points an unrevoked member at their access at closure', () => {
    const { project, facts } = gateMet('closure');
    const lead = facts.memberships.find((m) => m.personId === IDS.lead)!;
    const world = {
      project,
      facts: {
        ...facts,
        memberships: facts.memberships.map((m) =>
          m.id === lead.id ? { ...m, accessRevoked: undefined } : m,
        ),
      },
    };

    const items = unmetRequirementItems(world.project, world.facts, TODAY);

    expect(items).toContainEqual({
      text: expect.stringContaining('access has not been revoked'),
      target: { kind: 'member-access', membershipId: lead.id },
    });
  });
});
