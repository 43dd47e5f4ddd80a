/**
 * The sessions of some days with their seats and bookings, as the week view and the day list show them.
 * Pure: it lays out what the data layer read. A booking in a session no longer offered that day (its
 * template was changed or stopped) is still shown, in a session of its own, so no booking is ever hidden.
 */
import { addDaysIso, londonToday, type IsoDate } from '../../../../shared/dates';
import type { BlackoutDate, Booking, SessionTemplate } from '../../../../shared/domain';
import {
  occupancy,
  sessionStartInstant,
  sessionsBetween,
  type DaySession,
} from '../../../../shared/domain/bookings';
import type { BookingNames } from '../../../db/repositories/booking-calendar';
import { matchesFilter, type CalendarFilter } from './calendar-filter';

/** One booking with the names the calendar shows. */
export type BookingEntry = {
  booking: Booking;
  personName: string;
  projectReference: string;
  projectTitle: string;
  /** Shown by the filter. */
  matches: boolean;
  /** The person's name was read (a week reads only a few names per session). */
  named: boolean;
};

/** One session of one day: seats, standing bookings (by name) and the cancelled ones. */
export type SessionSlot = {
  session: DaySession;
  taken: number;
  free: number;
  full: boolean;
  /** The session has begun: it can no longer be booked. */
  past: boolean;
  /** The day is beyond the booking horizon: its seats cannot be booked yet (not "free"). */
  notYetBookable: boolean;
  /** False when the booking's session is no longer offered that day. */
  offered: boolean;
  booked: BookingEntry[];
  cancelled: BookingEntry[];
};

/** The data one board is laid out from. */
export type BoardData = {
  templates: readonly SessionTemplate[];
  blackouts: readonly Pick<BlackoutDate, 'date' | 'reason'>[];
  /** The bookings read whole: every one of the period, or (a week) only those it names. */
  bookings: readonly Booking[];
  names: BookingNames;
  /**
   * Standing bookings per session (`date|sessionId`), counted through the indexes, when `bookings` does not
   * hold every booking of the period; a session not counted here is counted from `bookings`.
   */
  standing?: ReadonlyMap<string, number>;
  /** Settings → Booking limits: how many days ahead a session can be booked (no limit shown when absent). */
  horizonDays?: number;
};

/** The key of one session of one day, as `BoardData.standing` holds it. */
export const slotKey = (date: IsoDate, sessionId: string) => `${date}|${sessionId}`;

function entryOf(booking: Booking, names: BookingNames, filter: CalendarFilter): BookingEntry {
  const project = names.projects.get(booking.projectId);
  const person = names.people.get(booking.personId);
  return {
    booking,
    named: person !== undefined,
    personName: person?.name ?? 'Unknown person',
    projectReference: project?.reference ?? 'Unknown project',
    projectTitle: project?.title ?? '',
    matches: matchesFilter(booking, filter),
  };
}

/** A session for a booking whose session is not offered that day (from its template, if it still exists). */
function unofferedSession(booking: Booking, data: BoardData): DaySession {
  const template = data.templates.find((t) => t.id === booking.sessionId);
  const blackout = data.blackouts.find((b) => b.date === booking.date)?.reason;
  return {
    date: booking.date,
    sessionId: booking.sessionId,
    start: template?.start ?? '00:00',
    end: template?.end ?? '23:59',
    seats: template?.seats ?? 0,
    label: template ? template.label || `${template.start}–${template.end}` : 'Session no longer offered',
    ...(blackout !== undefined ? { blackout } : {}),
  };
}

/** Named people first (a week names only a few per session), each group by name. */
const byName = (a: BookingEntry, b: BookingEntry) =>
  Number(b.named) - Number(a.named) || a.personName.localeCompare(b.personName);

/** Every session from `from` to `to`, in date and time order, with its seats and bookings at `now`. */
export function sessionBoard(
  from: IsoDate,
  to: IsoDate,
  data: BoardData,
  filter: CalendarFilter,
  now: Date,
): SessionSlot[] {
  const sessions = sessionsBetween(from, to, data.templates, data.blackouts);
  const lastBookable =
    data.horizonDays === undefined ? undefined : addDaysIso(londonToday(now), data.horizonDays);
  const offered = new Set(sessions.map((s) => slotKey(s.date, s.sessionId)));
  const extra = new Map<string, DaySession>();
  for (const booking of data.bookings) {
    const key = slotKey(booking.date, booking.sessionId);
    if (booking.date < from || booking.date > to || offered.has(key) || extra.has(key)) continue;
    extra.set(key, unofferedSession(booking, data));
  }
  const all = [...sessions, ...extra.values()].sort(
    (a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start) || a.end.localeCompare(b.end),
  );
  const cancelled = new Map<string, BookingEntry[]>();
  for (const booking of data.bookings) {
    if (booking.status !== 'cancelled') continue;
    const key = slotKey(booking.date, booking.sessionId);
    cancelled.set(key, [...(cancelled.get(key) ?? []), entryOf(booking, data.names, filter)]);
  }
  return occupancy(all, data.bookings).map(({ session, bookings, ...seats }) => {
    const counted = data.standing?.get(slotKey(session.date, session.sessionId));
    const taken = counted ?? seats.taken;
    return {
      session,
      taken,
      free: Math.max(0, session.seats - taken),
      full: taken >= session.seats,
      past: Date.parse(sessionStartInstant(session.date, session.start)) < now.getTime(),
      notYetBookable: lastBookable !== undefined && session.date > lastBookable,
      offered: offered.has(slotKey(session.date, session.sessionId)),
      booked: bookings.map((booking) => entryOf(booking, data.names, filter)).sort(byName),
      cancelled: (cancelled.get(slotKey(session.date, session.sessionId)) ?? []).sort(byName),
    };
  });
}

/** A row of the week view: sessions held at the same times under the same name. */
export type WeekRow = { key: string; label: string; start: string; end: string };

/** The row a session belongs in. */
export function rowKeyOf(session: Pick<DaySession, 'start' | 'end' | 'label'>): string {
  return `${session.start}|${session.end}|${session.label}`;
}

/** The week view: its day columns, its session rows, and the slot of each (row, day), if any. */
export type WeekGrid = {
  days: IsoDate[];
  rows: WeekRow[];
  slot: (rowKey: string, day: IsoDate) => SessionSlot | undefined;
};

/**
 * Lays out a week's slots: a column for every weekday Monday to Friday, and for Saturday and Sunday only
 * when they hold a session; a row for every distinct session (times and name), earliest first.
 */
export function weekGrid(days: readonly IsoDate[], slots: readonly SessionSlot[]): WeekGrid {
  const withSessions = new Set(slots.map((slot) => slot.session.date));
  const shown = days.filter((day, i) => i < 5 || withSessions.has(day));
  const rows = new Map<string, WeekRow>();
  const bySlot = new Map<string, SessionSlot>();
  for (const slot of slots) {
    const key = rowKeyOf(slot.session);
    if (!rows.has(key)) {
      const { label, start, end } = slot.session;
      rows.set(key, { key, label, start, end });
    }
    bySlot.set(`${key}#${slot.session.date}`, slot);
  }
  const sorted = [...rows.values()].sort(
    (a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.label.localeCompare(b.label),
  );
  return { days: shown, rows: sorted, slot: (rowKey, day) => bySlot.get(`${rowKey}#${day}`) };
}
