/** Demo bookings of the core connection: members who are ready, within seats, never on a blackout day. */
import { addDaysIso, type IsoDate } from '../dates';
import { readinessOf, type Booking, type Membership, type Project, type TrainingRecord } from '../domain';
import { demoRecord, type DemoCatalogue } from './catalogue';
import type { DemoRandom } from './random';

/** Monday = 1 … Sunday = 7 for a date-only value (read at noon UTC, so no zone can move the day). */
function weekdayOf(day: IsoDate): number {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/**
 * Bookings from `weeksBack` weeks ago to `weeksAhead` weeks ahead for active projects on a bookable
 * connection. A fractional `perMemberPerWeek` (the benchmark's) books its whole part every week and one more
 * booking with the probability of its fraction.
 */
export function demoBookings(
  random: DemoRandom,
  catalogue: DemoCatalogue,
  projects: Project[],
  memberships: Membership[],
  trainingsByPerson: Map<string, TrainingRecord[]>,
  today: IsoDate,
  { weeksBack = 8, weeksAhead = 4, perMemberPerWeek = 1 } = {},
): Booking[] {
  const bookable = new Set(
    catalogue.connectionTypes.filter((type) => type.needsBooking).map((type) => type.id),
  );
  const blackout = new Set(catalogue.blackoutDates.map((day) => day.date));
  const seatsTaken = new Map<string, number>();
  const bookings: Booking[] = [];
  const activeProjects = projects.filter(
    (project) =>
      project.status === 'open' &&
      project.stage === 'active' &&
      bookable.has(project.onboarding.connectionTypeId ?? ''),
  );
  const membersOf = new Map<string, Membership[]>();
  for (const membership of memberships)
    membersOf.set(membership.projectId, [...(membersOf.get(membership.projectId) ?? []), membership]);

  for (const project of activeProjects) {
    const since = project.stageEnteredAt.active ?? today;
    for (const member of membersOf.get(project.id) ?? []) {
      for (let week = -weeksBack; week < weeksAhead; week++) {
        const fraction = perMemberPerWeek % 1;
        const count = Math.floor(perMemberPerWeek) + (fraction > 0 && random.chance(fraction) ? 1 : 0);
        for (let n = 0; n < count; n++) {
          const date = addDaysIso(today, week * 7 + random.int(0, 6));
          const weekday = weekdayOf(date);
          const sessions = catalogue.sessionTemplates.filter(
            (session) => session.weekday === weekday && session.active,
          );
          if (date < since || blackout.has(date) || sessions.length === 0) continue;
          const session = random.pick(sessions);
          const key = `${date}|${session.id}`;
          const personKey = `${key}|${member.personId}`;
          if ((seatsTaken.get(key) ?? 0) >= session.seats || seatsTaken.has(personKey)) continue;
          if (readinessOf(member, trainingsByPerson.get(member.personId) ?? [], date).state === 'not-ready')
            continue;
          seatsTaken.set(key, (seatsTaken.get(key) ?? 0) + 1);
          seatsTaken.set(personKey, 1);
          const cancelled = random.chance(0.05);
          bookings.push({
            ...demoRecord(random, addDaysIso(date, -7) < since ? since : addDaysIso(date, -7)),
            personId: member.personId,
            projectId: project.id,
            date,
            sessionId: session.id,
            status: cancelled ? 'cancelled' : 'booked',
            ...(cancelled ? { cancelReason: 'The researcher is on leave that day.' } : {}),
          });
        }
      }
    }
  }
  return bookings;
}
