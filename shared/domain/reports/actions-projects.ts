/**
 * Actions about projects: an active project whose planned end is near or past, an onboarding form still
 * incomplete more than 14 days after onboarding started, and a closure started but not finished.
 *
 * Decisions: an active project whose closure start is already recorded is not reminded of its planned end
 * (the officer has acted). "Incomplete" is the strict check of the onboarding gate (`validateOnboarding`,
 * with the connection types of the costing page); a project with no recorded day of entering onboarding
 * cannot be timed and is not listed.
 */
import { formatShortDate } from '../../dates';
import { validateOnboarding } from '../schemas/onboarding-validation';
import type { Project } from '../schemas/project';
import type { ActionContext, DraftItem } from './action-types';
import { daysFrom, plusDays } from './calendar';
import { deadlineWindow, inDays, windowSeverity } from './deadlines';

/** How long an onboarding form may stay incomplete before it is chased. */
export const ONBOARDING_STALLS_AFTER_DAYS = 14;

function openIn(ctx: ActionContext, stage: Project['stage']): Project[] {
  return ctx.data.projects.filter((project) => project.status === 'open' && project.stage === stage);
}

/** Active projects whose planned end is within 30 days, or past, and whose closure is not yet recorded. */
export function projectEndItems(ctx: ActionContext): DraftItem[] {
  return openIn(ctx, 'active').flatMap((project): DraftItem[] => {
    const end = project.onboarding.plannedEnd;
    if (!end || project.closureStart) return [];
    // The schema keeps `end` a real date or empty; anything else gives NaN, which falls in no window.
    const daysLeft = daysFrom(ctx.today, end);
    const window = deadlineWindow(daysLeft);
    if (window === undefined) return [];
    const target = { type: 'project' as const, id: project.id, tab: 'overview' as const };
    const common = { severity: windowSeverity(window), dueOn: end, projectId: project.id, target };
    return window === 'past'
      ? [
          {
            ...common,
            id: `project-end-passed:${project.id}:${end}`,
            kind: 'project-end-passed',
            title: `${project.reference} passed its planned end on ${formatShortDate(end)}: start the closure`,
          },
        ]
      : [
          {
            ...common,
            id: `project-ending:${project.id}:${end}:${window}`,
            kind: 'project-ending',
            title: `${project.reference} reaches its planned end ${inDays(daysLeft)} (${formatShortDate(end)})`,
          },
        ];
  });
}

/** Onboarding forms still incomplete more than 14 days after the project entered onboarding. */
export function onboardingItems(ctx: ActionContext): DraftItem[] {
  return openIn(ctx, 'onboarding').flatMap((project): DraftItem[] => {
    const entered = project.stageEnteredAt.onboarding;
    if (!entered) return [];
    const days = daysFrom(entered, ctx.today);
    if (days <= ONBOARDING_STALLS_AFTER_DAYS) return [];
    const problems = validateOnboarding(project.onboarding, ctx.data.connectionTypes).length;
    if (problems === 0) return [];
    return [
      {
        id: `onboarding-stalled:${project.id}:${entered}`,
        kind: 'onboarding-stalled',
        severity: 'overdue',
        title: `The onboarding form of ${project.reference} is still incomplete after ${days} days (${problems} ${problems === 1 ? 'problem' : 'problems'} left)`,
        dueOn: plusDays(entered, ONBOARDING_STALLS_AFTER_DAYS),
        projectId: project.id,
        target: { type: 'project', id: project.id, tab: 'onboarding' },
      },
    ];
  });
}

/** The lead researcher of each project: the one named on the form, else the member with the role lead. */
function leads(ctx: ActionContext): Map<string, string> {
  const found = new Map<string, string>();
  for (const membership of ctx.data.memberships) {
    if (membership.role === 'lead' && !found.has(membership.projectId)) {
      found.set(membership.projectId, membership.personId);
    }
  }
  for (const project of ctx.data.projects) {
    if (project.onboarding.leadResearcherId) found.set(project.id, project.onboarding.leadResearcherId);
  }
  return found;
}

/** Closures started but not finished, with the closure notice to the lead researcher. */
export function closureItems(ctx: ActionContext): DraftItem[] {
  // A closure is started while the project is Active (date and reason), then the project moves to Closure:
  // one whose start day has come but which is still Active is as unfinished as one in Closure.
  const started = openIn(ctx, 'active').filter(
    (project) => project.closureStart && project.closureStart.startedOn <= ctx.today,
  );
  const closing = [...started, ...openIn(ctx, 'closure')];
  const leadOf = closing.length > 0 ? leads(ctx) : new Map<string, string>();
  return closing.map((project): DraftItem => {
    const startedOn = project.closureStart?.startedOn ?? project.stageEnteredAt.closure ?? ctx.today;
    const lead = leadOf.get(project.id);
    const stillActive = project.stage === 'active';
    return {
      id: `closure-unfinished:${project.id}`,
      kind: 'closure-unfinished',
      severity: 'due',
      title: stillActive
        ? `The closure of ${project.reference} started on ${formatShortDate(startedOn)}, but the project is still Active: move it to Closure`
        : `The closure of ${project.reference}, started on ${formatShortDate(startedOn)}, is not finished`,
      dueOn: startedOn,
      projectId: project.id,
      target: { type: 'project', id: project.id, tab: stillActive ? 'overview' : 'closure' },
      ...(lead ? { email: { kind: 'closure-notice' as const, personId: lead, projectId: project.id } } : {}),
    };
  });
}
