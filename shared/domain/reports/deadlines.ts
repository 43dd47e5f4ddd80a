/**
 * What counts as a live project, and the windows in which a coming deadline is reported.
 *
 * Decisions:
 * - A project is LIVE when it is open and in Set Up, Access or Active. Onboarding does not count: members are
 *   named on the form then, but training is only asked for in Set Up (its gate checks it), so reminding
 *   people about it earlier would be noise. Closure does not count: access is being revoked.
 * - A member whose access was revoked on or before the day is no longer counted as a member.
 * - A deadline `daysLeft` days away falls in the SMALLEST window that holds it: 0–1 → 1, 2–7 → 7,
 *   8–14 → 14, 15–30 → 30; over 30 days is not reported yet; a negative `daysLeft` is past.
 * - Severity: past → overdue; the 1- and 7-day windows → due; the 14- and 30-day windows → upcoming.
 */
import type { IsoDate } from '../../dates';
import type { Membership } from '../schemas/membership';
import type { Project } from '../schemas/project';
import type { Stage } from '../stages';

/** The stages of a live project. */
export const LIVE_STAGES: readonly Stage[] = ['setup', 'access', 'active'];

/** True when the project is open and in Set Up, Access or Active. */
export function isLiveProject(project: Pick<Project, 'status' | 'stage'>): boolean {
  return project.status === 'open' && LIVE_STAGES.includes(project.stage);
}

/** True unless the member's access was revoked on or before `on`. */
export function isCurrentMember(membership: Membership, on: IsoDate): boolean {
  return !membership.accessRevoked || membership.accessRevoked.on > on;
}

/** The windows, smallest first, in which a coming deadline is reported. */
export const DEADLINE_WINDOWS = [1, 7, 14, 30] as const;
/** A window: the deadline is at most this many days away. */
export type DeadlineWindow = (typeof DEADLINE_WINDOWS)[number];

/** How pressing an action is: past its date, due now, or coming. */
export type Severity = 'overdue' | 'due' | 'upcoming';
/** Severities, most pressing first (the order of the action list). */
export const SEVERITIES: readonly Severity[] = ['overdue', 'due', 'upcoming'];

/** The smallest window holding a deadline `daysLeft` days away; 'past' when it has gone; undefined beyond 30. */
export function deadlineWindow(daysLeft: number): DeadlineWindow | 'past' | undefined {
  if (daysLeft < 0) return 'past';
  return DEADLINE_WINDOWS.find((window) => daysLeft <= window);
}

/** The severity of a deadline in a window. */
export function windowSeverity(window: DeadlineWindow | 'past'): Severity {
  if (window === 'past') return 'overdue';
  return window <= 7 ? 'due' : 'upcoming';
}

/** "today", "tomorrow", "in 7 days". */
export function inDays(daysLeft: number): string {
  if (daysLeft === 0) return 'today';
  if (daysLeft === 1) return 'tomorrow';
  return `in ${daysLeft} days`;
}
