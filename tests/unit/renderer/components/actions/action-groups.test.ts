import {
  ACTION_GROUPS,
  actionHref,
  severitySummary,
} from '../../../../../renderer/components/actions/action-groups';
import { ACTION_KINDS } from '../../../../../shared/domain/reports';

describe('the groups of the action list', () => {
  it('put every kind of action in exactly one group', () => {
    for (const kind of ACTION_KINDS) {
      expect(ACTION_GROUPS.filter((group) => group.kinds.includes(kind))).toHaveLength(1);
    }
  });

  it('say how pressing a group is, most pressing first, leaving out what is not there', () => {
    const items = [{ severity: 'upcoming' }, { severity: 'overdue' }, { severity: 'overdue' }] as const;
    expect(severitySummary(items)).toBe('2 overdue, 1 coming up');
    expect(severitySummary([])).toBe('');
  });
});

describe('where an action leads', () => {
  it('opens a person’s page for their training', () => {
    expect(actionHref({ type: 'person', id: 'p1', tab: 'training' })).toBe('/people/p1');
  });

  it('opens the project at the stage that holds the work', () => {
    expect(actionHref({ type: 'project', id: 'x', tab: 'members' })).toBe('/projects/x?stage=access');
    expect(actionHref({ type: 'project', id: 'x', tab: 'onboarding' })).toBe('/projects/x?stage=onboarding');
    expect(actionHref({ type: 'project', id: 'x', tab: 'changes' })).toBe('/projects/x?stage=active');
    expect(actionHref({ type: 'project', id: 'x', tab: 'bookings' })).toBe('/projects/x?stage=active');
    expect(actionHref({ type: 'project', id: 'x', tab: 'closure' })).toBe('/projects/x?stage=closure');
    expect(actionHref({ type: 'project', id: 'x', tab: 'overview' })).toBe('/projects/x');
  });
});
