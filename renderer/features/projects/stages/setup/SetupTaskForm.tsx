/** Marking a set-up task done (who did it, when, a note), or correcting those details. */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
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
import { useDirtyForm } from '../../../../components/form/DirtyForms';
import { Field } from '../../../../components/form/Field';
import { InlineForm } from '../../../../components/form/InlineForm';
import { reportSaveError } from '../../../../components/form/save-errors';
import { schemaResolver } from '../../../../components/form/schema-resolver';
import { StaffSelect } from '../../../../components/form/StaffSelect';
import { markSetupTaskDone, updateSetupTask } from '../../../../db/repositories/setup-tasks';

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
  /** The task's record when it is done already (to correct it). */
  task?: SetupTask;
  staff: readonly StaffMember[];
  onDone: (saved?: SetupTask) => void;
}) {
  const ctx = useWriteContext();
  const { staffMember } = useCurrentStaff();
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isDirty, isSubmitting },
  } = useForm<Values, unknown, SetupTaskValues>({
    resolver: schemaResolver(SetupTaskFormSchema),
    defaultValues: {
      kind,
      doneBy: task?.doneBy ?? staffMember.id,
      doneOn: task?.doneOn ?? londonToday(),
      note: task?.note ?? '',
    },
  });
  useDirtyForm(isDirty);

  const submit = handleSubmit(async (form) => {
    setFailure(null);
    try {
      const { kind: _kind, ...details } = form;
      onDone(
        task
          ? await updateSetupTask(ctx, task.id, task.revision, details)
          : await markSetupTaskDone(ctx, projectId, form),
      );
    } catch (error) {
      setFailure(reportSaveError(error, setError));
    }
  });

  const label = setupTaskLabel(kind);
  return (
    <InlineForm
      title={task ? `Correct ‘${label}’` : `Mark ‘${label}’ done`}
      onSubmit={submit}
      failure={failure}
      submitLabel={task ? 'Save changes' : 'Mark done'}
      submitting={isSubmitting}
      onCancel={() => onDone()}
      level={4}
    >
      <div className="form-grid">
        <Field label="Done by" error={errors.doneBy?.message} required>
          <StaffSelect staff={staff} keep={task?.doneBy} {...register('doneBy')} />
        </Field>
        <Field label="Date done" error={errors.doneOn?.message} required>
          <input type="date" {...register('doneOn')} />
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
