/**
 * Whose work a list shows: "mine" (the projects the signed-in officer is case officer of, and the reminders
 * given to them; not those given to another officer) or everyone's.
 * The dashboard opens on "mine" and remembers the officer's last choice on this computer (localStorage: a
 * view preference, not a record, so it is neither synced nor audited).
 */
import { useState } from 'react';
import type { Project } from '../../../shared/domain';
import type { ActionItem } from '../../../shared/domain/reports';

/** Whose work is shown. */
export type OfficerScope = 'mine' | 'everyone';

const SCOPE_KEY = 'dsh-desk.dashboard.scope';

/** The remembered choice ("mine" when none, or when storage cannot be read). */
export function savedScope(): OfficerScope {
  try {
    return localStorage.getItem(SCOPE_KEY) === 'everyone' ? 'everyone' : 'mine';
  } catch {
    return 'mine';
  }
}

/** The dashboard's scope and a setter that remembers it. */
export function useOfficerScope(): [OfficerScope, (scope: OfficerScope) => void] {
  const [scope, setScope] = useState(savedScope);
  function choose(next: OfficerScope) {
    setScope(next);
    try {
      localStorage.setItem(SCOPE_KEY, next);
    } catch {
      // Storage full or disabled: the choice holds until the window closes, which is only less convenient.
    }
  }
  return [scope, choose];
}

/** What says whose an item is: the projects' case officers and the reminders given to another officer. */
export interface ItemOwners {
  projects: ReadonlyMap<string, Pick<Project, 'caseOfficerId'>>;
  assignments?: ReadonlyMap<string, { staffId: string }>;
}

/**
 * The officer an item is for: the one it was assigned to, else its project's case officer (undefined when it
 * has none or names no project).
 */
export function officerOfItem(
  item: Pick<ActionItem, 'id' | 'projectId'>,
  owners: ItemOwners,
): string | undefined {
  const assigned = owners.assignments?.get(item.id)?.staffId;
  if (assigned) return assigned;
  return item.projectId ? owners.projects.get(item.projectId)?.caseOfficerId : undefined;
}

/** The value of an officer filter meaning "projects with no case officer". */
export const NO_OFFICER = 'none';

/** The items whose officer is `officer` (a staff id, or NO_OFFICER); every item when it is ''. */
export function itemsOfOfficer<T extends Pick<ActionItem, 'id' | 'projectId'>>(
  items: readonly T[],
  officer: string,
  owners: ItemOwners,
): T[] {
  if (!officer) return [...items];
  return items.filter((item) => (officerOfItem(item, owners) ?? NO_OFFICER) === officer);
}
