/**
 * Shows the app once a staff member is chosen; on first start (or after "Change user") asks who is using it.
 *
 * Restoring a backup keeps this computer's choice (meta `currentStaffId`) but replaces the staff list with the
 * backup's, which may not list the person at this computer (a backup made before they joined). The app then
 * does NOT fall back to the chooser: that would unmount the page, and with it the "Restored … Undo this
 * restore" confirmation. It goes on as the staff member as they were before the restore — a known name and
 * id, never a blank one — says so, and offers to choose again.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type ReactNode } from 'react';
import type { StaffMember } from '../../../shared/domain';
import { useApp } from '../../app/app-context';
import { CurrentStaffContext, type CurrentStaff } from '../../app/current-staff';
import { chooseCurrentStaff, chosenStaffId, forgetCurrentStaff } from '../../db/repositories/current-staff';
import { actorOf } from '../../db/repositories/staff';
import { ChooseStaffPage } from './ChooseStaffPage';
import './staff.css';

/** Provides the current staff member to `children`, or shows the chooser. */
export function CurrentStaffGate({ children }: { children: ReactNode }) {
  const { db, osUserName } = useApp();
  const current = useLiveQuery(async () => {
    const id = await chosenStaffId(db);
    const member = id ? await db.staffMembers.get(id) : undefined;
    return { id, member: member?.active ? member : undefined, listed: member !== undefined };
  }, [db]);

  // The staff member this window last worked as (React's "information from previous renders" pattern).
  const [remembered, setRemembered] = useState<StaffMember | null>(null);
  if (current?.member && current.member !== remembered) setRemembered(current.member);
  const unlisted =
    current !== undefined && !current.member && !current.listed && remembered?.id === current.id;
  const member = current?.member ?? (unlisted ? remembered : null);

  const value = useMemo<CurrentStaff | null>(
    () =>
      member
        ? {
            staffMember: member,
            actor: actorOf(member, osUserName),
            change: () => forgetCurrentStaff(db),
          }
        : null,
    [member, db, osUserName],
  );

  if (current === undefined) return null;
  if (!value) return <ChooseStaffPage onChosen={(id) => chooseCurrentStaff(db, id)} />;
  return (
    <CurrentStaffContext.Provider value={value}>
      {unlisted && (
        <div role="status" className="unlisted-staff">
          <p>
            <strong>{value.staffMember.name}</strong> is not in the staff list of the data DSH Desk holds now
            (the restored backup does not list them). DSH Desk goes on recording your work as{' '}
            {value.staffMember.name}, as before the restore. Undo the restore, add yourself under Settings →
            Staff, or{' '}
            <button type="button" className="button secondary" onClick={() => void value.change()}>
              choose who is using DSH Desk
            </button>
            .
          </p>
        </div>
      )}
      {children}
    </CurrentStaffContext.Provider>
  );
}
