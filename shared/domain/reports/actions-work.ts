/**
 * The day's work: change requests waiting (for a decision, or approved and not done) and the bookings of
 * today and tomorrow.
 *
 * Decisions: a change request's id carries its status, so acknowledging "waiting for a decision" does not
 * silence "approved, not done". Requests of ended projects are not listed. An approved request to add a user
 * offers the training invitation, since a new user goes through training before anything else.
 */
import { formatShortDate } from '../../dates';
import type { ChangeRequest } from '../schemas/change-request';
import type { SessionTemplate } from '../schemas/sessions';
import type { ActionContext, DraftItem } from './action-types';
import { plusDays } from './calendar';

/** What the request asks for, in words: "add Łukasz Nowak", "add RStudio". */
function asked(ctx: ActionContext, request: ChangeRequest): string {
  if (request.kind === 'add-user') return `add ${request.personId ? ctx.name(request.personId) : 'a user'}`;
  const application = ctx.data.applications?.find((app) => app.id === request.applicationId);
  return `add ${application?.name ?? request.newApplicationName ?? 'an application'}`;
}

/** Change requests waiting for a decision, or approved and not yet done. */
export function changeRequestItems(ctx: ActionContext): DraftItem[] {
  return ctx.data.changeRequests.flatMap((request): DraftItem[] => {
    const project = ctx.project(request.projectId);
    if (project && project.status !== 'open') return [];
    if (request.status !== 'requested' && request.status !== 'approved') return [];
    const ref = ctx.reference(request.projectId);
    const waiting = request.status === 'requested';
    const since = waiting ? request.requestedOn : (request.decidedOn ?? request.requestedOn);
    const email =
      !waiting && request.kind === 'add-user' && request.personId
        ? {
            email: {
              kind: 'training-invitation' as const,
              personId: request.personId,
              projectId: request.projectId,
            },
          }
        : {};
    return [
      {
        id: `change-request:${request.id}:${request.status}`,
        kind: 'change-request',
        severity: 'due',
        title: waiting
          ? `${ref} asks to ${asked(ctx, request)}: waiting for a decision since ${formatShortDate(since)}`
          : `${ref} may ${asked(ctx, request)}: approved on ${formatShortDate(since)}, not done yet`,
        dueOn: since,
        projectId: request.projectId,
        target: { type: 'project', id: request.projectId, tab: 'changes' },
        ...email,
      },
    ];
  });
}

/** "09:00–13:00 (Morning)": times first, so that titles of one day sort by the time of the session. */
function sessionText(session: SessionTemplate | undefined): string {
  if (!session) return 'in a session no longer offered';
  const times = `${session.start}–${session.end}`;
  return session.label ? `${times} (${session.label})` : times;
}

/** Bookings that stand today (due) and tomorrow (upcoming). */
export function bookingItems(ctx: ActionContext): DraftItem[] {
  const tomorrow = plusDays(ctx.today, 1);
  const sessions = new Map(ctx.data.sessionTemplates.map((session) => [session.id, session]));
  return ctx.data.bookings
    .filter(
      (booking) => booking.status === 'booked' && (booking.date === ctx.today || booking.date === tomorrow),
    )
    .map((booking): DraftItem => {
      const today = booking.date === ctx.today;
      return {
        id: `booking:${booking.id}`,
        kind: 'booking',
        severity: today ? 'due' : 'upcoming',
        title: `Booked ${today ? 'today' : 'tomorrow'} ${sessionText(sessions.get(booking.sessionId))}: ${ctx.name(booking.personId)} for ${ctx.reference(booking.projectId)}`,
        dueOn: booking.date,
        projectId: booking.projectId,
        target: { type: 'project', id: booking.projectId, tab: 'bookings' },
      };
    });
}
