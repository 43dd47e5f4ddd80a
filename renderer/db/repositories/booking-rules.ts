/**
 * The booking rules of the core connection, checked against the database. The facts `canBook` reads are
 * gathered through indexes one await at a time (a Promise.all can lose Dexie's transaction zone), so they
 * can be read inside the booking's own transaction: `bookSession` stores only what `canBook` allows, and
 * nothing it read can change before the booking is stored.
 */
import { addDaysIso, type IsoDate } from '../../../shared/dates';
import {
  canBook,
  weekStartOf,
  type Booking,
  type BookingDecision,
  type BookingFacts,
  type BookingForm,
  type BookingParticipantFacts,
  type BookingRequest,
} from '../../../shared/domain';
import type { DshDatabase } from '../database';
import { NotFoundError } from '../errors';
import type { WriteContext } from '../write/context';
import { bookingsOfProject, createBooking, type BookingRules } from './bookings';
import { getSettings } from './settings';

/** What `canBook` knows of a project and a person, whatever the session: read through indexes. */
export async function participantFacts(
  db: DshDatabase,
  projectId: string,
  personId: string,
): Promise<BookingParticipantFacts> {
  const project = await db.projects.get(projectId);
  if (!project) throw new NotFoundError('This project');
  const connectionTypeId = project.onboarding.connectionTypeId;
  const connectionType = connectionTypeId ? await db.connectionTypes.get(connectionTypeId) : undefined;
  const membership = await db.memberships.where('[projectId+personId]').equals([projectId, personId]).first();
  const trainings = await db.trainingRecords.where('personId').equals(personId).toArray();
  const person = await db.people.get(personId);
  const settings = await getSettings(db);
  return {
    project,
    connectionType,
    membership,
    trainings,
    personName: person?.name ?? 'This person',
    settings,
  };
}

/** Every fact `canBook` reads about one request: the session, its day, its seats and the project's week. */
export async function bookingFacts(db: DshDatabase, request: BookingRequest): Promise<BookingFacts> {
  const participant = await participantFacts(db, request.projectId, request.personId);
  const session = await db.sessionTemplates.get(request.sessionId);
  const sessionBookings = await db.bookings
    .where('[date+sessionId]')
    .equals([request.date, request.sessionId])
    .toArray();
  const personDayBookings = await db.bookings
    .where('[personId+date]')
    .equals([request.personId, request.date])
    .toArray();
  const monday = weekStartOf(request.date);
  const projectWeekBookings = await bookingsOfProject(db, request.projectId, monday, addDaysIso(monday, 6));
  const blackouts = await db.blackoutDates.where('date').equals(request.date).toArray();
  return { ...participant, session, sessionBookings, personDayBookings, projectWeekBookings, blackouts };
}

/** May this booking be made now? Every reason it may not, from the same facts the booking will check. */
export async function checkBooking(
  db: DshDatabase,
  request: BookingRequest,
  now: Date = new Date(),
): Promise<BookingDecision> {
  return canBook(request, await bookingFacts(db, request), now);
}

/**
 * The real booking rules for `createBooking`: `canBook` over facts read in the booking's transaction.
 * `clock` gives the instant judged (a session that has begun is refused; "today" is London's day).
 */
export function coreConnectionRules(clock: () => Date = () => new Date()): BookingRules {
  return async (db: DshDatabase, form: BookingForm, _today: IsoDate) => {
    const decision = canBook(form, await bookingFacts(db, form), clock());
    return decision.allowed ? [] : decision.reasons;
  };
}

/** Books a seat if every booking rule allows it (else BookingRefusedError listing every reason). */
export function bookSession(ctx: WriteContext, form: BookingForm): Promise<Booking> {
  return createBooking(
    ctx,
    form,
    coreConnectionRules(() => ctx.now?.() ?? new Date()),
  );
}
