/**
 * The readiness forecast of standing bookings (shared/domain/bookings/forecast.ts), read for a period.
 *
 * Reads: the period's standing bookings from today on, through `[status+date]` (bounded by seats × sessions
 * × days, not by history: 500,000 past bookings cost nothing here); their memberships by
 * `[projectId+personId]`; their people's training records by `personId`; by id the people and projects the
 * bookings name; the session templates and the settings.
 */
import { addDaysIso, type IsoDate } from '../../../shared/dates';
import {
  bookingsAtRisk,
  describeSession,
  type Booking,
  type BookingAtRisk,
  type Person,
  type Project,
  type SessionTemplate,
} from '../../../shared/domain';
import type { DshDatabase } from '../database';
import { allSessionTemplates, namesOf } from './booking-calendar';
import { getSettings } from './settings';

/** The forecast of a period: its standing bookings, those at risk, and the names they need. */
export interface PeriodForecast {
  bookings: Booking[];
  atRisk: BookingAtRisk[];
  people: Map<string, Person>;
  projects: Map<string, Project>;
  sessions: Map<string, SessionTemplate>;
  organisationName: string;
}

/** "Morning (09:00–13:00)", or "a session no longer offered". */
export function sessionWords(sessions: ReadonlyMap<string, SessionTemplate>, sessionId: string): string {
  const session = sessions.get(sessionId);
  return session ? describeSession(session) : 'a session no longer offered';
}

/** The standing bookings from `from` (or today, if later) to `to`, and which of them are at risk. */
export async function forecastBetween(
  db: DshDatabase,
  from: IsoDate,
  to: IsoDate,
  today: IsoDate,
): Promise<PeriodForecast> {
  const start = from < today ? today : from;
  const [templates, settings] = await Promise.all([allSessionTemplates(db), getSettings(db)]);
  const bookings =
    start > to
      ? []
      : await db.bookings
          .where('[status+date]')
          .between(['booked', start], ['booked', to], true, true)
          .toArray();
  const pairs = [...new Set(bookings.map((b) => `${b.projectId}|${b.personId}`))].map((key) =>
    key.split('|'),
  );
  const personIds = [...new Set(bookings.map((b) => b.personId))];
  const [memberships, trainings, names] = await Promise.all([
    pairs.length ? db.memberships.where('[projectId+personId]').anyOf(pairs).toArray() : [],
    personIds.length ? db.trainingRecords.where('personId').anyOf(personIds).toArray() : [],
    namesOf(db, bookings),
  ]);
  const atRisk = bookingsAtRisk(
    { bookings, memberships, trainings, settings, nameOf: (id) => names.people.get(id)?.name },
    today,
  );
  return {
    bookings,
    atRisk,
    ...names,
    sessions: new Map(templates.map((template) => [template.id, template])),
    organisationName: settings.organisationName,
  };
}

/** The forecast of every standing booking from today to the end of the booking horizon. */
export async function upcomingForecast(db: DshDatabase, today: IsoDate): Promise<PeriodForecast> {
  const { bookingHorizonDays } = await getSettings(db);
  return forecastBetween(db, today, addDaysIso(today, bookingHorizonDays), today);
}
