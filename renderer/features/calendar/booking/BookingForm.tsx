/**
 * Booking a seat: reads the projects that may book, the chosen project's members with their readiness on
 * the day, the day's sessions and the booking rules' verdict, and saves the booking (the same rules are
 * checked again as it is stored). What the officer sees is `BookingFormView`.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { isIsoDate, londonToday, type IsoDate } from '../../../../shared/dates';
import type { Booking } from '../../../../shared/domain';
import { useApp } from '../../../app/app-context';
import { useWriteContext } from '../../../app/current-staff';
import { faultMessage } from '../../../db/errors';
import { bookableProjects, bookingCandidates } from '../../../db/repositories/booking-calendar';
import { bookSession, checkBooking } from '../../../db/repositories/booking-rules';
import { getSettings } from '../../../db/repositories/settings';
import { sessionChoices, sessionName } from '../data/session-choices';
import { useQueryFor } from '../data/use-query-for';
import { formatFullDay } from '../../../components/calendar-dates';
import { BookingFormView, type BookingOutcome, type BookingValues } from './BookingFormView';

/** What the form starts with (e.g. the session of the calendar cell it was opened from). */
export type BookingPreset = { projectId?: string; personId?: string; date?: IsoDate; sessionId?: string };

interface BookingFormProps {
  preset?: BookingPreset;
  /** The session is given (opened from a session): it is shown, not asked for. */
  fixedSession?: boolean;
  onBooked?: (booking: Booking) => void;
}

/** The booking form. */
export function BookingForm({ preset = {}, fixedSession = false, onBooked }: BookingFormProps) {
  const { db } = useApp();
  const ctx = useWriteContext();
  const today = londonToday();
  const [values, setValues] = useState<BookingValues>({
    projectId: preset.projectId ?? '',
    personId: preset.personId ?? '',
    date: preset.date ?? '',
    sessionId: preset.sessionId ?? '',
  });
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<BookingOutcome>(null);
  const { projectId, personId, sessionId } = values;
  const day = isIsoDate(values.date) ? values.date : undefined;

  const projects = useLiveQuery(() => bookableProjects(db), [db]);
  const candidates = useQueryFor(
    `${projectId}|${day ?? today}`,
    () => (projectId ? bookingCandidates(db, projectId, day ?? today) : []),
    [db, projectId, day, today],
  );
  const sessions = useQueryFor(day ?? '', () => (day ? sessionChoices(db, day) : []), [db, day]);
  const decision = useQueryFor(
    [projectId, personId, day, sessionId].join('|'),
    () =>
      projectId && personId && day && sessionId
        ? checkBooking(db, { projectId, personId, date: day, sessionId })
        : undefined,
    [db, projectId, personId, day, sessionId],
  );
  const horizonDays = useLiveQuery(async () => (await getSettings(db)).bookingHorizonDays, [db]);

  /** A new choice clears the last outcome (it spoke of the choice before). */
  function change(patch: Partial<BookingValues>) {
    setValues((before) => ({ ...before, ...patch }));
    setOutcome(null);
  }

  async function book() {
    if (!day || !projectId || !personId || !sessionId) return;
    setSaving(true);
    setOutcome(null);
    try {
      const booking = await bookSession(ctx, { projectId, personId, date: day, sessionId });
      const person = candidates?.find((candidate) => candidate.person.id === personId)?.person;
      const project = projects?.find((p) => p.id === projectId);
      const session = sessions?.find((choice) => choice.session.sessionId === sessionId)?.session;
      setOutcome({
        kind: 'booked',
        message:
          `Booked ${person?.name ?? 'the person'} (${project?.reference ?? 'the project'}) for ` +
          `${session ? sessionName(session) : 'the session'} on ${formatFullDay(day)}.`,
      });
      setValues((before) => ({ ...before, personId: '' }));
      onBooked?.(booking);
    } catch (error) {
      setOutcome({ kind: 'failed', message: faultMessage(error) });
    } finally {
      setSaving(false);
    }
  }

  return (
    <BookingFormView
      values={values}
      today={today}
      horizonDays={horizonDays}
      projects={projects}
      candidates={candidates}
      sessions={sessions}
      decision={decision}
      fixedSession={fixedSession}
      saving={saving}
      outcome={outcome}
      // A new project has other members; a new day other sessions.
      onProject={(id) => change({ projectId: id, personId: '' })}
      onPerson={(id) => change({ personId: id })}
      onDate={(date) => change({ date, sessionId: '' })}
      onSession={(id) => change({ sessionId: id })}
      onBook={() => void book()}
    />
  );
}
