/** Whether a catalogue entry or a staff member is in use, as a chip with words. */

/** "Active" or the given inactive wording. */
export function ActiveChip({ active, inactive = 'Inactive' }: { active: boolean; inactive?: string }) {
  return (
    <span className={active ? 'chip chip-done' : 'chip chip-neutral'}>{active ? 'Active' : inactive}</span>
  );
}
