/**
 * The Monday briefing: what is due in one week, in the five groups an officer plans by (trainings expiring,
 * forms missing, projects ending, closures open, bookings), plus the bookings whose person will not be ready
 * on the day. Built from the dashboard's action list (`actionItems` of the day it is made), the week's
 * standing bookings and the readiness forecast; the screen and the PDF print the same sections.
 *
 * Decisions: a deadline belongs to the week when it falls by the week's Sunday, so what is already overdue
 * stays listed until it is dealt with; acknowledging a reminder never hides it here (it is marked instead),
 * since the briefing is the week's plan, not the inbox. Bookings are summarised per day and session (a
 * week's bookings are bounded by seats, but a list of every name is not what a morning meeting reads);
 * bookings at risk are listed one by one.
 */
import { formatLongDate } from '../../dates';
import { weekdayName, isoWeekdayOf } from '../bookings/calendar';
import type { BookingAtRisk } from '../bookings/forecast';
import type { ActionItem, ActionKind, ActionTarget } from '../reports/action-types';
import type { Severity } from '../reports/deadlines';
import type { Booking } from '../schemas/booking';
import { dueByWeekEnd, type BriefingWeek } from './week';

/** The sections of a briefing, in the order they are printed. */
export const BRIEFING_SECTIONS = [
  {
    id: 'training',
    title: 'Trainings expiring',
    empty: 'No NHS DSA training expires by the end of the week.',
  },
  { id: 'forms', title: 'Forms missing', empty: 'No access form or onboarding form is missing.' },
  { id: 'ending', title: 'Projects ending', empty: 'No project reaches its planned end this week.' },
  { id: 'closures', title: 'Closures open', empty: 'No closure is waiting to be finished.' },
  { id: 'bookings', title: 'Bookings', empty: 'No bookings of the core connection this week.' },
  { id: 'not-ready', title: 'Not ready on the day', empty: 'Everyone booked this week will be ready.' },
] as const;
/** One section of a briefing. */
export type BriefingSectionId = (typeof BRIEFING_SECTIONS)[number]['id'];

const SECTION_OF: Partial<Record<ActionKind, BriefingSectionId>> = {
  'dsa-expired': 'training',
  'dsa-expiring': 'training',
  'access-form-missing': 'forms',
  'access-not-granted': 'forms',
  'onboarding-stalled': 'forms',
  'project-end-passed': 'ending',
  'project-ending': 'ending',
  'closure-unfinished': 'closures',
};

/** One line of a briefing, with where the officer acts on it. */
export interface BriefingLine {
  id: string;
  text: string;
  severity?: Severity;
  acknowledged?: boolean;
  projectId?: string;
  personId?: string;
  target?: ActionTarget;
}

/** A section and its lines. */
export interface BriefingSection {
  id: BriefingSectionId;
  title: string;
  empty: string;
  /** How many things it is about: its lines, except Bookings (a line a day), which counts bookings. */
  count: number;
  lines: BriefingLine[];
}

/** A whole briefing. */
export interface Briefing {
  week: BriefingWeek;
  /** Whose briefing: "the whole team", or an officer's name. */
  audience: string;
  sections: BriefingSection[];
}

/** A booking of the week with the words the briefing prints about it. */
export interface BriefingBooking {
  booking: Booking;
  /** "Morning (09:00–13:00)". */
  session: string;
  /** When the session starts ("09:00"), so a day's sessions are listed in the order they are held. */
  sessionStart: string;
  personName: string;
  projectReference: string;
}

/**
 * Who the briefing is for. An officer's briefing keeps what is about projects they look after and projects
 * nobody looks after yet (and items about no project); `caseOfficerOf` says who looks after a project, and
 * `assignedTo` whom a reminder was given to instead.
 */
export type BriefingAudience =
  | { kind: 'team' }
  | {
      kind: 'officer';
      staffId: string;
      name: string;
      caseOfficerOf: (projectId: string) => string | undefined;
      /** The officer a reminder was given to, when not its project's case officer (it follows them). */
      assignedTo?: (itemId: string) => string | undefined;
    };

