/**
 * The readiness forecast of the calendar: a booking still standing, on today or later, whose person will
 * not be ready on its day (training lapsing before it, access revoked, no longer a member). Booking checks
 * readiness when the booking is made; training and access go on changing after that, so the calendar and the
 * dashboard ask again for every future booking.
 *
 * Decisions: readiness is asked ON THE BOOKING'S DAY with the same rule as booking itself (`readinessOf`), so
 * a training valid up to and including that day does not flag it. Past bookings are history and never
 * flagged. `renewTraining` says whether a renewal of training would cure it (the e-mail the officer sends).
 */
import { type IsoDate } from '../../dates';
import type { RuleSettings } from '../facts';
import { accessReasons, trainingReasons, validTraining } from '../readiness';
import type { Booking } from '../schemas/booking';
import type { Membership } from '../schemas/membership';
import type { TrainingRecord } from '../schemas/training';

/** A future booking whose person will not be ready on its day, and why. */
export interface BookingAtRisk {
  booking: Booking;
  /** The plain reasons, as booking would give them on that day. */
  reasons: string[];
  /** True when the person's training will have lapsed by then (a renewal e-mail helps). */
  renewTraining: boolean;
  /** The last day the person's NHS DSA Level 1 is valid, as of today (undefined: none valid today). */
  dsaValidUntil?: IsoDate;
}

/** Whether `booking` is at risk: undefined when it is past, cancelled, or its person will be ready that day. */
export function bookingForecast(
  booking: Booking,
  membership: Membership | undefined,
  trainings: readonly TrainingRecord[],
  today: IsoDate,
  settings?: RuleSettings,
  who = 'This person',
): BookingAtRisk | undefined {
  if (booking.status !== 'booked' || booking.date < today) return undefined;
  // Not ready = the reasons `readinessOf` gives (training, then access), asked once each: whether a ready
  // person's training is "expiring" never matters here, so it is not worked out for every booking.
  const lapsed = trainingReasons(booking.personId, trainings, booking.date, settings, who);
  const reasons = membership
    ? [...lapsed, ...accessReasons(membership, booking.date, who)]
    : [`${who} is no longer a member of the project.`, ...lapsed];
  if (reasons.length === 0) return undefined;
  const dsaValidUntil = validTraining(
    booking.personId,
    'nhs-dsa-level-1',
    trainings,
    today,
    settings,
  )?.validUntil;
  return { booking, reasons, renewTraining: lapsed.length > 0, ...(dsaValidUntil ? { dsaValidUntil } : {}) };
}

/** What the forecast is asked over: the bookings, their memberships and their people's training. */
export interface ForecastData {
  bookings: readonly Booking[];
  /** Memberships of the bookings' people on the bookings' projects. */
  memberships: readonly Membership[];
  /** Every training record of the bookings' people. */
  trainings: readonly TrainingRecord[];
  settings?: RuleSettings;
  /** The person's name for the reasons ("Anna Nowak has no NHS DSA…"); "This person" when unknown. */
  nameOf?: (personId: string) => string | undefined;
}

/** Every booking of `data` at risk on its day, earliest first (then by person, so the order is total). */
export function bookingsAtRisk(data: ForecastData, today: IsoDate): BookingAtRisk[] {
  const memberships = new Map(data.memberships.map((m) => [`${m.projectId}|${m.personId}`, m]));
  const trainingsOf = new Map<string, TrainingRecord[]>();
  for (const record of data.trainings) {
    const ofPerson = trainingsOf.get(record.personId);
    if (ofPerson) ofPerson.push(record);
    else trainingsOf.set(record.personId, [record]);
  }
  return data.bookings
    .flatMap((booking) => {
      const membership = memberships.get(`${booking.projectId}|${booking.personId}`);
      const who = data.nameOf?.(booking.personId) ?? 'This person';
      const trainings = trainingsOf.get(booking.personId) ?? [];
      return bookingForecast(booking, membership, trainings, today, data.settings, who) ?? [];
    })
    .sort(
      (a, b) =>
        a.booking.date.localeCompare(b.booking.date) ||
        a.booking.sessionId.localeCompare(b.booking.sessionId) ||
        a.booking.personId.localeCompare(b.booking.personId) ||
        a.booking.id.localeCompare(b.booking.id),
    );
}
