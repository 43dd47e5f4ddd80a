/**
 * "Assign to…" on a reminder: a button that opens a choice of the current DSH team (the project's case officer
 * marked), then Assign. Choosing the case officer gives the reminder back to them (the stored exception goes).
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { ActionItem } from '../../../shared/domain/reports';
import type { DashboardActions } from '../../db/repositories/dashboard-queries';
import { officerOfItem } from './officer-scope';
import type { AssignReminder } from './use-reminder-actions';

/** The button, or the open choice. */
export function AssignControl({
  item,
  actions,
  onAssign,
}: {
  item: ActionItem;
  actions: DashboardActions;
  onAssign: AssignReminder;
}) {
  const [open, setOpen] = useState(false);
  const caseOfficerId = item.projectId ? actions.projects.get(item.projectId)?.caseOfficerId : undefined;
  const current = officerOfItem(item, actions) ?? '';
  const [choice, setChoice] = useState(current);
  const select = useRef<HTMLSelectElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const selectId = useId();
  const team = [...actions.staff.values()]
    .filter((member) => member.active)
    .sort((a, b) => a.name.localeCompare(b.name));

  useEffect(() => {
    if (open) select.current?.focus();
  }, [open]);

  function close() {
    setOpen(false);
    // Back to the button that opened the choice, so the keyboard stays on the row.
    requestAnimationFrame(() => opener.current?.focus());
  }

  if (!open) {
    return (
      <button
        ref={opener}
        type="button"
        className="button secondary small-button"
        aria-label={`Assign to…: ${item.title}`}
        onClick={() => {
          setChoice(current);
          setOpen(true);
        }}
      >
        Assign to…
      </button>
    );
  }
  return (
    <form
      className="assign-form"
      aria-label={`Assign: ${item.title}`}
      onSubmit={(event) => {
        event.preventDefault();
        const staffId = choice || undefined;
        const name = staffId ? (actions.staff.get(staffId)?.name ?? 'the officer') : 'no one in particular';
        void onAssign(item, staffId, name);
        close();
      }}
    >
      <label htmlFor={selectId}>Assign to</label>
      <select id={selectId} ref={select} value={choice} onChange={(event) => setChoice(event.target.value)}>
        {!caseOfficerId && <option value="">No one in particular</option>}
        {team.map((member) => (
          <option key={member.id} value={member.id}>
            {member.name}
            {member.id === caseOfficerId ? ' (case officer)' : ''}
          </option>
        ))}
      </select>
      <button type="submit" className="button small-button">
        Assign
      </button>
      <button type="button" className="button secondary small-button" onClick={close}>
        Cancel
      </button>
    </form>
  );
}
