/** How the action list is grouped and worded on screen, and where each item leads. */
import type { ActionItem, ActionKind, ActionTarget, Severity } from '../../../shared/domain/reports';

/** A group of related kinds of action, as the team thinks of them. */
export interface ActionGroup {
  id: string;
  title: string;
  kinds: readonly ActionKind[];
}

/** The groups, in the order the dashboard lists them; bookings are shown on their own. */
export const ACTION_GROUPS: readonly ActionGroup[] = [
  { id: 'training', title: 'NHS DSA training', kinds: ['dsa-expired', 'dsa-expiring'] },
  { id: 'access', title: 'User access', kinds: ['access-form-missing', 'access-not-granted'] },
  { id: 'ending', title: 'Planned end dates', kinds: ['project-end-passed', 'project-ending'] },
  { id: 'onboarding', title: 'Onboarding forms', kinds: ['onboarding-stalled'] },
  { id: 'closure', title: 'Closures', kinds: ['closure-unfinished'] },
  { id: 'changes', title: 'Change requests', kinds: ['change-request'] },
  { id: 'bookings', title: 'Bookings today and tomorrow', kinds: ['booking'] },
];

const SEVERITY_TEXT: Record<Severity, string> = { overdue: 'Overdue', due: 'Due', upcoming: 'Coming up' };

/** "Overdue", "Due", "Coming up". */
export function severityText(severity: Severity): string {
  return SEVERITY_TEXT[severity];
}

/** "2 overdue, 3 due, 1 coming up" (severities with no item left out); empty when there are none. */
export function severitySummary(items: readonly Pick<ActionItem, 'severity'>[]): string {
  return (['overdue', 'due', 'upcoming'] as const)
    .map((severity) => [severity, items.filter((item) => item.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${SEVERITY_TEXT[severity].toLowerCase()}`)
    .join(', ');
}

/** The stage tab of the project page that holds the work of each part an action names. */
const STAGE_OF_TAB: Record<string, string | undefined> = {
  overview: undefined,
  onboarding: 'onboarding',
  members: 'access',
  bookings: 'active',
  changes: 'active',
  closure: 'closure',
};

/**
 * Where the officer acts on an item: the person's page, or the project's page open at the stage that
 * holds the work (`?stage=access` for the user access forms, `?stage=active` for change requests…).
 */
export function actionHref(target: ActionTarget): string {
  if (target.type === 'person') return `/people/${target.id}`;
  const stage = target.tab ? STAGE_OF_TAB[target.tab] : undefined;
  return stage ? `/projects/${target.id}?stage=${stage}` : `/projects/${target.id}`;
}
