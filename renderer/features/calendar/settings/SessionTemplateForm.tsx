/** Adding or editing one bookable weekly session: weekday, name, times, seats, and whether it is offered. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import {
  SessionTemplateFormSchema,
  type SessionTemplate,
  type SessionTemplateForm as SessionValues,
} from '../../../../shared/domain';
import { weekdayName } from '../../../../shared/domain/bookings';
import { useWriteContext } from '../../../app/current-staff';
import { useDirtyForm } from '../../../components/form/DirtyForms';
import { Field } from '../../../components/form/Field';
import { addSessionTemplate, updateSessionTemplate } from '../../../db/repositories/catalogues';

interface SessionTemplateFormProps {
  /** The session edited; none to add one. */
  editing?: SessionTemplate;
  onDone: (message: string) => void;
  onCancel?: () => void;
}

const BLANK: SessionValues = { weekday: 1, label: '', start: '09:00', end: '13:00', seats: 6, active: true };

/** The session form. */
export function SessionTemplateForm({ editing, onDone, onCancel }: SessionTemplateFormProps) {
  const ctx = useWriteContext();
  const headingId = useId();
  const activeId = useId();
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<SessionValues>({
    resolver: zodResolver(SessionTemplateFormSchema),
    defaultValues: editing
      ? {
          weekday: editing.weekday,
          label: editing.label ?? '',
          start: editing.start,
          end: editing.end,
          seats: editing.seats,
          active: editing.active,
        }
      : BLANK,
  });
  useDirtyForm(isDirty);
  const title = editing ? `Edit the ${weekdayName(editing.weekday)} session` : 'Add a session';

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      const saved = editing
        ? await updateSessionTemplate(ctx, editing.id, editing.revision, values)
        : await addSessionTemplate(ctx, values);
      reset(editing ? values : BLANK);
      onDone(
        `Saved the ${weekdayName(saved.weekday)} ${saved.label || 'session'} (${saved.start}–${saved.end}).`,
      );
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  });

  return (
    <form className="inline-form session-form" onSubmit={submit} aria-labelledby={headingId} noValidate>
      <h3 id={headingId}>{title}</h3>
      <div className="session-form-fields">
        <Field label="Weekday" error={errors.weekday?.message}>
          <select {...register('weekday', { valueAsNumber: true })}>
            {[1, 2, 3, 4, 5, 6, 7].map((weekday) => (
              <option key={weekday} value={weekday}>
                {weekdayName(weekday)}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Name" hint="e.g. Morning" error={errors.label?.message}>
          <input type="text" autoComplete="off" {...register('label')} />
        </Field>
        <Field label="Starts" error={errors.start?.message}>
          <input type="time" {...register('start')} />
        </Field>
        <Field label="Ends" error={errors.end?.message}>
          <input type="time" {...register('end')} />
        </Field>
        <Field label="Seats" error={errors.seats?.message}>
          <input
            type="number"
            min={1}
            max={500}
            inputMode="numeric"
            {...register('seats', { valueAsNumber: true })}
          />
        </Field>
      </div>
      <div className="checkbox-line">
        <input id={activeId} type="checkbox" {...register('active')} />
        <label htmlFor={activeId}>Offered (bookings can be made in it)</label>
      </div>
      {failure && (
        <p role="alert" className="form-failure">
          {failure}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={isSubmitting}>
          {editing ? 'Save the session' : 'Add the session'}
        </button>
        {onCancel && (
          <button type="button" className="button secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
