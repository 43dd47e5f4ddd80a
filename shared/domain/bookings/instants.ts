/**
 * When a session happens, as UTC instants. Sessions are set in London wall-clock time ("09:00"), which is
 * 09:00Z in winter (GMT) and 08:00Z in summer (BST); TZDate does the zone arithmetic, so the result does not
 * depend on the zone of the machine the app runs on.
 */
import { TZDate } from '@date-fns/tz';
import { DSH_TIME_ZONE, type IsoDate, type IsoInstant } from '../../dates';

/** The UTC instant of a London wall-clock time (`HH:mm`) on a day: ('2026-03-30', '09:00') → 08:00Z. */
export function sessionStartInstant(day: IsoDate, time: string): IsoInstant {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const london = new TZDate(year, month - 1, date, hours, minutes, DSH_TIME_ZONE);
  return new Date(london.getTime()).toISOString();
}

/**
 * The London hour in which the clocks change: they go from 01:00 GMT to 02:00 BST on the last Sunday of March
 * (01:00–01:59 does not exist that day) and from 02:00 BST back to 01:00 GMT on the last Sunday of October
 * (01:00–01:59 happens twice). A session set to start or end in it has no one time on those days.
 */
export const CLOCK_CHANGE_HOUR = { from: '01:00', until: '02:00' } as const;

/**
 * True when a London wall-clock time (`HH:mm`) falls in the clock-change hour, so that on some day of the
 * year it is skipped or happens twice. It holds on every weekday, not only on Sundays, so it does not depend
 * on which Sundays the law picks; and no DSH runs a session at that hour.
 */
export function fallsInClockChange(time: string): boolean {
  return time >= CLOCK_CHANGE_HOUR.from && time < CLOCK_CHANGE_HOUR.until;
}
