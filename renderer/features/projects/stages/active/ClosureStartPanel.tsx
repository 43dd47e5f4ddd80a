/**
 * Starting the closure of an active project: the date and the reason (end date reached, early end, or other
 * with a note). It is what the Active gate asks for before the project moves on to Closure.
 */
import { useState } from 'react';
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
import { Field } from '../../../../components/form/Field';
import { InlineForm } from '../../../../components/form/InlineForm';
import { schemaResolver } from '../../../../components/form/schema-resolver';
import { useRecordForm } from '../../../../components/form/use-record-form';
import { startClosure } from '../../../../db/repositories/projects';
import { DateInput } from '../../../../components/form/DateInput';

type Values = { startedOn: string; reason: ClosureReason | ''; note: string };

function ClosureStartForm({ project, onDone }: { project: Project; onDone: (saved: boolean) => void }) {
  const ctx = useWriteContext();
  const current = project.closureStart;
  const { register, errors, inlineForm } = useRecordForm<Project, Values, ClosureStartForm>({
    record: project,
    entity: 'project',
    toValues: (stored = project) => ({
      startedOn: stored.closureStart?.startedOn ?? londonToday(),
      reason: stored.closureStart?.reason ?? '',
      note: stored.closureStart?.note ?? '',
    }),
    // Only the start of the closure: another part of the project saved meanwhile never clashes.
    part: (stored) => stored.closureStart ?? null,
    resolver: schemaResolver(ClosureStartFormSchema),
    save: (values, { expectedRevision }) => startClosure(ctx, project.id, expectedRevision, values),
    onSaved: () => onDone(true),
    fieldLabels: { closureStart: 'Start of the closure' },
    errors: {
      fieldOf: (path) => (path.startsWith('closureStart.') ? path.slice('closureStart.'.length) : path),
    },
  });
  return (
    <InlineForm
      {...inlineForm}
      title={current ? 'Correct the start of the closure' : 'Start the closure'}
      submitLabel={current ? 'Save changes' : 'Start the closure'}
      onCancel={() => onDone(false)}
      level={3}
    >
      <div className="form-grid">
        <Field label="Closure start date" error={errors.startedOn?.message} required>
          <DateInput {...register('startedOn')} />
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
