/**
 * The members of one project with what their readiness is judged on: their person record and their
 * training records (through the `personId` index), plus the settings in force.
 */
import type { Membership, MembershipRole, Person, TrainingRecord } from '../../../shared/domain';
import type { DshDatabase } from '../database';
import { getSettings, type SettingsView } from './settings';

/** One member of a project, with their person record and every training record of that person. */
export interface ProjectMember {
  membership: Membership;
  /** Undefined only if the person record was removed behind the app's back. */
  person: Person | undefined;
  trainings: TrainingRecord[];
}

const ROLE_ORDER: Record<MembershipRole, number> = { lead: 0, analyst: 1, other: 2 };

/** The project's members (the lead first, then by name) and the settings readiness is judged with. */
export async function projectMembers(
  db: DshDatabase,
  projectId: string,
): Promise<{ members: ProjectMember[]; settings: SettingsView }> {
  return db.transaction('r', [db.memberships, db.people, db.trainingRecords, db.settings], async () => {
    const memberships = await db.memberships.where('projectId').equals(projectId).toArray();
    const personIds = memberships.map((membership) => membership.personId);
    const people = await db.people.bulkGet(personIds);
    const trainings = await db.trainingRecords.where('personId').anyOf(personIds).toArray();
    const settings = await getSettings(db);
    const members = memberships.map((membership, i) => ({
      membership,
      person: people[i],
      trainings: trainings.filter((record) => record.personId === membership.personId),
    }));
    members.sort(
      (a, b) =>
        ROLE_ORDER[a.membership.role] - ROLE_ORDER[b.membership.role] ||
        (a.person?.name ?? '').localeCompare(b.person?.name ?? '', 'en-GB'),
    );
    return { members, settings };
  });
}
