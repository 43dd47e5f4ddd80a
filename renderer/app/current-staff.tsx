/** Who is using the app on this computer: the chosen staff member and the OS user name, as the audit actor. */
import { createContext, useContext } from 'react';
import type { StaffMember } from '../../shared/domain';
import type { Actor, WriteContext } from '../db/write/context';
import { useApp } from './app-context';

/** The staff member using the app, and how to change who that is. */
export interface CurrentStaff {
  staffMember: StaffMember;
  actor: Actor;
  /** Forget the current choice and ask again. */
  change: () => Promise<void>;
}

export const CurrentStaffContext = createContext<CurrentStaff | null>(null);

/** The current staff member; only valid inside the app shell. */
export function useCurrentStaff(): CurrentStaff {
  const current = useContext(CurrentStaffContext);
  if (!current) throw new Error('useCurrentStaff() was called before a staff member was chosen.');
  return current;
}

/** What every repository write needs: the database and the actor. */
export function useWriteContext(): WriteContext {
  const { db } = useApp();
  const { actor } = useCurrentStaff();
  return { db, actor };
}
