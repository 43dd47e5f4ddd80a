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

/** The UTC instants a session of a day starts and ends. */
export function sessionInterval(session: { date: IsoDate; start: string; end: string }): {
  start: IsoInstant;
  end: IsoInstant;
} {
  return {
    start: sessionStartInstant(session.date, session.start),
    end: sessionStartInstant(session.date, session.end),
  };
}
