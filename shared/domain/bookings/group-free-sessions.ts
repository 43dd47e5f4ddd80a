/**
 * Free sessions for several people of a project at once (e.g. all its ready members): for every session in
 * a period, who of them could be booked into it together, by the same plan `bookSessions` writes.
 */
import { addDaysIso, londonToday, type IsoDate } from '../../dates';
import { occupancy } from './occupancy';
import { planBookings, type BookingPlanFacts } from './plan';
import { sessionsBetween, type DaySession } from './sessions';

/** Which people, of which project, between which days (both included). */
export type GroupFreeSessionQuery = { projectId: string; personIds: string[]; from: IsoDate; to: IsoDate };

/** A session at least one of the people may book, with who may (together) and the seats still free. */
export type GroupFreeSession = DaySession & { free: number; personIds: string[] };

/**
 * The sessions from `from` to `to` into which at least one of the people may be booked at `now`; each
 * session is judged on its own (as if booked alone), with the people in the order given. Days before
 * today and beyond the booking horizon are skipped: every booking there would be refused.
 */
export function findGroupFreeSessions(
  query: GroupFreeSessionQuery,
  facts: BookingPlanFacts,
  now: Date,
): GroupFreeSession[] {
  const today = londonToday(now);
  const lastDay = addDaysIso(today, facts.settings.bookingHorizonDays);
  const from = query.from > today ? query.from : today;
  const to = query.to < lastDay ? query.to : lastDay;
  if (to < from || query.personIds.length === 0) return [];

  const sessions = sessionsBetween(from, to, facts.templates, facts.blackouts);
  return occupancy(sessions, facts.bookings).flatMap(({ session, free }) => {
    if (session.blackout !== undefined || free === 0) return [];
    const requests = query.personIds.map((personId) => ({
      projectId: query.projectId,
      personId,
      date: session.date,
      sessionId: session.sessionId,
    }));
    const allowed = planBookings(requests, facts, now)
      .filter((planned) => planned.decision.allowed)
      .map((planned) => planned.request.personId);
    return allowed.length > 0 ? [{ ...session, free, personIds: allowed }] : [];
  });
}
