/** The concrete sessions of a day or a period: the weekly session templates laid on the calendar. */
import type { IsoDate } from '../../dates';
import type { BlackoutDate, SessionTemplate } from '../schemas/sessions';
import { eachDay, isoWeekdayOf } from './calendar';

/** One session on one day, as the calendar shows it; `blackout` is the reason when the DSH is closed. */
export type DaySession = {
  date: IsoDate;
  /** The SessionTemplate id (what a booking's `sessionId` holds). */
  sessionId: string;
  start: string;
  end: string;
  seats: number;
  label: string;
  blackout?: string;
};

/** The session as people say it: "Morning (09:00–13:00)", or "09:00–13:00" without a label. */
export function describeSession(session: Pick<SessionTemplate, 'start' | 'end' | 'label'>): string {
  const times = `${session.start}–${session.end}`;
  return session.label ? `${session.label} (${times})` : times;
}

/** The label a calendar shows: the template's label, or its times. */
function labelOf(template: SessionTemplate): string {
  return template.label || `${template.start}–${template.end}`;
}

/** The active templates held on a weekday, earliest first. */
function templatesOn(weekday: number, templates: readonly SessionTemplate[]): SessionTemplate[] {
  return templates
    .filter((template) => template.active && template.weekday === weekday)
    .sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
}

function toDaySession(date: IsoDate, template: SessionTemplate, blackout: string | undefined): DaySession {
  const session: DaySession = {
    date,
    sessionId: template.id,
    start: template.start,
    end: template.end,
    seats: template.seats,
    label: labelOf(template),
  };
  if (blackout !== undefined) session.blackout = blackout;
  return session;
}

/** The sessions held on a day (active templates of its weekday), each marked when the day is blacked out. */
export function sessionsOn(
  date: IsoDate,
  templates: readonly SessionTemplate[],
  blackouts: readonly Pick<BlackoutDate, 'date' | 'reason'>[],
): DaySession[] {
  const blackout = blackouts.find((day) => day.date === date)?.reason;
  return templatesOn(isoWeekdayOf(date), templates).map((template) => toDaySession(date, template, blackout));
}

/** The sessions of every day from `from` to `to` (both included), in date and time order. */
export function sessionsBetween(
  from: IsoDate,
  to: IsoDate,
  templates: readonly SessionTemplate[],
  blackouts: readonly Pick<BlackoutDate, 'date' | 'reason'>[],
): DaySession[] {
  const byWeekday = new Map<number, SessionTemplate[]>();
  for (let weekday = 1; weekday <= 7; weekday++) byWeekday.set(weekday, templatesOn(weekday, templates));
  const closed = new Map(blackouts.map((day) => [day.date, day.reason]));
  return eachDay(from, to).flatMap((date) =>
    (byWeekday.get(isoWeekdayOf(date)) ?? []).map((template) =>
      toDaySession(date, template, closed.get(date)),
    ),
  );
}
