/**
 * Reading a period of the calendar, never the whole table. A day (its list, a session dialog) reads its
 * bookings whole through the `date` index. A week reads no booking whole that it does not name: the
 * standing bookings of each session are counted by the maintained seat counts (renderer/db/aggregates), and
 * only the few it names in each session (the session dialog lists everyone) are read, with their people and
 * projects, so however full the week, the work stays small.
 */
import type { IsoDate } from '../../../../shared/dates';
import type { Booking } from '../../../../shared/domain';
import { sessionsBetween } from '../../../../shared/domain/bookings';
import { useApp } from '../../../app/app-context';
import { seatCountsBetween } from '../../../db/aggregates/reads';
import { bookingsOfPerson, bookingsOfProject } from '../../../db/repositories/bookings';
import type { DshDatabase } from '../../../db/database';
import { getSettings } from '../../../db/repositories/settings';
import {
  allSessionTemplates,
  blackoutsBetween,
  bookingsBetween,
  namesOf,
} from '../../../db/repositories/booking-calendar';
import { isFiltered, matchesFilter, type CalendarFilter } from '../model/calendar-filter';
import { slotKey, type BoardData } from '../model/session-board';
import { useQueryFor } from './use-query-for';

/** The bookings to name: the standing ones the filter shows, at most `perSession` in each session. */
export function bookingsToName(
  bookings: readonly Booking[],
  perSession: number,
  filter: CalendarFilter = {},
): Booking[] {
  const filtered = isFiltered(filter);
  const named = new Map<string, number>();
  return bookings.filter((booking) => {
    if (booking.status !== 'booked' || (filtered && !matchesFilter(booking, filter))) return false;
    const key = `${booking.date}|${booking.sessionId}`;
    const count = named.get(key) ?? 0;
    if (count >= perSession) return false;
    named.set(key, count + 1);
    return true;
  });
}

/** Reads the period from `from` to `to` (both included), every booking whole. */
export async function loadPeriod(db: DshDatabase, from: IsoDate, to: IsoDate): Promise<BoardData> {
  const templates = await allSessionTemplates(db);
  const blackouts = await blackoutsBetween(db, from, to);
  const bookings = await bookingsBetween(db, from, to);
  const names = await namesOf(db, bookings);
  const { bookingHorizonDays: horizonDays } = await getSettings(db);
  return { templates, blackouts, bookings, names, horizonDays };
}

/** The standing bookings of the filtered project or person in the period (through their own index). */
async function filteredBookings(
  db: DshDatabase,
  from: IsoDate,
  to: IsoDate,
  filter: CalendarFilter,
): Promise<Booking[]> {
  const bookings = filter.personId
    ? await bookingsOfPerson(db, filter.personId, from, to)
    : filter.projectId
      ? await bookingsOfProject(db, filter.projectId, from, to)
      : [];
  return bookings.filter((booking) => booking.status === 'booked' && matchesFilter(booking, filter));
}

/** At most `limit` standing bookings of one session, in the `[date+sessionId]` index's order. */
function standingOfSession(
  db: DshDatabase,
  date: IsoDate,
  sessionId: string,
  limit: number,
): Promise<Booking[]> {
  return db.bookings
    .where('[date+sessionId]')
    .equals([date, sessionId])
    .filter((booking) => booking.status === 'booked')
    .limit(limit)
    .toArray();
}

/**
 * Reads a week (or any period) for the week view: each session's standing bookings counted from the
 * maintained seat counts (one range read for the period), and at most `namesPerSession` of them (those the
 * filter shows) read whole and named. When the sessions do not account for every booking of the period (one
 * in a session no longer offered that day: rare), the period is read whole, so none is left out.
 */
export async function loadWeek(
  db: DshDatabase,
  from: IsoDate,
  to: IsoDate,
  namesPerSession: number,
  filter: CalendarFilter = {},
): Promise<BoardData & { standingCount: number }> {
  const templates = await allSessionTemplates(db);
  const blackouts = await blackoutsBetween(db, from, to);
  const counts = new Map(
    (await seatCountsBetween(db, from, to)).map((row) => [slotKey(row.date, row.sessionId), row]),
  );
  const standing = new Map<string, number>();
  const toName: Promise<Booking[]>[] = [];
  let accounted = 0;
  for (const session of sessionsBetween(from, to, templates, blackouts)) {
    const count = counts.get(slotKey(session.date, session.sessionId));
    accounted += count?.total ?? 0;
    standing.set(slotKey(session.date, session.sessionId), count?.booked ?? 0);
    if (!isFiltered(filter) && namesPerSession > 0 && count && count.booked > 0) {
      toName.push(standingOfSession(db, session.date, session.sessionId, namesPerSession));
    }
  }
  const total = [...counts.values()].reduce((sum, row) => sum + row.total, 0);
  const elsewhere =
    accounted < total
      ? (await bookingsBetween(db, from, to)).filter(
          (booking) => booking.status === 'booked' && !standing.has(slotKey(booking.date, booking.sessionId)),
        )
      : [];
  const read = (await Promise.all(toName)).flat();
  const matching = isFiltered(filter)
    ? bookingsToName(await filteredBookings(db, from, to, filter), namesPerSession, filter)
    : [];
  const byId = new Map([...read, ...elsewhere, ...matching].map((booking) => [booking.id, booking]));
  const bookings = [...byId.values()];
  const names = await namesOf(db, bookings);
  const standingCount = [...standing.values()].reduce((sum, n) => sum + n, elsewhere.length);
  const { bookingHorizonDays: horizonDays } = await getSettings(db);
  return { templates, blackouts, bookings, names, standing, standingCount, horizonDays };
}

/** A day's data, every booking whole, live; undefined until the day asked for has been read. */
export function usePeriod(from: IsoDate, to: IsoDate): BoardData | undefined {
  const { db } = useApp();
  return useQueryFor(`${from}|${to}`, () => loadPeriod(db, from, to), [db]);
}

/** A week's data for the week view, live; undefined until the week (and filter) asked for has been read. */
export function useWeek(
  monday: IsoDate,
  sunday: IsoDate,
  namesPerSession: number,
  filter: CalendarFilter,
): (BoardData & { standingCount: number }) | undefined {
  const { db } = useApp();
  const key = JSON.stringify([monday, sunday, namesPerSession, filter]);
  return useQueryFor(key, () => loadWeek(db, monday, sunday, namesPerSession, filter), [db]);
}
