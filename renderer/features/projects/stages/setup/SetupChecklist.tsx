/** The set-up checklist: the five tasks in order, each done (by whom, when) or still to do, with its actions. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { formatShortDate } from '../../../../../shared/dates';
import {
  SETUP_TASK_KINDS,
  setupTaskLabel,
  type SetupTask,
  type SetupTaskKind,
} from '../../../../../shared/domain';
import { useApp } from '../../../../app/app-context';
import { useWriteContext } from '../../../../app/current-staff';
import { ReasonForm } from '../../../../components/form/ReasonForm';
import { useStaff } from '../../../../components/form/StaffSelect';
import { setupTasksOf, undoSetupTask } from '../../../../db/repositories/setup-tasks';
import { SetupBulkBar } from './SetupBulkBar';
import { SetupTaskForm } from './SetupTaskForm';
import './setup.css';

type Open = { kind: SetupTaskKind; action: 'mark' | 'edit' | 'undo' } | null;

/** What the checklist helps with, per task. */
const TASK_HINT: Record<SetupTaskKind, string> = {
  'environment-created': 'The project’s workspace in the DSH exists.',
  'storage-allocated': 'Project storage is allocated, with its backups.',
  'applications-installed': 'Every application on the onboarding form is installed.',
  'connection-configured': 'The chosen connection type is set up for the project.',
  'datasets-ingested': 'Every dataset on the onboarding form is in the DSH.',
};

/** The checklist panel. */
export function SetupChecklist({ projectId, readOnly }: { projectId: string; readOnly: boolean }) {
  const { db } = useApp();
  const ctx = useWriteContext();
  const tasks = useLiveQuery(() => setupTasksOf(db, projectId), [db, projectId]);
  const { staff, nameOf } = useStaff();
  const [open, setOpen] = useState<Open>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<SetupTaskKind>>(new Set());
  const byKind = new Map<SetupTaskKind, SetupTask>(tasks?.map((task) => [task.kind, task]));
  const doneCount = SETUP_TASK_KINDS.filter((kind) => byKind.has(kind)).length;
  const todo = SETUP_TASK_KINDS.filter((kind) => !byKind.has(kind));

  function toggle(kind: SetupTaskKind) {
    const next = new Set(selected);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    setSelected(next);
  }

  function show(next: Open) {
    setSaved(null);
    setOpen(next);
  }

  return (
    <section className="panel" aria-labelledby="setup-checklist-heading">
      <div className="panel-heading-row">
        <h2 id="setup-checklist-heading">Set-up checklist</h2>
        {tasks && (
          <span className={doneCount === SETUP_TASK_KINDS.length ? 'chip chip-done' : 'chip chip-neutral'}>
            {doneCount} of {SETUP_TASK_KINDS.length} done
          </span>
        )}
      </div>
      <p className="panel-intro">
        Mark each task done once it is, with who did it and when. Tick several to mark them done by you,
        today, in one step.
      </p>
      {tasks && !readOnly && todo.length > 0 && (
        <SetupBulkBar
          projectId={projectId}
          todo={todo}
          selected={selected}
          onSelect={setSelected}
          onSaved={(message) => {
            setOpen(null);
            setSaved(message);
          }}
        />
      )}
      {tasks && staff && (
        <ol className="checklist">
          {SETUP_TASK_KINDS.map((kind) => {
            const task = byKind.get(kind);
            const label = setupTaskLabel(kind);
            const isOpen = open?.kind === kind;
            return (
              <li key={kind} className={`checklist-item ${task ? 'is-done' : 'is-todo'}`}>
                <div className="checklist-row">
                  {!task && !readOnly ? (
                    <input
                      type="checkbox"
                      id={`setup-task-${kind}`}
                      className="checklist-select"
                      aria-labelledby={`setup-task-${kind}-label`}
                      checked={selected.has(kind)}
                      onChange={() => toggle(kind)}
                    />
                  ) : (
                    <span className="checklist-mark" aria-hidden="true">
                      {task ? '✓' : ''}
                    </span>
                  )}
                  <div className="checklist-text">
                    <span className="checklist-label" id={`setup-task-${kind}-label`}>
                      {label}
                    </span>
                    {task ? (
                      <span className="checklist-detail">
                        <span className="visually-hidden">Done: </span>
                        {formatShortDate(task.doneOn)} by {nameOf(task.doneBy)}
                        {task.note && <> — {task.note}</>}
                      </span>
                    ) : (
                      <span className="checklist-detail muted">
                        <span className="visually-hidden">Not done yet. </span>
                        {TASK_HINT[kind]}
                      </span>
                    )}
                  </div>
                  {!readOnly && !isOpen && (
                    <div className="row-actions">
                      {task ? (
                        <>
                          <button
                            type="button"
                            className="button secondary small"
                            aria-label={`Correct ‘${label}’`}
                            onClick={() => show({ kind, action: 'edit' })}
                          >
                            Correct…
                          </button>
                          <button
                            type="button"
                            className="button secondary small"
                            aria-label={`Undo ‘${label}’`}
                            onClick={() => show({ kind, action: 'undo' })}
                          >
                            Undo…
                          </button>
                        </>
                      ) : (
                        <button
                          type="button"
                          className="button small"
                          aria-label={`Mark ‘${label}’ done`}
                          onClick={() => show({ kind, action: 'mark' })}
                        >
                          Mark done…
                        </button>
                      )}
                    </div>
                  )}
                </div>
                {isOpen && open.action !== 'undo' && (
                  <SetupTaskForm
                    projectId={projectId}
                    kind={kind}
                    task={open.action === 'edit' ? task : undefined}
                    staff={staff}
                    onDone={(record) => {
                      setOpen(null);
                      if (record) setSaved(`‘${label}’ is marked done.`);
                    }}
                  />
                )}
                {isOpen && open.action === 'undo' && task && (
                  <ReasonForm
                    title={`Mark ‘${label}’ not done`}
                    explanation="The task goes back on the to-do list. Your reason is kept in the audit log."
                    confirmLabel="Mark not done"
                    onCancel={() => setOpen(null)}
                    onConfirm={async (reason) => {
                      await undoSetupTask(ctx, task.id, task.revision, reason);
                      setOpen(null);
                      setSaved(`‘${label}’ is no longer marked done.`);
                    }}
                  />
                )}
              </li>
            );
          })}
        </ol>
      )}
      <p role="status" className="saved-note">
        {saved}
      </p>
    </section>
  );
}
