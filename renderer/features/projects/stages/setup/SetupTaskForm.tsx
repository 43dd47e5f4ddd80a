/** Marking a set-up task done (who did it, when, a note), or correcting those details. */
import { londonToday } from '../../../../../shared/dates';
import {
  SetupTaskFormSchema,
  setupTaskLabel,
  type SetupTask,
  type SetupTaskForm as SetupTaskValues,
  type SetupTaskKind,
  type StaffMember,
} from '../../../../../shared/domain';
import { useCurrentStaff, useWriteContext } from '../../../../app/current-staff';
import { Field } from '../../../../components/form/Field';
import { InlineForm } from '../../../../components/form/InlineForm';
import { schemaResolver } from '../../../../components/form/schema-resolver';
import { StaffSelect } from '../../../../components/form/StaffSelect';
import { useRecordForm } from '../../../../components/form/use-record-form';
import { markSetupTaskDone, updateSetupTask } from '../../../../db/repositories/setup-tasks';
import { DateInput } from '../../../../components/form/DateInput';

type Values = { kind: SetupTaskKind; doneBy: string; doneOn: string; note: string };

/** The form, shown in place under its task. */
export function SetupTaskForm({
  projectId,
  kind,
  task,
  staff,
  onDone,
}: {
  projectId: string;
  kind: SetupTaskKind;
  /** The task's record as stored now, when it is done already (to correct it). */
  task?: SetupTask;
  staff: readonly StaffMember[];
  onDone: (saved?: SetupTask) => void;
}) {
  const ctx = useWriteContext();
  const { staffMember } = useCurrentStaff();
  const { register, errors, inlineForm } = useRecordForm<SetupTask, Values, SetupTaskValues>({
    record: task,
    entity: 'setup-task',
    toValues: (stored) => ({
      kind,
      doneBy: stored?.doneBy ?? staffMember.id,
      doneOn: stored?.doneOn ?? londonToday(),
      note: stored?.note ?? '',
    }),
    resolver: schemaResolver(SetupTaskFormSchema),
    save: (values, { expectedRevision }) => {
      const { kind: _kind, ...details } = values;
      return task
        ? updateSetupTask(ctx, task.id, expectedRevision, details)
        : markSetupTaskDone(ctx, projectId, values);
    },
    onSaved: onDone,
    fieldLabels: { doneBy: 'Done by', doneOn: 'Date done', note: 'Note' },
  });
  const label = setupTaskLabel(kind);
  return (
    <InlineForm
      {...inlineForm}
      title={task ? `Correct ‘${label}’` : `Mark ‘${label}’ done`}
      submitLabel={task ? 'Save changes' : 'Mark done'}
      onCancel={() => onDone()}
      level={4}
    >
      <div className="form-grid">
        <Field label="Done by" error={errors.doneBy?.message} required>
          <StaffSelect staff={staff} keep={task?.doneBy} {...register('doneBy')} />
        </Field>
        <Field label="Date done" error={errors.doneOn?.message} required>
          <DateInput {...register('doneOn')} />
        </Field>
        <Field
          label="Note"
          error={errors.note?.message}
          hint="Optional: e.g. the storage path or the ticket number."
        >
          <input type="text" {...register('note')} />
        </Field>
      </div>
    </InlineForm>
  );
}
