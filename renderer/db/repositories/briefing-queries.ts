/**
 * What the Monday briefing reads: the dashboard's action list of the day (dashboard-queries.ts, through
 * indexes) and the forecast of the week's standing bookings (forecast-queries.ts), put in words by
 * `weeklyBriefing` (shared/domain/briefing).
 */
import type { IsoDate } from '../../../shared/dates';
import type { Project } from '../../../shared/domain';
import { briefingWeek, weeklyBriefing, type Briefing } from '../../../shared/domain/briefing';
import type { DshDatabase } from '../database';
import { namesOf } from './booking-calendar';
import { dashboardActions } from './dashboard-queries';
import { forecastBetween, sessionWords } from './forecast-queries';

/** A briefing, and the organisation whose letterhead its PDF prints. */
export interface BriefingView {
  briefing: Briefing;
  organisationName: string;
}

/** Whose briefing: the whole team (undefined), or one staff member's. */
export type BriefingFor = { staffId: string; name: string } | undefined;

/** Who looks after a project (an officer's briefing leaves out projects another officer looks after). */
export type CaseOfficerOf = (project: Project) => string | undefined;

/** The project's case officer, as recorded on its page. */
export const RECORDED_CASE_OFFICER: CaseOfficerOf = (project) => project.caseOfficerId;

/** The briefing made on `today` for the team or one officer. */
export async function loadBriefing(
  db: DshDatabase,
  today: IsoDate,
  forWhom: BriefingFor,
  caseOfficer: CaseOfficerOf = RECORDED_CASE_OFFICER,
): Promise<BriefingView> {
  const week = briefingWeek(today);
  const [actions, forecast] = await Promise.all([
    dashboardActions(db, today),
    // Bookings of the days of the week already gone are still the week's bookings; the forecast asks from today.
    forecastBetween(db, week.monday, week.sunday, today),
  ]);
  const pastDays =
    today > week.monday
      ? await db.bookings
          .where('[status+date]')
          .between(['booked', week.monday], ['booked', today], true, false)
          .toArray()
      : [];
  const bookings = [...pastDays, ...forecast.bookings];
  const past = await namesOf(db, pastDays);
  const people = new Map([...past.people, ...forecast.people]);
  const projects = new Map([...past.projects, ...forecast.projects]);
  const briefing = weeklyBriefing({
    week,
    items: actions.items,
    bookings: bookings.map((booking) => ({
      booking,
      session: sessionWords(forecast.sessions, booking.sessionId),
      sessionStart: forecast.sessions.get(booking.sessionId)?.start ?? '',
      personName: people.get(booking.personId)?.name ?? 'A member',
      projectReference: projects.get(booking.projectId)?.reference ?? 'a project',
    })),
    atRisk: forecast.atRisk,
    audience: forWhom
      ? {
          kind: 'officer',
          ...forWhom,
          caseOfficerOf: (projectId) => {
            const project = actions.projects.get(projectId) ?? projects.get(projectId);
            return project ? caseOfficer(project) : undefined;
          },
          assignedTo: (itemId) => actions.assignments.get(itemId)?.staffId,
        }
      : { kind: 'team' },
  });
  return { briefing, organisationName: forecast.organisationName };
}
