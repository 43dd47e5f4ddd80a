/** Adding or editing one bookable weekly session: weekday, name, times, seats, and whether it is offered. */
import { useId } from 'react';
import {
  SessionTemplateFormSchema,
  type SessionTemplate,
  type SessionTemplateForm as SessionValues,
} from '../../../../shared/domain';
import { weekdayName } from '../../../../shared/domain/bookings';
import { useWriteContext } from '../../../app/current-staff';
import { Field } from '../../../components/form/Field';
import { schemaResolver } from '../../../components/form/schema-resolver';
import { StoredValuesContext } from '../../../components/form/stored-values';
import { useRecordForm } from '../../../components/form/use-record-form';
import { addSessionTemplate, updateSessionTemplate } from '../../../db/repositories/catalogues';

interface SessionTemplateFormProps {
  /** The session edited, as stored now; none to add one. */
  editing?: SessionTemplate;
  onDone: (message: string) => void;
  onCancel?: () => void;
}

const BLANK: SessionValues = { weekday: 1, label: '', start: '09:00', end: '13:00', seats: 6, active: true };

const valuesOf = (session: SessionTemplate | undefined): SessionValues =>
  session
    ? {
        weekday: session.weekday,
        label: session.label ?? '',
        start: session.start,
        end: session.end,
        seats: session.seats,
        active: session.active,
      }
    : BLANK;

/** What the officer calls each field of a bookable session. */
export const SESSION_FIELDS = {
  weekday: 'Weekday',
  label: 'Name',
  start: 'Starts',
  end: 'Ends',
  seats: 'Seats',
  active: 'Offered',
};

/** The session form. */
export function SessionTemplateForm({ editing, onDone, onCancel }: SessionTemplateFormProps) {
  const ctx = useWriteContext();
  const headingId = useId();
  const activeId = useId();
  const { form, submit, failure, stored } = useRecordForm<SessionTemplate, SessionValues>({
    record: editing,
    entity: 'session-template',
    toValues: valuesOf,
    resolver: schemaResolver(SessionTemplateFormSchema),
    save: (values, { expectedRevision }) =>
      editing
        ? updateSessionTemplate(ctx, editing.id, expectedRevision, values)
        : addSessionTemplate(ctx, values),
    onSaved: (saved) =>
      saved &&
      onDone(
        `Saved the ${weekdayName(saved.weekday)} ${saved.label || 'session'} (${saved.start}–${saved.end}).`,
      ),
    fieldLabels: SESSION_FIELDS,
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  const title = editing ? `Edit the ${weekdayName(editing.weekday)} session` : 'Add a session';

  return (
    <form className="inline-form session-form" onSubmit={submit} aria-labelledby={headingId} noValidate>
      <h3 id={headingId}>{title}</h3>
      <StoredValuesContext.Provider value={stored}>
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
      </StoredValuesContext.Provider>
      <div className="checkbox-line">
        <input id={activeId} type="checkbox" {...register('active')} />
        <label htmlFor={activeId}>Offered (bookings can be made in it)</label>
      </div>
      {failure}
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
