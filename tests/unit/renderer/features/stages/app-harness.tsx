/**
 * Rendering a screen as the app does: a fresh database, the services, a signed-in staff member and a data
 * router (the unsaved-changes guard needs one). Records a test needs are written straight into the tables
 * (the screens read them; the audit log is not what these tests are about) — except through the screens.
 */
import { configure, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { addDaysIso, londonToday, type IsoDate } from '../../../../../shared/dates';
import type {
  Membership,
  Person,
  Project,
  Stage,
  StaffMember,
  TrainingRecord,
} from '../../../../../shared/domain';
import { addStaffMember, actorOf } from '../../../../../renderer/db/repositories/staff';
import { createBrowserHost } from '../../../../../renderer/host/browser-host';
import {
  aMembership,
  aPerson,
  aProject,
  aTraining,
  fixtureId,
  recordBase,
  thePeople,
} from '../../../../helpers/domain-fixtures';
import { renderInApp } from '../../../../helpers/render-in-app';
import { freshDb, staffForm, type TestDb } from '../../db/db-fixtures';

// Live queries over fake-indexeddb answer in well under a second, but a loaded machine can be slow.
configure({ asyncUtilTimeout: 5000 });

/** The real today (the screens judge readiness on it), and days around it. */
export const today: IsoDate = londonToday();
/** A day `n` days from today (negative: before). */
export const day = (n: number): IsoDate => addDaysIso(today, n);

/** A test's database and the staff member signed in. */
export interface AppHarness extends TestDb {
  staff: StaffMember;
}

/** A fresh database with Sam Officer in the team, signed in. */
export async function harness(): Promise<AppHarness> {
  const t = await freshDb();
  const staff = await addStaffMember(t.ctx, staffForm());
  return { ...t, ctx: { db: t.db, actor: actorOf(staff, 'sam') }, staff };
}

/** Renders `ui` inside the app's services, signed in as the harness's staff member, at `path`. */
export function renderSignedIn(h: AppHarness, ui: ReactElement, path = '/'): RenderResult {
  return renderInApp({
    services: { db: h.db, host: createBrowserHost(), persistence: 'unsupported', osUserName: 'sam' },
    staffMember: h.staff,
    actor: h.ctx.actor,
    routes: [{ path: '*', element: ui }],
    url: path,
  });
}

/** A project at `stage` (open unless said), stored. */
export async function storedProject(
  h: AppHarness,
  stage: Stage,
  overrides: Partial<Project> = {},
): Promise<Project> {
  const closing = stage === 'active' || stage === 'closure';
  const project = aProject({
    stage,
    stageEnteredAt: { enquiry: '2026-02-01', [stage]: day(-5) },
    ...(closing ? { closureStart: { startedOn: day(-3), reason: 'end-date-reached' as const } } : {}),
    ...overrides,
  });
  await h.db.projects.add(project);
  return project;
}

/** Dr A Smith (lead) and Łukasz Nowak (analyst), stored as people and as members (no access yet). */
export async function storedMembers(
  h: AppHarness,
  overrides: Partial<Membership> = {},
): Promise<{ people: Person[]; memberships: Membership[] }> {
  const people = thePeople();
  await h.db.people.bulkAdd(people);
  const memberships = people.map((person, i) =>
    aMembership({
      ...recordBase(fixtureId(501 + i)),
      personId: person.id,
      role: i === 0 ? 'lead' : 'analyst',
      accessForm: undefined,
      accessGranted: undefined,
      ...overrides,
    }),
  );
  await h.db.memberships.bulkAdd(memberships);
  return { people, memberships };
}

/** Valid DSH environment and NHS DSA training for a person, completed `daysAgo` days ago. */
export async function storedTraining(
  h: AppHarness,
  personId: string,
  daysAgo = 30,
): Promise<TrainingRecord[]> {
  const n = Number.parseInt(personId.slice(-3), 10);
  const records = [
    aTraining({
      ...recordBase(fixtureId(6000 + n)),
      personId,
      kind: 'dsh-environment',
      completedOn: day(-daysAgo),
      evidenceReference: undefined,
    }),
    aTraining({ ...recordBase(fixtureId(7000 + n)), personId, completedOn: day(-daysAgo) }),
  ];
  await h.db.trainingRecords.bulkAdd(records);
  return records;
}

/** Another person, stored. */
export async function storedPerson(h: AppHarness, overrides: Partial<Person> = {}): Promise<Person> {
  const person = aPerson({
    ...recordBase(fixtureId(150)),
    name: 'Prof Mei Chen',
    email: 'm.chen@example.ac.uk',
    ...overrides,
  });
  await h.db.people.add(person);
  return person;
}
