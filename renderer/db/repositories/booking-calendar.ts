/**
 * What the booking calendar reads: a period's bookings through the `date` index (never the whole table),
 * the people and projects they name (by id), booked seats per day from the maintained seat counts, the projects that may
 * book, and the members a booking may be for with their readiness on the day.
 */
import { addDaysIso, type IsoDate } from '../../../shared/dates';
import {
  readinessOf,
  weekStartOf,
  type BlackoutDate,
  type Booking,
  type Membership,
  type Person,
  type Project,
  type Readiness,
  type SessionTemplate,
} from '../../../shared/domain';
import type { FreeSessionFacts, FreeSessionQuery } from '../../../shared/domain/bookings';
import { seatCountsBetween } from '../aggregates/reads';
import type { DshDatabase } from '../database';
import { participantFacts } from './booking-rules';
import { bookingsOfPerson } from './bookings';
import { getSettings } from './settings';

/** Every booking from `from` to `to` (both included), cancelled ones too, through the `date` index. */
export function bookingsBetween(db: DshDatabase, from: IsoDate, to: IsoDate): Promise<Booking[]> {
  return db.bookings.where('date').between(from, to, true, true).toArray();
}

/** The people and projects a list of bookings names, read by id. */
export type BookingNames = { people: Map<string, Person>; projects: Map<string, Project> };

/** The people and projects named by these bookings. */
export async function namesOf(
  db: DshDatabase,
  bookings: readonly Pick<Booking, 'personId' | 'projectId'>[],
): Promise<BookingNames> {
  const personIds = [...new Set(bookings.map((booking) => booking.personId))];
  const projectIds = [...new Set(bookings.map((booking) => booking.projectId))];
  const people = await db.people.bulkGet(personIds);
  const projects = await db.projects.bulkGet(projectIds);
  return {
    people: new Map(people.filter((p) => p !== undefined).map((p) => [p.id, p])),
    projects: new Map(projects.filter((p) => p !== undefined).map((p) => [p.id, p])),
  };
}

/** How many seats are booked on each day (bookings not cancelled), from the seat counts of the period. */
export async function bookedSeatsPerDay(
  db: DshDatabase,
  days: readonly IsoDate[],
): Promise<Map<IsoDate, number>> {
  const counts = new Map<IsoDate, number>(days.map((day) => [day, 0]));
  if (days.length === 0) return counts;
  const sorted = [...days].sort();
  for (const row of await seatCountsBetween(db, sorted[0]!, sorted.at(-1)!)) {
    const count = counts.get(row.date);
    if (count !== undefined) counts.set(row.date, count + row.booked);
  }
  return counts;
}

/** Every session template, offered or not, Monday first. */
export function allSessionTemplates(db: DshDatabase): Promise<SessionTemplate[]> {
  return db.sessionTemplates.orderBy('[weekday+start]').toArray();
}

/** The blackout dates from `from` to `to` (both included). */
export function blackoutsBetween(db: DshDatabase, from: IsoDate, to: IsoDate): Promise<BlackoutDate[]> {
  return db.blackoutDates.where('date').between(from, to, true, true).toArray();
}

/** The projects that may book the core connection: open, Active, on a connection booked in sessions. */
export async function bookableProjects(db: DshDatabase): Promise<Project[]> {
  const types = await db.connectionTypes.toArray();
  const booked = new Set(types.filter((type) => type.needsBooking).map((type) => type.id));
  const active = await db.projects.where('[status+stage]').equals(['open', 'active']).toArray();
  return active
    .filter((project) => booked.has(project.onboarding.connectionTypeId ?? ''))
    .sort((a, b) => a.reference.localeCompare(b.reference));
}

/** The people who are members of any of these projects, by name. */
export async function membersOfProjects(db: DshDatabase, projectIds: readonly string[]): Promise<Person[]> {
  const memberships = await db.memberships
    .where('projectId')
    .anyOf([...projectIds])
    .toArray();
  const people = await db.people.bulkGet([...new Set(memberships.map((m) => m.personId))]);
  return people.filter((p) => p !== undefined).sort((a, b) => a.name.localeCompare(b.name));
}

/** A member of a project as the booking form shows them: who, in what role, and whether ready on the day. */
export type BookingCandidate = { membership: Membership; person: Person; readiness: Readiness };

/** The members of a project with their readiness on `on` (the session's day), by name. */
export async function bookingCandidates(
  db: DshDatabase,
  projectId: string,
  on: IsoDate,
): Promise<BookingCandidate[]> {
  const memberships = await db.memberships.where('projectId').equals(projectId).toArray();
  const personIds = memberships.map((m) => m.personId);
  const people = await db.people.bulkGet(personIds);
  const trainings = await db.trainingRecords.where('personId').anyOf(personIds).toArray();
  const settings = await getSettings(db);
  return memberships
    .map((membership, i) => ({ membership, person: people[i] }))
    .filter((entry): entry is { membership: Membership; person: Person } => entry.person !== undefined)
    .map(({ membership, person }) => ({
      membership,
      person,
      readiness: readinessOf(membership, trainings, on, settings, person.name),
    }))
    .sort((a, b) => a.person.name.localeCompare(b.person.name));
}

/**
 * What `findFreeSessions` reads for a query: the participant's facts, every template, the blackouts, and
 * the bookings of every week the period touches (seats and the project's weekly limit).
 */
export async function freeSessionFacts(db: DshDatabase, query: FreeSessionQuery): Promise<FreeSessionFacts> {
  const participant = await participantFacts(db, query.projectId, query.personId);
  const templates = await allSessionTemplates(db);
  const from = weekStartOf(query.from);
  const to = addDaysIso(weekStartOf(query.to), 6);
  const blackouts = await blackoutsBetween(db, from, to);
  const bookings = await bookingsBetween(db, from, to);
  return { ...participant, templates, blackouts, bookings };
}

/** A person's standing bookings from `from` to `to`, in date order (for their calendar file). */
export async function upcomingBookingsOf(
  db: DshDatabase,
  personId: string,
  from: IsoDate,
  to: IsoDate,
): Promise<Booking[]> {
  const bookings = await bookingsOfPerson(db, personId, from, to);
  return bookings.filter((booking) => booking.status === 'booked');
}
