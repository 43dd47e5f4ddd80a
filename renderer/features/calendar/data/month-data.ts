/** Reading a month overview: booked seats per day as index counts, and the filtered bookings per day. */
import { useLiveQuery } from 'dexie-react-hooks';
import { addDaysIso, type IsoDate } from '../../../../shared/dates';
import { monthGrid } from '../../../../shared/domain/bookings';
import { useApp } from '../../../app/app-context';
import type { DshDatabase } from '../../../db/database';
import {
  allSessionTemplates,
  blackoutsBetween,
  bookedSeatsPerDay,
} from '../../../db/repositories/booking-calendar';
import { bookingsOfPerson, bookingsOfProject } from '../../../db/repositories/bookings';
import { matchesFilter, type CalendarFilter } from '../model/calendar-filter';
import type { MonthData } from '../model/month-overview';

/** A month's data, labelled with the month and filter it was read for. */
export type MonthOverviewData = MonthData & { month: IsoDate; filterKey: string };

/** The standing bookings per day of the filtered project or person (through their own indexes). */
async function filteredPerDay(
  db: DshDatabase,
  filter: CalendarFilter,
  from: IsoDate,
  to: IsoDate,
): Promise<Map<IsoDate, number> | undefined> {
  const bookings = filter.personId
    ? await bookingsOfPerson(db, filter.personId, from, to)
    : filter.projectId
      ? await bookingsOfProject(db, filter.projectId, from, to)
      : undefined;
  if (!bookings) return undefined;
  const counts = new Map<IsoDate, number>();
  for (const booking of bookings) {
    if (booking.status !== 'booked' || !matchesFilter(booking, filter)) continue;
    counts.set(booking.date, (counts.get(booking.date) ?? 0) + 1);
  }
  return counts;
}

/** Reads the overview of the month that holds `month` (its first day). */
export async function loadMonth(
  db: DshDatabase,
  month: IsoDate,
  filter: CalendarFilter,
): Promise<MonthOverviewData> {
  const days = monthGrid(month).flat();
  const from = days[0]!;
  const to = days.at(-1) ?? addDaysIso(from, 41);
  const templates = await allSessionTemplates(db);
  const blackouts = await blackoutsBetween(db, from, to);
  const booked = await bookedSeatsPerDay(db, days);
  const filtered = await filteredPerDay(db, filter, from, to);
  return {
    month,
    filterKey: JSON.stringify(filter),
    templates,
    blackouts,
    booked,
    ...(filtered ? { filtered } : {}),
  };
}

/** The month's overview data, live; undefined until the month (and filter) asked for has been read. */
export function useMonth(month: IsoDate, filter: CalendarFilter): MonthOverviewData | undefined {
  const { db } = useApp();
  const key = JSON.stringify(filter);
  const data = useLiveQuery(() => loadMonth(db, month, filter), [db, month, key]);
  return data && data.month === month && data.filterKey === key ? data : undefined;
}
