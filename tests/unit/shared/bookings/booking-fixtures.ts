/**
 * A booking that every rule allows, and builders for the sessions and bookings around it, so that a test can
 * break one thing at a time. Dr A Smith (the lead of DSH-2026-014) asks on Wednesday 25/11/2026 at 10:00
 * for the Morning session (09:00–13:00, 6 seats) of Monday 30/11/2026.
 */
import type { IsoDate } from '../../../../shared/dates';
import {
  DEFAULT_SETTINGS,
  type Booking,
  type SessionTemplate,
  type TrainingRecord,
} from '../../../../shared/domain';
import { isoWeekdayOf, type BookingFacts, type BookingRequest } from '../../../../shared/domain/bookings';
import {
  IDS,
  aMembership,
  aProject,
  aTraining,
  fixtureId,
  recordBase,
  theCoreConnection,
  theTrainings,
} from '../../../helpers/domain-fixtures';

/** The instant the booking is asked for: Wednesday 25/11/2026, 10:00 in London (GMT). */
export const NOW = new Date('2026-11-25T10:00:00.000Z');
/** The Monday of the session asked for. */
export const MONDAY: IsoDate = '2026-11-30';
/** The id of the Morning session template. */
export const MORNING = fixtureId(1001);
/** The id of the Afternoon session template. */
export const AFTERNOON = fixtureId(1002);

/** A session template: Monday morning, 09:00–13:00, 6 seats, by default. */
export function aSession(overrides: Partial<SessionTemplate> = {}): SessionTemplate {
  return {
    ...recordBase(MORNING),
    weekday: 1,
    start: '09:00',
    end: '13:00',
    seats: 6,
    label: 'Morning',
    active: true,
    ...overrides,
  };
}

/** The Morning and Afternoon sessions of every weekday, Monday to Friday (ids vary by weekday). */
export function weekdaySessions(): SessionTemplate[] {
  return [1, 2, 3, 4, 5].flatMap((weekday) => [
    aSession({ ...recordBase(fixtureId(1000 + weekday * 10 + 1)), weekday }),
    aSession({
      ...recordBase(fixtureId(1000 + weekday * 10 + 2)),
      weekday,
      start: '13:00',
      end: '17:00',
      label: 'Afternoon',
    }),
  ]);
}

/** Booking number `n` (its id and person id derive from `n`): by default of the project, Monday morning. */
export function aBooking(n: number, overrides: Partial<Booking> = {}): Booking {
  return {
    ...recordBase(fixtureId(5000 + n)),
    personId: fixtureId(3000 + n),
    projectId: IDS.project,
    date: MONDAY,
    sessionId: MORNING,
    status: 'booked',
    ...overrides,
  };
}

/** `count` standing bookings numbered from `first`, each with `overrides`. */
export function bookings(count: number, overrides: Partial<Booking> = {}, first = 1): Booking[] {
  return Array.from({ length: count }, (_, i) => aBooking(first + i, overrides));
}

/** Training and an access form of the lead that are valid all through 2026 (for sessions early in the year). */
export function readyAllYear(): Pick<BookingFacts, 'membership' | 'trainings'> {
  const trainings: TrainingRecord[] = [
    aTraining({
      id: fixtureId(631),
      kind: 'dsh-environment',
      completedOn: '2025-12-01',
      evidenceReference: undefined,
    }),
    aTraining({ id: fixtureId(632), completedOn: '2025-12-01', expiresOn: '2027-12-01' }),
  ];
  const membership = aMembership({
    accessForm: { signedOn: '2025-12-02', formVersion: 'v3' },
    accessGranted: { on: '2025-12-03', by: IDS.officer },
  });
  return { membership, trainings };
}

/** A request and the facts that allow it; the session is moved to the weekday of `date` when one is given. */
export function allowedBooking(date: IsoDate = MONDAY): { request: BookingRequest; facts: BookingFacts } {
  return {
    request: { projectId: IDS.project, personId: IDS.lead, date, sessionId: MORNING },
    facts: {
      project: aProject({ stage: 'active', stageEnteredAt: { enquiry: '2026-02-01', active: '2026-07-10' } }),
      connectionType: theCoreConnection(),
      membership: aMembership(),
      trainings: theTrainings(),
      personName: 'Dr A Smith',
      settings: DEFAULT_SETTINGS,
      session: aSession({ weekday: isoWeekdayOf(date) }),
      sessionBookings: [],
      personDayBookings: [],
      projectWeekBookings: [],
      blackouts: [],
    },
  };
}