/** What a briefing is made from. */
export interface BriefingInput {
  week: BriefingWeek;
  /** The action list of `week.madeOn`, acknowledged items kept (and flagged). */
  items: readonly ActionItem[];
  /** The week's standing bookings. */
  bookings: readonly BriefingBooking[];
  /** The week's bookings at risk (see `bookingsAtRisk`). */
  atRisk: readonly BookingAtRisk[];
  audience: BriefingAudience;
}

function concerns(audience: BriefingAudience, projectId: string | undefined): boolean {
  if (audience.kind === 'team' || projectId === undefined) return true;
  const officer = audience.caseOfficerOf(projectId);
  return officer === undefined || officer === audience.staffId;
}

/** Whether an item of the action list is for the audience: the officer it was given to, else as its project. */
function concernsItem(audience: BriefingAudience, item: ActionItem): boolean {
  if (audience.kind === 'team') return true;
  const assigned = audience.assignedTo?.(item.id);
  return assigned ? assigned === audience.staffId : concerns(audience, item.projectId);
}

function dayHeading(day: string): string {
  return `${weekdayName(isoWeekdayOf(day))} ${formatLongDate(day)}`;
}

function bookingLines(input: BriefingInput, bookings: readonly BriefingBooking[]): BriefingLine[] {
  return input.week.days.flatMap((day): BriefingLine[] => {
    const ofDay = bookings.filter((entry) => entry.booking.date === day);
    if (ofDay.length === 0) return [];
    const perSession = new Map<string, number>();
    const inOrder = [...ofDay].sort(
      (a, b) => a.sessionStart.localeCompare(b.sessionStart) || a.session.localeCompare(b.session),
    );
    for (const entry of inOrder) perSession.set(entry.session, (perSession.get(entry.session) ?? 0) + 1);
    const sessions = [...perSession].map(([session, n]) => `${session}: ${n}`);
    const count = `${ofDay.length} booking${ofDay.length === 1 ? '' : 's'}`;
    return [{ id: `bookings:${day}`, text: `${dayHeading(day)}: ${count} (${sessions.join('; ')})` }];
  });
}

function atRiskLine(risk: BookingAtRisk, entry: BriefingBooking | undefined): BriefingLine {
  const { booking } = risk;
  const who = entry ? `${entry.personName} for ${entry.projectReference}` : 'A booking';
  const when = `${dayHeading(booking.date)}${entry ? `, ${entry.session}` : ''}`;
  return {
    id: `not-ready:${booking.id}`,
    text: `${when}: ${who}. ${risk.reasons.join(' ')}`,
    severity: 'due',
    projectId: booking.projectId,
    personId: booking.personId,
    target: { type: 'person', id: booking.personId, tab: 'training' },
  };
}

/** The briefing of `input.week` for its audience. */
export function weeklyBriefing(input: BriefingInput): Briefing {
  const { week, audience } = input;
  const lines = new Map<BriefingSectionId, BriefingLine[]>(BRIEFING_SECTIONS.map((s) => [s.id, []]));
  for (const item of input.items) {
    const section = SECTION_OF[item.kind];
    if (!section || !concernsItem(audience, item)) continue;
    if ((section === 'training' || section === 'ending') && !dueByWeekEnd(week, item.dueOn)) continue;
    lines.get(section)!.push({
      id: item.id,
      text: item.title,
      severity: item.severity,
      acknowledged: item.acknowledged,
      ...(item.projectId ? { projectId: item.projectId } : {}),
      ...(item.target.type === 'person' ? { personId: item.target.id } : {}),
      target: item.target,
    });
  }
  const bookings = input.bookings.filter(
    (entry) => entry.booking.status === 'booked' && concerns(audience, entry.booking.projectId),
  );
  lines.set('bookings', bookingLines(input, bookings));
  const byId = new Map(bookings.map((entry) => [entry.booking.id, entry]));
  lines.set(
    'not-ready',
    input.atRisk
      .filter((risk) => concerns(audience, risk.booking.projectId))
      .map((risk) => atRiskLine(risk, byId.get(risk.booking.id))),
  );
  return {
    week,
    audience: audience.kind === 'team' ? 'the whole team' : audience.name,
    sections: BRIEFING_SECTIONS.map((section) => {
      const sectionLines = lines.get(section.id)!;
      const count = section.id === 'bookings' ? bookings.length : sectionLines.length;
      return { ...section, count, lines: sectionLines };
    }),
  };
}
