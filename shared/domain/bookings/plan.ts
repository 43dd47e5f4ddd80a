/**
 * Booking several at once: a plan of people × sessions × weeks is laid out as single booking requests, and
 * each is judged by `canBook` in turn, counting the ones before it that would be booked (so two people
 * cannot take the last seat, and a plan cannot overrun the project's weekly limit). Nothing here writes.
 */
import { addDaysIso, type IsoDate } from '../../dates';
import type { BookingPlanForm } from '../schemas/booking-plan';
import type { BlackoutDate, SessionTemplate } from '../schemas/sessions';
import { weekStartOf } from './calendar';
import type {
  BookingDecision,
  BookingParticipantFacts,
  BookingRequest,
  BookingSettings,
  BookingSlot,
} from './facts';
import { canBook } from './rules';

/** What judging a plan reads: each person's facts, the sessions, the closed days and the bookings around it. */
export type BookingPlanFacts = {
  /** The facts of each person asked for, by person id. */
  participants: ReadonlyMap<string, BookingParticipantFacts>;
  /** Every session template (the ones a request names are looked up here). */
  templates: readonly SessionTemplate[];
  blackouts: readonly Pick<BlackoutDate, 'date' | 'reason'>[];
  /** At least every booking of every Monday-to-Sunday week the plan touches (all projects). */
  bookings: readonly BookingSlot[];
  settings: BookingSettings;
};

/** One booking of a plan, with the rules' answer and the person's name (for the preview). */
export type PlannedBooking = { request: BookingRequest; personName: string; decision: BookingDecision };

/**
 * The single bookings a plan asks for: each week from the first day, each session, each person, in that
 * order (dates first, so the earlier weeks win when the weekly limit runs out).
 */
export function expandPlan(plan: BookingPlanForm): BookingRequest[] {
  return Array.from({ length: plan.weeks }, (_, week) => addDaysIso(plan.firstDate, week * 7)).flatMap(
    (date) =>
      plan.sessionIds.flatMap((sessionId) =>
        plan.personIds.map((personId) => ({ projectId: plan.projectId, personId, date, sessionId })),
      ),
  );
}

/** Bookings grouped by a key, appendable as the plan accepts more. */
class SlotIndex {
  private readonly groups = new Map<string, BookingSlot[]>();
  constructor(private readonly keyOf: (slot: BookingSlot) => string) {}
  add(slot: BookingSlot): void {
    const key = this.keyOf(slot);
    const group = this.groups.get(key);
    if (group) group.push(slot);
    else this.groups.set(key, [slot]);
  }
  get(key: string): BookingSlot[] {
    return this.groups.get(key) ?? [];
  }
}

/**
 * Judges every request of a plan at `now`, in order. A request the rules allow is counted as booked for
 * those after it; a refused one is not. The answers are those `bookSessions` will get when it writes them.
 */
export function planBookings(
  requests: readonly BookingRequest[],
  facts: BookingPlanFacts,
  now: Date,
): PlannedBooking[] {
  const templates = new Map(facts.templates.map((template) => [template.id, template]));
  const bySession = new SlotIndex((b) => `${b.date}|${b.sessionId}`);
  const byPersonDay = new SlotIndex((b) => `${b.personId}|${b.date}`);
  const byProjectWeek = new SlotIndex((b) => `${b.projectId}|${weekStartOf(b.date)}`);
  const held = (slot: BookingSlot) => {
    if (slot.status !== 'booked') return;
    bySession.add(slot);
    byPersonDay.add(slot);
    byProjectWeek.add(slot);
  };
  facts.bookings.forEach(held);

  return requests.map((request, i) => {
    const participant = facts.participants.get(request.personId);
    const personName = participant?.personName ?? 'This person';
    if (!participant) {
      return {
        request,
        personName,
        decision: { allowed: false, reasons: ['This person no longer exists.'] },
      };
    }
    const decision = canBook(
      request,
      {
        ...participant,
        settings: facts.settings,
        session: templates.get(request.sessionId),
        sessionBookings: bySession.get(`${request.date}|${request.sessionId}`),
        personDayBookings: byPersonDay.get(`${request.personId}|${request.date}`),
        projectWeekBookings: byProjectWeek.get(`${request.projectId}|${weekStartOf(request.date)}`),
        blackouts: facts.blackouts.filter((day) => day.date === request.date),
      },
      now,
    );
    if (decision.allowed) held({ ...request, id: `planned-${i}`, status: 'booked' });
    return { request, personName, decision };
  });
}

/** The Monday-to-Sunday weeks a plan's requests touch, as the first and last day to read bookings for. */
export function planSpan(requests: readonly Pick<BookingRequest, 'date'>[]): { from: IsoDate; to: IsoDate } {
  const dates = requests.map((r) => r.date).sort();
  const first = dates[0] ?? '1970-01-01';
  const last = dates[dates.length - 1] ?? first;
  return { from: weekStartOf(first), to: addDaysIso(weekStartOf(last), 6) };
}

/** The requests of a judged plan that may be booked, and the refused ones with their reasons. */
export function splitPlan(planned: readonly PlannedBooking[]): {
  bookable: BookingRequest[];
  refused: PlannedBooking[];
} {
  return {
    bookable: planned.filter((p) => p.decision.allowed).map((p) => p.request),
    refused: planned.filter((p) => !p.decision.allowed),
  };
}
