/** How full each day of a month is: seats offered and booked, closures, and the filtered bookings. Pure. */
import type { IsoDate } from '../../../../shared/dates';
import type { BlackoutDate, SessionTemplate } from '../../../../shared/domain';
import { monthGrid, sessionsOn } from '../../../../shared/domain/bookings';

/** One day of the month overview. */
export type MonthDay = {
  date: IsoDate;
  /** False for the days of the weeks before and after that fill the grid. */
  inMonth: boolean;
  sessions: number;
  seats: number;
  booked: number;
  /** The blackout's reason when the DSH is closed that day. */
  closed?: string;
  /** The filtered project's or person's standing bookings that day (when a filter is set). */
  filtered?: number;
};

/** What the overview is made from. */
export type MonthData = {
  templates: readonly SessionTemplate[];
  blackouts: readonly Pick<BlackoutDate, 'date' | 'reason'>[];
  /** Booked seats per day (cancelled bookings excluded). */
  booked: ReadonlyMap<IsoDate, number>;
  /** Standing bookings per day of the filtered project or person; undefined without a filter. */
  filtered?: ReadonlyMap<IsoDate, number>;
};

/** The weeks (Monday to Sunday) that cover the month holding `day`, each day with its seats and bookings. */
export function monthOverview(day: IsoDate, data: MonthData): MonthDay[][] {
  const month = day.slice(0, 7);
  return monthGrid(day).map((week) =>
    week.map((date) => {
      const sessions = sessionsOn(date, data.templates, data.blackouts);
      const closed = sessions[0]?.blackout ?? data.blackouts.find((b) => b.date === date)?.reason;
      const entry: MonthDay = {
        date,
        inMonth: date.slice(0, 7) === month,
        sessions: sessions.length,
        seats: closed === undefined ? sessions.reduce((sum, s) => sum + s.seats, 0) : 0,
        booked: data.booked.get(date) ?? 0,
      };
      if (closed !== undefined) entry.closed = closed;
      if (data.filtered) entry.filtered = data.filtered.get(date) ?? 0;
      return entry;
    }),
  );
}

/** How full a day is, from 0 to 1 (0 when no seat is offered). */
export function fullness(day: Pick<MonthDay, 'seats' | 'booked'>): number {
  return day.seats === 0 ? 0 : Math.min(1, day.booked / day.seats);
}

/** A word for how full a day is, so fullness is never told by colour alone. */
export function fullnessBand(day: Pick<MonthDay, 'seats' | 'booked'>): 'none' | 'quiet' | 'busy' | 'full' {
  if (day.seats === 0) return 'none';
  const share = fullness(day);
  return share >= 1 ? 'full' : share >= 0.7 ? 'busy' : 'quiet';
}
