/** Shows the app once a staff member is chosen; on first start (or after "Change user") asks who is using it. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, type ReactNode } from 'react';
import { useApp } from '../../app/app-context';
import { CURRENT_STAFF_KEY, CurrentStaffContext, type CurrentStaff } from '../../app/current-staff';
import { actorOf } from '../../db/repositories/staff';
import { ChooseStaffPage } from './ChooseStaffPage';

/** Provides the current staff member to `children`, or shows the chooser. */
export function CurrentStaffGate({ children }: { children: ReactNode }) {
  const { db, osUserName } = useApp();
  const current = useLiveQuery(async () => {
    const id = (await db.meta.get(CURRENT_STAFF_KEY))?.value;
    const member = id ? await db.staffMembers.get(id) : undefined;
    return { member: member?.active ? member : undefined };
  }, [db]);

  const value = useMemo<CurrentStaff | null>(
    () =>
      current?.member
        ? {
            staffMember: current.member,
            actor: actorOf(current.member, osUserName),
            change: () => db.meta.delete(CURRENT_STAFF_KEY),
          }
        : null,
    [current, db, osUserName],
  );

  if (current === undefined) return null;
  if (!value)
    return <ChooseStaffPage onChosen={(id) => db.meta.put({ key: CURRENT_STAFF_KEY, value: id })} />;
  return <CurrentStaffContext.Provider value={value}>{children}</CurrentStaffContext.Provider>;
}
