/**
 * Settings → Blackout dates: days the core connection cannot be booked, each with its reason; the England
 * and Wales bank holidays of this year and the next two, ready to add in one step. A blackout that falls
 * on booked days shows those bookings first (see BlackoutConflicts).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { formatShortDate, londonToday } from '../../../../shared/dates';
import { BlackoutDateFormSchema, type BlackoutDate, type BlackoutDateForm } from '../../../../shared/domain';
import { bankHolidaysBetween } from '../../../../shared/domain/bookings';
import { useApp } from '../../../app/app-context';
import { useWriteContext } from '../../../app/current-staff';
import { Field } from '../../../components/form/Field';
import { OutcomeLine, type Outcome } from '../../../components/form/OutcomeLine';
import { schemaResolver } from '../../../components/form/schema-resolver';
import { NOT_SAVED_YET, useRecordForm } from '../../../components/form/use-record-form';
import { deleteBlackoutDate, listBlackoutDates } from '../../../db/repositories/catalogues';
import { countOf, formatFullDay } from '../../../components/calendar-dates';
import { BlackoutConflicts } from './BlackoutConflicts';
import { useBlackoutSaver } from './use-blackout-saver';
import { DateInput } from '../../../components/form/DateInput';
import { faultMessage } from '../../../db/errors';
import { DataTable } from '../../../components/DataTable';

type Message = Outcome | null;
const messageOf = (error: unknown): Message => ({
  text: faultMessage(error),
  failed: true,
});

/** The blackout dates panel. */
export function BlackoutDatesPanel() {
  const { db } = useApp();
  const ctx = useWriteContext();
  const today = londonToday();
  const holidaysUntil = `${Number(today.slice(0, 4)) + 2}-12-31`;
  const formId = useId();
  const blackouts = useLiveQuery(() => listBlackoutDates(db, today, '9999-12-31'), [db, today]);
  const [message, setMessage] = useState<Message>(null);
  const saver = useBlackoutSaver((text) => setMessage({ text }));
  // A new blackout only (removing one is a button of its row); its conflicts are a further step.
  const {
    form,
    submit: add,
    failure,
  } = useRecordForm<BlackoutDate, BlackoutDateForm>({
    record: undefined,
    toValues: () => ({ date: '', reason: '' }),
    resolver: schemaResolver(BlackoutDateFormSchema),
    save: async (values) => {
      setMessage(null);
      return (await saver.propose([values])) ? undefined : NOT_SAVED_YET;
    },
    pending: saver.pending !== null,
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  const taken = new Set(blackouts?.map((blackout) => blackout.date));
  const holidays = blackouts
    ? bankHolidaysBetween(today, holidaysUntil).filter((holiday) => !taken.has(holiday.date))
    : [];

  async function addHolidays() {
    setMessage(null);
    try {
      await saver.propose(holidays.map((holiday) => ({ date: holiday.date, reason: holiday.name })));
    } catch (error) {
      setMessage(messageOf(error));
    }
  }

  // Saved with its bookings cancelled: the form is done with (empty, nothing unsaved), as after a plain save.
  async function confirm(reason: string) {
    await saver.confirm(reason);
    form.reset({ date: '', reason: '' });
  }

  async function remove(blackout: BlackoutDate) {
    setMessage(null);
    try {
      await deleteBlackoutDate(ctx, blackout.id, blackout.revision);
      setMessage({ text: `${formatFullDay(blackout.date)} can be booked again.` });
    } catch (error) {
      setMessage(messageOf(error));
    }
  }

  return (
    <section className="panel booking-settings" aria-labelledby="blackouts-heading">
      <h2 id="blackouts-heading">Blackout dates</h2>
      <p className="muted">
        Days when the core connection cannot be booked, such as bank holidays or maintenance.
      </p>
      {blackouts && blackouts.length === 0 && <p>No blackout dates from today on.</p>}
      {blackouts && blackouts.length > 0 && (
        <DataTable
          caption="Blackout dates from today on"
          headings={['Date', 'Reason']}
          actions
          scroll="blackout-list"
        >
          {blackouts.map((blackout) => (
            <tr key={blackout.id}>
              <td className="nowrap">{formatFullDay(blackout.date)}</td>
              <td>{blackout.reason}</td>
              <td>
                <button
                  type="button"
                  className="button secondary small"
                  aria-label={`Remove the blackout of ${formatShortDate(blackout.date)}`}
                  onClick={() => void remove(blackout)}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <OutcomeLine outcome={message} />

      {saver.pending ? (
        <BlackoutConflicts pending={saver.pending} onConfirm={confirm} onLeave={saver.leave} />
      ) : (
        <div className="blackout-forms">
          <form className="inline-form" aria-labelledby={`${formId}-title`} onSubmit={add} noValidate>
            <h3 id={`${formId}-title`}>Add a blackout date</h3>
            <div className="blackout-fields">
              <Field label="Date" error={errors.date?.message} required>
                <DateInput {...register('date')} />
              </Field>
              <Field
                label="Reason"
                error={errors.reason?.message}
                required
                hint="e.g. Maintenance of the DSH"
              >
                <input type="text" autoComplete="off" {...register('reason')} />
              </Field>
            </div>
            {failure}
            <div className="form-actions">
              <button type="submit" className="button" disabled={isSubmitting}>
                Add the blackout date
              </button>
            </div>
          </form>
          <div className="inline-form bank-holidays" role="group" aria-labelledby={`${formId}-holidays`}>
            <h3 id={`${formId}-holidays`}>Bank holidays in England and Wales</h3>
            {holidays.length === 0 ? (
              <p className="muted">
                Every bank holiday up to {formatShortDate(holidaysUntil)} is already a blackout date.
              </p>
            ) : (
              <>
                <p>
                  {countOf(holidays.length, 'bank holiday')} up to {formatShortDate(holidaysUntil)}{' '}
                  {holidays.length === 1 ? 'is' : 'are'} not yet a blackout date. One-off holidays are
                  announced later: add them as they are.
                </p>
                <ul className="holiday-list">
                  {holidays.map((holiday) => (
                    <li key={holiday.date}>
                      <span className="nowrap">{formatShortDate(holiday.date)}</span> {holiday.name}
                    </li>
                  ))}
                </ul>
                <button type="button" className="button secondary" onClick={() => void addHolidays()}>
                  Add {countOf(holidays.length, 'bank holiday')} as blackout dates
                </button>
              </>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
