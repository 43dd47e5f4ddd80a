/**
 * Starting the closure of an active project: the date and the reason (end date reached, early end, or other
 * with a note). It is what the Active gate asks for before the project moves on to Closure.
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { formatShortDate, londonToday } from '../../../../../shared/dates';
import { closureReasonLabel } from '../../../../../shared/documents/labels';
import { sentence } from '../../../../../shared/sentence';
import {
  CLOSURE_REASONS,
  ClosureStartFormSchema,
  type ClosureReason,
  type ClosureStartForm,
  type Project,
} from '../../../../../shared/domain';
import { useWriteContext } from '../../../../app/current-staff';
import { useDirtyForm } from '../../../../components/form/DirtyForms';
import { Field } from '../../../../components/form/Field';
import { InlineForm } from '../../../../components/form/InlineForm';
import { reportSaveError } from '../../../../components/form/save-errors';
import { schemaResolver } from '../../../../components/form/schema-resolver';
import { startClosure } from '../../../../db/repositories/projects';

type Values = { startedOn: string; reason: ClosureReason | ''; note: string };

function ClosureStartForm({ project, onDone }: { project: Project; onDone: (saved: boolean) => void }) {
  const ctx = useWriteContext();
  const [failure, setFailure] = useState<string | null>(null);
  const current = project.closureStart;
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isDirty, isSubmitting },
  } = useForm<Values, unknown, ClosureStartForm>({
    resolver: schemaResolver(ClosureStartFormSchema),
    defaultValues: {
      startedOn: current?.startedOn ?? londonToday(),
      reason: current?.reason ?? '',
      note: current?.note ?? '',
    },
  });
  useDirtyForm(isDirty);

  const submit = handleSubmit(async (form) => {
    setFailure(null);
    try {
      await startClosure(ctx, project.id, project.revision, form);
      onDone(true);
    } catch (error) {
      setFailure(
        reportSaveError(error, setError, {
          fieldOf: (path) => (path.startsWith('closureStart.') ? path.slice('closureStart.'.length) : path),
        }),
      );
    }
  });

  return (
    <InlineForm
      title={current ? 'Correct the start of the closure' : 'Start the closure'}
      onSubmit={submit}
      failure={failure}
      submitLabel={current ? 'Save changes' : 'Start the closure'}
      submitting={isSubmitting}
      onCancel={() => onDone(false)}
      level={3}
    >
      <div className="form-grid">
        <Field label="Closure start date" error={errors.startedOn?.message} required>
          <input type="date" {...register('startedOn')} />
        </Field>
        <Field label="Reason for closure" error={errors.reason?.message} required>
          <select {...register('reason')}>
            <option value="">Choose why the project is closing</option>
            {CLOSURE_REASONS.map((reason) => (
              <option key={reason} value={reason}>
                {closureReasonLabel(reason)}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Note" error={errors.note?.message} hint="Required when the reason is ‘Other’.">
          <input type="text" {...register('note')} />
        </Field>
      </div>
    </InlineForm>
  );
}

/** The closure panel of the Active screen. */
export function ClosureStartPanel({ project, readOnly }: { project: Project; readOnly: boolean }) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const start = project.closureStart;
  return (
    <section className="panel" aria-labelledby="closure-start-heading">
      <div className="panel-heading-row">
        <h2 id="closure-start-heading">Closure</h2>
        {start && <span className="chip chip-done">Started</span>}
      </div>
      {start ? (
        <p>
          Closure starts on {formatShortDate(start.startedOn)}:{' '}
          {sentence(
            `${closureReasonLabel(start.reason).toLowerCase()}${start.note ? ` — ${start.note}` : ''}`,
          )}
        </p>
      ) : (
        <p className="panel-intro">
          When the project ends (its end date, or earlier), record the start of its closure: the project can
          then move on to Closure, where the data is destroyed.
        </p>
      )}
      {!readOnly && !editing && (
        <button
          type="button"
          className={start ? 'button secondary small' : 'button'}
          onClick={() => {
            setSaved(false);
            setEditing(true);
          }}
        >
          {start ? 'Correct…' : 'Start the closure…'}
        </button>
      )}
      {editing && (
        <ClosureStartForm
          project={project}
          onDone={(done) => {
            setEditing(false);
            setSaved(done);
          }}
        />
      )}
      <p role="status" className="saved-note">
        {saved ? 'Closure start saved.' : ''}
      </p>
    </section>
  );
}
