/**
 * Setting up sessions once: copying one weekday's sessions to other weekdays, and the team's normal week
 * (saved from the sessions offered now, applied again later). Pure plans; the repository writes them.
 * A session is the same session when its weekday, start and end agree.
 */
import type {
  NormalWeek,
  NormalWeekSession,
  SessionTemplate,
  SessionTemplateForm,
} from '../schemas/sessions';
import { weekdayName } from './calendar';
import { describeSession } from './sessions';

type SessionTimes = Pick<SessionTemplate, 'weekday' | 'start' | 'end'>;
const sameSession = (a: SessionTimes, b: SessionTimes) =>
  a.weekday === b.weekday && a.start === b.start && a.end === b.end;
const byDayAndTime = (a: SessionTimes, b: SessionTimes) =>
  a.weekday - b.weekday || a.start.localeCompare(b.start) || a.end.localeCompare(b.end);

/** "Tuesday Morning (09:00–13:00)". */
export function sessionOnDay(session: Pick<SessionTemplate, 'weekday' | 'start' | 'end' | 'label'>): string {
  return `${weekdayName(session.weekday)} ${describeSession(session)}`;
}

/** What copying a day adds, and the sessions it leaves because the target day already holds them. */
export type DayCopyPlan = { add: SessionTemplateForm[]; alreadyThere: SessionTemplateForm[] };

/**
 * Copies the offered sessions of `fromWeekday` to each of `toWeekdays`. Sessions already on a target day
 * are kept as they are; a session with the same times there is not added twice.
 */
export function planDayCopy(
  templates: readonly SessionTemplate[],
  fromWeekday: number,
  toWeekdays: readonly number[],
): DayCopyPlan {
  const source = templates.filter((t) => t.active && t.weekday === fromWeekday).sort(byDayAndTime);
  const plan: DayCopyPlan = { add: [], alreadyThere: [] };
  for (const weekday of [...toWeekdays].sort((a, b) => a - b)) {
    for (const session of source) {
      const copy: SessionTemplateForm = {
        weekday,
        start: session.start,
        end: session.end,
        seats: session.seats,
        label: session.label ?? '',
        active: true,
      };
      (templates.some((t) => sameSession(t, copy)) ? plan.alreadyThere : plan.add).push(copy);
    }
  }
  return plan;
}

/** The normal week as the sessions offered now (weekday and time order). */
export function normalWeekOf(templates: readonly SessionTemplate[]): NormalWeek {
  return templates
    .filter((t) => t.active)
    .sort(byDayAndTime)
    .map(({ weekday, start, end, seats, label }) => ({ weekday, start, end, seats, label: label ?? '' }));
}

/** The week a DSH starts from before saving its own: Monday to Friday, 09:00–13:00 and 13:00–17:00, 6 seats. */
export const STARTER_WEEK: NormalWeek = [1, 2, 3, 4, 5].flatMap((weekday) => [
  { weekday, start: '09:00', end: '13:00', seats: 6, label: 'Morning' },
  { weekday, start: '13:00', end: '17:00', seats: 6, label: 'Afternoon' },
]);

/** A session changed to match the normal week: the stored one and what it becomes. */
export type SessionChange = { session: SessionTemplate; to: SessionTemplateForm };

/** What applying the normal week does: sessions added, changed (seats, name, offered again), stopped. */
export type NormalWeekPlan = { add: SessionTemplateForm[]; change: SessionChange[]; stop: SessionTemplate[] };

const formOf = (session: NormalWeekSession): SessionTemplateForm => ({ ...session, active: true });

/**
 * Makes the sessions the normal week: its sessions that are missing are added; one set up with other seats
 * or name, or not offered, is changed; an offered session outside it stops being offered (never deleted,
 * so its bookings stay, and ticking "Offered" brings it back).
 */
export function planNormalWeek(templates: readonly SessionTemplate[], week: NormalWeek): NormalWeekPlan {
  const plan: NormalWeekPlan = { add: [], change: [], stop: [] };
  for (const wanted of [...week].sort(byDayAndTime)) {
    const matches = templates.filter((t) => sameSession(t, wanted));
    const current = matches.find((t) => t.active) ?? matches[0];
    if (!current) {
      plan.add.push(formOf(wanted));
      continue;
    }
    const to = formOf(wanted);
    if (!current.active || current.seats !== to.seats || (current.label ?? '') !== to.label) {
      plan.change.push({ session: current, to });
    }
  }
  plan.stop = templates
    .filter((t) => t.active && !week.some((wanted) => sameSession(t, wanted)))
    .sort(byDayAndTime);
  return plan;
}

/** True when applying the plan would change nothing. */
export function isEmptyWeekPlan(plan: NormalWeekPlan): boolean {
  return plan.add.length + plan.change.length + plan.stop.length === 0;
}
