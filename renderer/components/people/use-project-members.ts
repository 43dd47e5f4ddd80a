/** The members of a project with their readiness today (live: it changes as training and access are recorded). */
import { useLiveQuery } from 'dexie-react-hooks';
import { londonToday } from '../../../shared/dates';
import { readinessOf, type Readiness } from '../../../shared/domain';
import { useApp } from '../../app/app-context';
import { projectMembers, type ProjectMember } from '../../db/repositories/project-members';
import type { SettingsView } from '../../db/repositories/settings';

/** A member, their name, and their readiness on the project today. */
export interface MemberView extends ProjectMember {
  name: string;
  readiness: Readiness;
}

/** The project's members (the lead first) and the settings; undefined while loading. */
export function useProjectMembers(
  projectId: string,
): { members: MemberView[]; settings: SettingsView } | undefined {
  const { db } = useApp();
  const data = useLiveQuery(() => projectMembers(db, projectId), [db, projectId]);
  if (!data) return undefined;
  const today = londonToday();
  return {
    settings: data.settings,
    members: data.members.map((member) => {
      const name = member.person?.name ?? 'A member with no person record';
      return {
        ...member,
        name,
        readiness: readinessOf(member.membership, member.trainings, today, data.settings),
      };
    }),
  };
}
