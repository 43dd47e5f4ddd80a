/**
 * Booking utilisation of the core connection per ISO week (Monday to Sunday): seats booked ÷ seats offered.
 *
 * Seats offered on a day are the seats of the ACTIVE session templates of its weekday, none on a blackout
 * day. Templates have no history, so past weeks are measured against today's templates. Seats booked are the
 * bookings that stand (status booked) on a day of the week; a booking left standing where no seat is offered
 * any more still counts, so the share can exceed 1, which tells the officer something is wrong.
 */
import type { IsoDate } from '../../dates';
import type { Booking } from '../schemas/booking';
import type { BlackoutDate, SessionTemplate } from '../schemas/sessions';
import { isoWeekLabel, isoWeekday, plusDays, weeksIn, type DateRange } from './calendar';
import { ratioOf } from './statistics';
import type { ReportColumn, ReportTable } from './table';

/** One week of the core connection. */
export interface UtilisationWeekRow {
  /** `2026-W48`. */
  week: string;
  /** Its Monday. */
  weekStart: IsoDate;
  offered: number;
  booked: number;
  /** booked ÷ offered; null in a week with no seats offered. */
  utilisation: number | null;
}

const COLUMNS: readonly ReportColumn<UtilisationWeekRow>[] = [
  { key: 'week', label: 'Week', kind: 'week' },
  { key: 'weekStart', label: 'Week commencing', kind: 'date' },
  { key: 'offered', label: 'Seats offered', kind: 'count' },
  { key: 'booked', label: 'Seats booked', kind: 'count' },
  { key: 'utilisation', label: 'Utilisation', kind: 'share' },
];

/** Seats offered on each weekday (1 = Monday … 7 = Sunday) by the active session templates. */
function seatsPerWeekday(sessionTemplates: readonly SessionTemplate[]): number[] {
  const seats = [0, 0, 0, 0, 0, 0, 0, 0];
  for (const session of sessionTemplates) {
    if (session.active) seats[session.weekday] = (seats[session.weekday] ?? 0) + session.seats;
  }
  return seats;
}

/** Per ISO week of the range (whole weeks): seats offered, seats booked, and their ratio. */
export function bookingUtilisationPerWeek(
  bookings: readonly Pick<Booking, 'date' | 'status'>[],
  sessionTemplates: readonly SessionTemplate[],
  blackouts: readonly Pick<BlackoutDate, 'date'>[],
  weeks: DateRange,
): ReportTable<UtilisationWeekRow> {
  const seats = seatsPerWeekday(sessionTemplates);
  const blackout = new Set(blackouts.map((day) => day.date));
  const bookedOn = new Map<IsoDate, number>();
  for (const booking of bookings) {
    if (booking.status === 'booked') bookedOn.set(booking.date, (bookedOn.get(booking.date) ?? 0) + 1);
  }
  const rows = weeksIn(weeks).map((weekStart): UtilisationWeekRow => {
    let offered = 0;
    let booked = 0;
    for (let offset = 0; offset < 7; offset++) {
      const day = plusDays(weekStart, offset);
      if (!blackout.has(day)) offered += seats[isoWeekday(day)] ?? 0;
      booked += bookedOn.get(day) ?? 0;
    }
    return {
      week: isoWeekLabel(weekStart),
      weekStart,
      offered,
      booked,
      utilisation: ratioOf(booked, offered),
    };
  });
  return { columns: COLUMNS, rows };
}
