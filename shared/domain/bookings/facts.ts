/**
 * What a booking asks for, and the plain data the booking rules read, gathered by the caller (e.g. from the
 * database), so that the rules stay pure functions of their inputs.
 */
import type { IsoDate } from '../../dates';
import type { Booking } from '../schemas/booking';
import type { ConnectionType } from '../schemas/catalogue';
import type { Membership } from '../schemas/membership';
import type { Project } from '../schemas/project';
import type { BlackoutDate, SessionTemplate } from '../schemas/sessions';
import type { SettingsForm } from '../schemas/settings';
import type { TrainingRecord } from '../schemas/training';

/** A person asking for a seat in one session of one day, for one project. */
export type BookingRequest = {
  projectId: string;
  personId: string;
  date: IsoDate;
  /** The SessionTemplate id. */
  sessionId: string;
};

/** The parts of a booking the rules count (a whole Booking will do). */
export type BookingSlot = Pick<Booking, 'id' | 'personId' | 'projectId' | 'date' | 'sessionId' | 'status'>;

/** The settings the booking rules read (the Settings record will do). */
export type BookingSettings = Pick<
  SettingsForm,
  'bookingHorizonDays' | 'weeklyBookingLimitPerProject' | 'dsaValidityMonths'
>;

/** The project, person and session facts shared by every session a person might book. */
export type BookingParticipantFacts = {
  project: Pick<Project, 'id' | 'reference' | 'stage' | 'status'>;
  /** The project's connection type (undefined when none is chosen). */
  connectionType: Pick<ConnectionType, 'name' | 'needsBooking'> | undefined;
  /** The person's membership of the project, or undefined when they are not a member. */
  membership: Membership | undefined;
  /** At least the person's training records. */
  trainings: readonly TrainingRecord[];
  /** The person's name, for the reasons ("Dr A Smith is already booked…"). */
  personName: string;
  settings: BookingSettings;
};

/**
 * Everything `canBook` reads about one request. The booking lists may hold more than they must (they are
 * filtered again); only bookings with status `booked` count.
 */
export type BookingFacts = BookingParticipantFacts & {
  /** The template of the requested session (undefined when it no longer exists). */
  session: SessionTemplate | undefined;
  /** At least the bookings of that date and session. */
  sessionBookings: readonly BookingSlot[];
  /** At least the person's bookings of that date (optional: `sessionBookings` already shows a double booking). */
  personDayBookings?: readonly BookingSlot[];
  /** At least the project's bookings of that Monday-to-Sunday week. */
  projectWeekBookings: readonly BookingSlot[];
  /** The blackout dates (at least the one on that date, if any). */
  blackouts: readonly Pick<BlackoutDate, 'date' | 'reason'>[];
};

/** May this booking be made? When not, every reason, in plain words. */
export type BookingDecision = { allowed: true } | { allowed: false; reasons: string[] };
