/**
 * Today first: what is due by today and within the week leads the dashboard; later work follows by kind,
 * three items a group with "Show all (N)"; and "My projects" keeps the items of the officer's projects.
 */
import type { ActionItem, ActionKind, Severity } from '../../../../../shared/domain/reports';
import { NO_OFFICER, itemsOfOfficer } from '../../../../../renderer/components/actions/officer-scope';
import {
  horizonOf,
  showAllText,
  todayFirstGroups,
} from '../../../../../renderer/components/actions/today-first';

const TODAY = '2026-11-25';

function item(id: string, kind: ActionKind, dueOn: string, severity: Severity, projectId = 'p1'): ActionItem {
  return {
    id,
    kind,
    severity,
    title: id,
    dueOn,
    projectId,
    target: { type: 'project', id: projectId },
    acknowledged: false,
  };
}

describe('when an item needs doing', () => {
  it('is today when it is overdue or due by today, this week within seven days, else later', () => {
    expect(horizonOf(item('a', 'dsa-expired', '2026-11-01', 'overdue'), TODAY)).toBe('today');
    expect(horizonOf(item('b', 'access-form-missing', '2026-11-20', 'due'), TODAY)).toBe('today');
    expect(horizonOf(item('c', 'dsa-expiring', '2026-11-25', 'due'), TODAY)).toBe('today');
    expect(horizonOf(item('d', 'dsa-expiring', '2026-11-26', 'due'), TODAY)).toBe('week');
    expect(horizonOf(item('e', 'dsa-expiring', '2026-12-02', 'due'), TODAY)).toBe('week');
    // The training expiring in eight days is not this week's.
    expect(horizonOf(item('f', 'dsa-expiring', '2026-12-03', 'upcoming'), TODAY)).toBe('later');
  });
});

describe('the dashboard groups', () => {
  const items = [
    item('overdue-end', 'project-end-passed', '2026-11-10', 'overdue'),
    item('form', 'access-form-missing', '2026-11-22', 'due'),
    item('dsa-3', 'dsa-expiring', '2026-11-28', 'due'),
    item('dsa-8', 'dsa-expiring', '2026-12-03', 'upcoming'),
    item('dsa-20', 'dsa-expiring', '2026-12-15', 'upcoming'),
    item('end-20', 'project-ending', '2026-12-15', 'upcoming'),
  ];

  it('put today and this week above every later group, each item once, in the order given', () => {
    const groups = todayFirstGroups(items, TODAY);
    expect(groups.map((group) => [group.id, group.items.map((i) => i.id)])).toEqual([
      ['today', ['overdue-end', 'form']],
      ['week', ['dsa-3']],
      ['training', ['dsa-8', 'dsa-20']],
      ['ending', ['end-20']],
    ]);
    expect(groups.map((group) => group.title)).toEqual([
      'Today',
      'This week',
      'Later: NHS DSA training',
      'Later: Planned end dates',
    ]);
    expect(groups.flatMap((group) => group.items)).toHaveLength(items.length);
  });

  it('lead "Show all" to the same items on the reminders page', () => {
    const groups = todayFirstGroups(items, TODAY);
    expect(groups.map((group) => group.filter)).toEqual([
      { when: 'today' },
      { when: 'week' },
      { group: 'training', when: 'later' },
      { group: 'ending', when: 'later' },
    ]);
  });

  it('offer "Show all (N)" only when a group holds more than three', () => {
    const four = ['a', 'b', 'c', 'd'].map((id) => item(id, 'dsa-expired', '2026-11-01', 'overdue'));
    expect(showAllText({ items: four })).toBe('Show all (4)');
    expect(showAllText({ items: four.slice(0, 3) })).toBeUndefined();
  });

  it('leave out empty groups', () => {
    expect(todayFirstGroups([], TODAY)).toEqual([]);
  });
});

describe('whose items', () => {
  const projects = new Map([
    ['p1', { caseOfficerId: 'tess' }],
    ['p2', { caseOfficerId: 'sam' }],
    ['p3', {}],
  ]);
  const items = [
    item('one', 'dsa-expired', '2026-11-01', 'overdue', 'p1'),
    item('two', 'dsa-expired', '2026-11-01', 'overdue', 'p2'),
    item('three', 'dsa-expired', '2026-11-01', 'overdue', 'p3'),
  ];

  it('are those of the officer’s projects, of projects without one, or everyone’s', () => {
    expect(itemsOfOfficer(items, 'tess', { projects }).map((i) => i.id)).toEqual(['one']);
    expect(itemsOfOfficer(items, NO_OFFICER, { projects }).map((i) => i.id)).toEqual(['three']);
    expect(itemsOfOfficer(items, '', { projects }).map((i) => i.id)).toEqual(['one', 'two', 'three']);
  });

  it('follow a reminder given to another officer, away from its project’s case officer', () => {
    const assignments = new Map([['one', { staffId: 'sam' }]]);
    expect(itemsOfOfficer(items, 'sam', { projects, assignments }).map((i) => i.id)).toEqual(['one', 'two']);
    expect(itemsOfOfficer(items, 'tess', { projects, assignments }).map((i) => i.id)).toEqual([]);
  });
});
