/** Choosing a member of the DSH team in a form: the active staff, plus whoever the record already names. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { ComponentPropsWithRef } from 'react';
import type { StaffMember } from '../../../shared/domain';
import { useApp } from '../../app/app-context';
import { listStaff } from '../../db/repositories/staff';

/** The whole team (undefined while loading), and a staff member's name by id. */
export function useStaff(): { staff: StaffMember[] | undefined; nameOf: (id: string | undefined) => string } {
  const { db } = useApp();
  const staff = useLiveQuery(() => listStaff(db), [db]);
  const nameOf = (id: string | undefined) =>
    id === undefined ? '' : (staff?.find((member) => member.id === id)?.name ?? 'a former staff member');
  return { staff, nameOf };
}

type SelectProps = Omit<ComponentPropsWithRef<'select'>, 'children'>;

/**
 * A select of the active staff, by name; `keep` is an id the record already holds, listed even when that
 * member has left the team, so an old record still reads right. Render it once `staff` has loaded.
 */
export function StaffSelect({
  staff,
  keep,
  placeholder = 'Choose a staff member',
  ...props
}: SelectProps & { staff: readonly StaffMember[]; keep?: string | undefined; placeholder?: string }) {
  const choices = staff.filter((member) => member.active || member.id === keep);
  return (
    <select {...props}>
      <option value="">{placeholder}</option>
      {choices.map((member) => (
        <option key={member.id} value={member.id}>
          {member.name}
          {member.active ? '' : ' (no longer in the team)'}
        </option>
      ))}
    </select>
  );
}
