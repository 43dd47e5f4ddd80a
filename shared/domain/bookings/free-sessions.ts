/** The sessions a person could book for a project in a period: every session that `canBook` allows. */
import { addDaysIso, londonToday, type IsoDate } from '../../dates';
import type { BlackoutDate, SessionTemplate } from '../schemas/sessions';
import { weekStartOf } from './calendar';
import type { BookingParticipantFacts, BookingSlot } from './facts';
import { occupancy } from './occupancy';
import { canBook } from './rules';
import { sessionsBetween, type DaySession } from './sessions';

/** Who is looking for a session, for which project, between which days (both included). */
export type FreeSessionQuery = { from: IsoDate; to: IsoDate; projectId: string; personId: string };

/** The plain data `findFreeSessions` reads. */
export type FreeSessionFacts = BookingParticipantFacts & {
  /** Every session template (inactive ones are skipped). */
  templates: readonly SessionTemplate[];
  blackouts: readonly Pick<BlackoutDate, 'date' | 'reason'>[];
  /**
   * At least every booking from the Monday of `from`'s week to the Sunday of `to`'s week (all projects: they
   * take seats; the project's own count towards its weekly limit).
   */
  bookings: readonly BookingSlot[];
};

/** A session the person may book, with its seats still free. */
export type FreeSession = DaySession & { free: number };

/**
 * The sessions from `from` to `to` that the person may book for the project at `now`. Days before today and
 * beyond the booking horizon are skipped without asking: `canBook` would refuse them all.
 */
export function findFreeSessions(query: FreeSessionQuery, facts: FreeSessionFacts, now: Date): FreeSession[] {
  const today = londonToday(now);
  const lastDay = addDaysIso(today, facts.settings.bookingHorizonDays);
  const from = query.from > today ? query.from : today;
  const to = query.to < lastDay ? query.to : lastDay;
  if (to < from) return [];

  const sessions = sessionsBetween(from, to, facts.templates, facts.blackouts);
  const templates = new Map(facts.templates.map((template) => [template.id, template]));
  const projectWeeks = new Map<IsoDate, BookingSlot[]>();
  for (const booking of facts.bookings) {
    if (booking.projectId !== query.projectId || booking.status !== 'booked') continue;
    const monday = weekStartOf(booking.date);
    const week = projectWeeks.get(monday);
    if (week) week.push(booking);
    else projectWeeks.set(monday, [booking]);
  }

  return occupancy(sessions, facts.bookings).flatMap(({ session, bookings, free }) => {
    const request = { ...query, date: session.date, sessionId: session.sessionId };
    const decision = canBook(
      request,
      {
        ...facts,
        session: templates.get(session.sessionId),
        sessionBookings: bookings,
        projectWeekBookings: projectWeeks.get(weekStartOf(session.date)) ?? [],
        blackouts: session.blackout === undefined ? [] : [{ date: session.date, reason: session.blackout }],
      },
      now,
    );
    return decision.allowed ? [{ ...session, free }] : [];
  });
}
