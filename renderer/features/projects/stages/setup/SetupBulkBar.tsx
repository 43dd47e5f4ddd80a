/**
 * Marking several set-up tasks done in one step, by the officer using the app, today: the usual case, so it
 * needs no form. Another officer or another day stays one "Mark done…" per task.
 */
import { useState } from 'react';
import { formatShortDate, londonToday } from '../../../../../shared/dates';
import type { SetupTaskKind } from '../../../../../shared/domain';
import { useCurrentStaff, useWriteContext } from '../../../../app/current-staff';
import { markSetupTasksDone } from '../../../../db/repositories/member-steps';
import { faultMessage } from '../../../../db/errors';

/** The bar above the checklist: "select all to do" and the one button. */
export function SetupBulkBar({
  projectId,
  todo,
  selected,
  onSelect,
  onSaved,
}: {
  projectId: string;
  /** The tasks still to do, in checklist order. */
  todo: readonly SetupTaskKind[];
  selected: ReadonlySet<SetupTaskKind>;
  onSelect: (next: Set<SetupTaskKind>) => void;
  onSaved: (message: string) => void;
}) {
  const ctx = useWriteContext();
  const { staffMember } = useCurrentStaff();
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const chosen = todo.filter((kind) => selected.has(kind));
  const all = chosen.length === todo.length;
  const today = londonToday();

  async function mark() {
    setFailure(null);
    if (chosen.length === 0) {
      setFailure('Tick the tasks that are done first.');
      return;
    }
    setSaving(true);
    try {
      const count = await markSetupTasksDone(ctx, projectId, {
        kinds: chosen,
        doneBy: staffMember.id,
        doneOn: today,
      });
      onSelect(new Set());
      onSaved(`${count} ${count === 1 ? 'task is' : 'tasks are'} marked done by you today.`);
    } catch (error) {
      setFailure(faultMessage(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="bulk-bar" role="group" aria-label="Several tasks at once">
      <label className="bulk-select-all">
        <input type="checkbox" checked={all} onChange={() => onSelect(all ? new Set() : new Set(todo))} />{' '}
        Select all {todo.length} to do
      </label>
      <button type="button" className="button small" disabled={saving} onClick={mark}>
        {saving ? 'Saving…' : `Mark ${chosen.length === 0 ? 'selected' : chosen.length} done by me, today`}
      </button>
      <span className="muted bulk-bar-who">
        {staffMember.name} · {formatShortDate(today)}
      </span>
      {failure && (
        <p role="alert" className="form-failure">
          {failure}
        </p>
      )}
    </div>
  );
}
