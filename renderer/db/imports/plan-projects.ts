/**
 * The preview of a projects row: the project lands at the stage the file says, with its lead researcher and
 * members (people already recorded, by e-mail address). Its gates are never invented: what the gates on the
 * way to that stage still need (a signed access form, training…) is listed for the officer to decide on.
 */
import { londonToday } from '../../../shared/dates';
import {
  STAGES,
  stageLabel,
  unmetRequirements,
  type Membership,
  type MembershipRole,
  type Project,
  type ProjectFacts,
} from '../../../shared/domain';
import type { ProjectRowForm } from '../../../shared/import/project-rows';
import type { DshDatabase } from '../database';
import { getSettings } from '../repositories/settings';
import { trainingRecordsOfPeople } from '../repositories/training';

/** A project to create: its record (the reference taken at import when the file has none) and members. */
export interface PlannedProject {
  body: Omit<Project, 'id' | 'revision' | 'createdAt' | 'updatedAt' | 'reference'> & { reference?: string };
  members: { personId: string; role: MembershipRole }[];
  /** What the gates on the way to its stage still need, in words ("Access: Dr A Smith has not signed…"). */
  gaps: string[];
}

/** What a projects row will do: create the project, or why not. */
export type ProjectPlanning =
  | { action: 'create-project'; project: PlannedProject }
  | { action: 'unchanged'; what: string }
  | { action: 'refuse'; column: string; value: string; message: string };

const DRAFT_ID = '00000000-0000-4000-8000-000000000001';

/** Plans one projects row; `ids` maps folded e-mail addresses to people. */
export async function planProject(
  db: DshDatabase,
  form: ProjectRowForm,
  ids: ReadonlyMap<string, string>,
): Promise<ProjectPlanning> {
  if (form.reference) {
    const existing = await db.projects.where('reference').equals(form.reference).first();
    if (existing) {
      return {
        action: 'unchanged',
        what: `${form.reference} is already recorded (“${existing.title}”); the import leaves it as it is.`,
      };
    }
  }
  const unknown = form.memberEmails.filter((email) => !ids.has(email));
  if (unknown.length > 0) {
    return {
      action: 'refuse',
      column: 'Members’ e-mail addresses',
      value: unknown.join(', '),
      message: `${unknown.length === 1 ? 'is not the e-mail address' : 'are not the e-mail addresses'} of anyone recorded. Import the people first, then their projects.`,
    };
  }
  const today = londonToday();
  const leadId = form.leadEmail ? ids.get(form.leadEmail) : undefined;
  const members = form.memberEmails.map((email) => ({
    personId: ids.get(email)!,
    role: (email === form.leadEmail ? 'lead' : 'analyst') as MembershipRole,
  }));
  const body: PlannedProject['body'] = {
    ...(form.reference ? { reference: form.reference } : {}),
    title: form.enquiry.title,
    status: 'open',
    stage: form.stage,
    // The day it entered its stage is not in the file: it enters DSH Desk at that stage today.
    stageEnteredAt: {
      enquiry: form.enquiry.receivedOn,
      ...(form.stage === 'enquiry' ? {} : { [form.stage]: today }),
    },
    enquiry: {
      receivedOn: form.enquiry.receivedOn,
      contact: form.enquiry.contact,
      description: form.enquiry.description,
    },
    onboarding: {
      ...(leadId ? { leadResearcherId: leadId } : {}),
      ...(form.plannedStart ? { plannedStart: form.plannedStart } : {}),
      ...(form.plannedEnd ? { plannedEnd: form.plannedEnd } : {}),
    },
  };
  return {
    action: 'create-project',
    project: { body, members, gaps: await gapsOf(db, body, members, today) },
  };
}

/** The unmet requirements of every gate before the project's stage, as if it were at each in turn. */
async function gapsOf(
  db: DshDatabase,
  body: PlannedProject['body'],
  members: PlannedProject['members'],
  today: string,
): Promise<string[]> {
  const stop = STAGES.indexOf(body.stage);
  if (stop === 0) return [];
  const personIds = members.map((member) => member.personId);
  const stamp = { revision: 1, createdAt: `${today}T00:00:00.000Z`, updatedAt: `${today}T00:00:00.000Z` };
  const memberships: Membership[] = members.map((member, index) => ({
    ...member,
    ...stamp,
    id: `00000000-0000-4000-8000-${String(index + 2).padStart(12, '0')}`,
    projectId: DRAFT_ID,
  }));
  const facts: ProjectFacts = {
    memberships,
    people: (await db.people.bulkGet(personIds)).filter((person) => person !== undefined),
    trainings: await trainingRecordsOfPeople(db, personIds),
    setupTasks: [],
    connectionTypes: await db.connectionTypes.toArray(),
    settings: await getSettings(db),
  };
  const project = { ...body, ...stamp, id: DRAFT_ID, reference: body.reference ?? 'DSH-2000-000' } as Project;
  return STAGES.slice(0, stop).flatMap((stage) =>
    unmetRequirements({ ...project, stage }, facts, today).map((reason) => `${stageLabel(stage)}: ${reason}`),
  );
}
