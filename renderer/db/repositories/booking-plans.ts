/**
 * Booking several at once (people × sessions × weeks): a preview judged by the booking rules, booking by
 * booking, and the write of the bookings the officer confirmed from it, all in ONE transaction with one
 * audit event per booking. Policy: the officer books what passes, having seen what is refused; the write
 * itself is all or nothing, so if anything in the confirmed list no longer passes (a seat taken meanwhile),
 * nothing is booked and the officer is shown why and asked to look again.
 */
import { formatShortDate, type IsoDate } from '../../../shared/dates';
import {
  BookingBatchSchema,
  BookingPlanFormSchema,
  type Booking,
  type BookingForm,
  type BookingPlanForm,
} from '../../../shared/domain';
import {
  describeSession,
  expandPlan,
  planBookings,
  planSpan,
  type BookingParticipantFacts,
  type BookingPlanFacts,
  type PlannedBooking,
} from '../../../shared/domain/bookings';
import type { DshDatabase } from '../database';
import { RefusedError } from '../errors';
import type { WriteContext } from '../write/context';
import { validated } from '../write/validate';
import { coreConnectionRules, participantFacts } from './booking-rules';
import { bookingTables, createBooking } from './bookings';
import { listSessionTemplates } from './catalogues';
import { getSettings } from './settings';

/**
 * What judging bookings of `personIds` on a project from `from` to `to` reads: each person's facts, every
 * session, and the blackouts and bookings of those days, one await at a time (so it can run inside the
 * booking transaction).
 */
export async function bookingPlanFacts(
  db: DshDatabase,
  projectId: string,
  personIds: readonly string[],
  from: IsoDate,
  to: IsoDate,
): Promise<BookingPlanFacts> {
  const participants = new Map<string, BookingParticipantFacts>();
  for (const personId of personIds) {
    participants.set(personId, await participantFacts(db, projectId, personId));
  }
  const templates = await listSessionTemplates(db);
  const blackouts = await db.blackoutDates.where('date').between(from, to, true, true).toArray();
  const bookings = await db.bookings.where('date').between(from, to, true, true).toArray();
  const settings = await getSettings(db);
  return { participants, templates, blackouts, bookings, settings };
}

/** Every booking a plan asks for, each with the rules' answer, as `bookSessions` would judge it now. */
export async function previewBookingPlan(
  db: DshDatabase,
  plan: BookingPlanForm,
  now: Date = new Date(),
): Promise<PlannedBooking[]> {
  const checked = validated(BookingPlanFormSchema, plan);
  const requests = expandPlan(checked);
  const { from, to } = planSpan(requests);
  const facts = await bookingPlanFacts(db, checked.projectId, checked.personIds, from, to);
  return planBookings(requests, facts, now);
}

/** "Monday 7/12/2026, Morning (09:00–13:00), Dr A Smith: why." for one refused booking. */
export function refusalLine(planned: PlannedBooking, sessionName: string): string {
  const why = planned.decision.allowed ? '' : planned.decision.reasons.join(' ');
  return `${formatShortDate(planned.request.date)}, ${sessionName}, ${planned.personName}: ${why}`;
}

/**
 * Books every booking of a confirmed batch, or none: the batch is judged again inside the transaction
 * (each booking counting the ones before it), and each booking is then stored by `createBooking` with the
 * core connection's rules and its own audit event.
 */
export async function bookSessions(ctx: WriteContext, batch: readonly BookingForm[]): Promise<Booking[]> {
  const checked = validated(BookingBatchSchema, batch);
  const { db } = ctx;
  const clock = () => ctx.now?.() ?? new Date();
  return db.transaction('rw', [...bookingTables(db), db.auditEvents, db.meta], async () => {
    const { from, to } = planSpan(checked);
    const personIds = [...new Set(checked.map((b) => b.personId))];
    const facts = await bookingPlanFacts(db, checked[0]!.projectId, personIds, from, to);
    const refused = planBookings(checked, facts, clock()).filter((p) => !p.decision.allowed);
    if (refused.length > 0) {
      const names = new Map(facts.templates.map((t) => [t.id, describeSession(t)]));
      throw new RefusedError(
        refused.map((p) => refusalLine(p, names.get(p.request.sessionId) ?? 'a session')),
        'Nothing was booked: something changed since the preview. Look at the preview again.',
      );
    }
    const booked: Booking[] = [];
    for (const form of checked) booked.push(await createBooking(ctx, form, coreConnectionRules(clock)));
    return booked;
  });
}
