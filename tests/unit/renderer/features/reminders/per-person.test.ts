/**
 * Reminders per person: every item about a researcher, across their projects, in one row, and one e-mail
 * draft that asks for all of it (a lapsed training written once, naming every project it holds up).
 */
import type { ActionItem } from '../../../../../shared/domain/reports';
import type { DashboardActions } from '../../../../../renderer/db/repositories/dashboard-queries';
import {
  pageOfPersonRows,
  personDigest,
  remindersByPerson,
} from '../../../../../renderer/features/reminders/per-person';
import { aPerson, aProject } from '../../../../helpers/domain-fixtures';

const TODAY = '2026-11-25';
const person = { ...aPerson(), id: 'person-1', name: 'Dr A Smith', email: 'a.smith@uni.example' };
const p1 = { ...aProject(), id: 'p1', reference: 'DSH-2026-001', title: 'Heart study' };
const p2 = { ...aProject(), id: 'p2', reference: 'DSH-2026-002', title: 'Lung study' };

function dsa(projectId: string): ActionItem {
  return {
    id: `dsa-expired:m-${projectId}:2026-11-01`,
    kind: 'dsa-expired',
    severity: 'overdue',
    title: 'Dr A Smith’s NHS DSA training expired on 01/11/2026',
    dueOn: '2026-11-01',
    projectId,
    personId: person.id,
    target: { type: 'person', id: person.id, tab: 'training' },
    email: { kind: 'training-invitation', personId: person.id, projectId },
    acknowledged: false,
  };
}
const form: ActionItem = {
  id: 'access-form-missing:m-p2',
  kind: 'access-form-missing',
  severity: 'due',
  title: 'Dr A Smith has not signed the user access form for DSH-2026-002',
  dueOn: '2026-11-20',
  projectId: 'p2',
  personId: person.id,
  target: { type: 'project', id: 'p2', tab: 'members' },
  email: { kind: 'access-form-request', personId: person.id, projectId: 'p2' },
  acknowledged: false,
};
const ending: ActionItem = {
  id: 'project-ending:p1',
  kind: 'project-ending',
  severity: 'upcoming',
  title: 'DSH-2026-001 ends in 20 days',
  dueOn: '2026-12-15',
  projectId: 'p1',
  target: { type: 'project', id: 'p1' },
  acknowledged: false,
};

const actions = {
  people: new Map([[person.id, person]]),
  projects: new Map([
    ['p1', p1],
    ['p2', p2],
  ]),
  settings: { organisationName: 'Example DSH' },
} as unknown as DashboardActions;

describe('reminders per person', () => {
  it('gather one row per researcher with all their projects, and keep items about no one apart', () => {
    const { people, others } = remindersByPerson([dsa('p1'), form, dsa('p2'), ending]);
    expect(people).toHaveLength(1);
    expect(people[0]!.items.map((i) => i.id)).toEqual([dsa('p1').id, form.id, dsa('p2').id]);
    expect(people[0]!.projectIds).toEqual(['p1', 'p2']);
    expect(others).toEqual([ending]);
  });

  it('write one draft covering every request, the lapsed training once with both projects', () => {
    const { people } = remindersByPerson([dsa('p1'), form, dsa('p2')]);
    const digest = personDigest(people[0]!, actions, TODAY)!;
    expect(digest.requests).toBe(3);
    expect(digest.url.startsWith('mailto:a.smith@uni.example?')).toBe(true);
    const body = decodeURIComponent(digest.url.split('&body=')[1]!).replace(/\r\n/g, '\n');
    const subject = decodeURIComponent(digest.url.split('subject=')[1]!.split('&')[0]!);
    expect(subject).toBe('Your 2 Data Safe Haven projects: what we need from you');
    expect(body).toContain('Dear Dr A Smith,');
    expect(body).toContain(
      '1. Your NHS Digital Data Security Awareness – Level 1 training expired on 1 Nov 2026. Please renew it online, and send us the certificate. It is needed for DSH-2026-001 "Heart study" and DSH-2026-002 "Lung study".',
    );
    expect(body).toContain(
      '2. Please read, sign and return the user access form for DSH-2026-002 "Lung study"',
    );
    expect(body.match(/expired on/g)).toHaveLength(1);
    expect(body).toContain('The Example DSH team');
  });

  it('has no draft when none of the items asks the researcher for anything', () => {
    const granted: ActionItem = { ...form, id: 'x', kind: 'access-not-granted' };
    delete (granted as { email?: unknown }).email;
    const { people } = remindersByPerson([granted]);
    expect(personDigest(people[0]!, actions, TODAY)).toBeUndefined();
  });

  it('page the items about no one with the people, each on one page only', () => {
    const endings = Array.from({ length: 5 }, (_, n) => ({ ...ending, id: `project-ending:e${n}` }));
    const rows = remindersByPerson([dsa('p1'), ...endings]);
    // One person row, then five items about no one: pages of three hold 1 + 2, then 3.
    const first = pageOfPersonRows(rows, [0, 3]);
    const second = pageOfPersonRows(rows, [3, 6]);
    expect(first.people.map((row) => row.personId)).toEqual([person.id]);
    expect(first.others.map((item) => item.id)).toEqual(['project-ending:e0', 'project-ending:e1']);
    expect(second.people).toEqual([]);
    expect(second.others.map((item) => item.id)).toEqual([
      'project-ending:e2',
      'project-ending:e3',
      'project-ending:e4',
    ]);
  });
});
