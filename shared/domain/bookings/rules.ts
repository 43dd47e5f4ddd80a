/**
 * The booking rules of the core connection (DESIGN.md, "Booking the core connection"): `canBook` says whether
 * a person may book a session, and lists every reason it may not, so the UI shows them all at once.
 */
import { addDaysIso, formatShortDate, londonToday } from '../../dates';
import { sentence } from '../../sentence';
import { readinessOf } from '../readiness';
import type { SessionTemplate } from '../schemas/sessions';
import { isoWeekdayOf, weekdayName, weekStartOf } from './calendar';
import type { BookingDecision, BookingFacts, BookingRequest, BookingSlot } from './facts';
import { sessionStartInstant } from './instants';
import { describeSession } from './sessions';

/** "1 booking", "10 bookings". */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Why the project cannot book at all (not active, or its connection is not booked in sessions). */
function projectReasons({ project, connectionType }: BookingFacts): string[] {
  const reasons: string[] = [];
  if (project.stage !== 'active' || project.status !== 'open') {
    reasons.push(`${project.reference} is not active, so it cannot book sessions.`);
  }
  if (!connectionType) {
    reasons.push(`${project.reference} has no connection type, so it cannot book sessions.`);
  } else if (!connectionType.needsBooking) {
    reasons.push(`${project.reference} uses the ${connectionType.name}, which is not booked in sessions.`);
  }
  return reasons;
}

/** Why the person may not use the DSH for the project on the session's day. */
function personReasons(request: BookingRequest, facts: BookingFacts): string[] {
  const { membership, personName, project } = facts;
  if (!membership || membership.personId !== request.personId || membership.projectId !== project.id) {
    return [`${personName} is not a member of ${project.reference}.`];
  }
  // Readiness on the session's day, not today: training that lapses before the session refuses it.
  const readiness = readinessOf(membership, facts.trainings, request.date, facts.settings, personName);
  return readiness.state === 'not-ready' ? readiness.reasons : [];
}

/** Why the session itself cannot be booked on that day (missing, withdrawn, or another weekday's). */
function sessionReasons({ date, sessionId }: BookingRequest, session: SessionTemplate | undefined): string[] {
  if (!session || session.id !== sessionId) return ['This session does not exist. Choose another session.'];
  const name = `The ${describeSession(session)} session`;
  if (!session.active) return [`${name} is no longer offered. Choose another session.`];
  const weekday = isoWeekdayOf(date);
  return session.weekday === weekday
    ? []
    : [
        `${name} runs on ${weekdayName(session.weekday)}s, not on ${weekdayName(weekday)} ${formatShortDate(date)}.`,
      ];
}

const standing = (booking: BookingSlot) => booking.status === 'booked';

/** Why there is no seat for the person: already booked in it, or every seat taken. */
function seatReasons(request: BookingRequest, facts: BookingFacts): string[] {
  const reasons: string[] = [];
  const inSession = (b: BookingSlot) => b.date === request.date && b.sessionId === request.sessionId;
  const taken = facts.sessionBookings.filter((b) => standing(b) && inSession(b));
  const own = [...taken, ...(facts.personDayBookings ?? [])].filter(
    (b) => standing(b) && inSession(b) && b.personId === request.personId,
  );
  if (own.length > 0) reasons.push(`${facts.personName} is already booked for this session.`);
  const seats = facts.session?.seats;
  if (seats !== undefined && taken.length >= seats) {
    reasons.push(
      seats === 1
        ? 'This session is full: its only seat is taken.'
        : `This session is full: all ${seats} seats are taken.`,
    );
  }
  return reasons;
}

/** Why the day cannot be booked: a blackout, already begun, or beyond the booking horizon. */
function dayReasons(request: BookingRequest, facts: BookingFacts, now: Date): string[] {
  const reasons: string[] = [];
  const blackout = facts.blackouts.find((day) => day.date === request.date);
  if (blackout) reasons.push(sentence(`DSH closed: ${blackout.reason}`));

  const today = londonToday(now);
  const start = facts.session?.start;
  const begun = start
    ? new Date(sessionStartInstant(request.date, start)).getTime() < now.getTime()
    : request.date < today;
  if (begun) {
    reasons.push(
      start
        ? `This session began at ${start} on ${formatShortDate(request.date)}, so it can no longer be booked.`
        : `${formatShortDate(request.date)} is in the past, so it can no longer be booked.`,
    );
  }

  const horizon = facts.settings.bookingHorizonDays;
  const lastDay = addDaysIso(today, horizon);
  if (request.date > lastDay) {
    reasons.push(
      `Sessions can be booked at most ${count(horizon, 'day')} ahead (up to ${formatShortDate(lastDay)}).`,
    );
  }
  return reasons;
}

/** Why the project has no booking left in that Monday-to-Sunday week. */
function weeklyLimitReasons(request: BookingRequest, facts: BookingFacts): string[] {
  const monday = weekStartOf(request.date);
  const limit = facts.settings.weeklyBookingLimitPerProject;
  const held = facts.projectWeekBookings.filter(
    (b) => standing(b) && b.projectId === request.projectId && weekStartOf(b.date) === monday,
  ).length;
  return held >= limit
    ? [
        `${facts.project.reference} already has ${count(held, 'booking')} in the week of ${formatShortDate(monday)}, its weekly limit.`,
      ]
    : [];
}

/**
 * May the person book this session for this project? `now` is the current instant: a session whose start
 * (London time) is before it is refused, and "today" (for the horizon) is London's day at `now`.
 */
export function canBook(request: BookingRequest, facts: BookingFacts, now: Date): BookingDecision {
  const reasons = [
    ...projectReasons(facts),
    ...personReasons(request, facts),
    ...sessionReasons(request, facts.session),
    ...seatReasons(request, facts),
    ...dayReasons(request, facts, now),
    ...weeklyLimitReasons(request, facts),
  ];
  return reasons.length === 0 ? { allowed: true } : { allowed: false, reasons };
}
