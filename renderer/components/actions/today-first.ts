/**
 * "Today first": what needs doing today and in the next seven days comes before everything else, then the
 * rest by the team's groups (training, access, end dates…), each group showing at most three items with a
 * "Show all (N)" link. Pure, so the order is tested without a screen.
 */
import { addDaysIso, type IsoDate } from '../../../shared/dates';
import type { ActionItem } from '../../../shared/domain/reports';
import { ACTION_GROUPS } from './action-groups';
import { itemsOfOfficer, type ItemOwners } from './officer-scope';

/** Items shown per group before "Show all". */
export const SHOWN_PER_GROUP = 3;

/** When an item needs doing: by today (or overdue), within the next seven days, or later. */
export type Horizon = 'today' | 'week' | 'later';
/** Every horizon, soonest first. */
export const HORIZONS: readonly Horizon[] = ['today', 'week', 'later'];

/** Days after today that still count as "this week" (a rolling week: on a Friday, next Thursday too). */
const WEEK_DAYS = 7;

/** The horizon of an item on `today`: overdue items and those due by today are today's. */
export function horizonOf(item: Pick<ActionItem, 'dueOn' | 'severity'>, today: IsoDate): Horizon {
  if (item.severity === 'overdue' || item.dueOn <= today) return 'today';
  return item.dueOn <= addDaysIso(today, WEEK_DAYS) ? 'week' : 'later';
}

/** One group of the dashboard: its heading, all its items, and where "Show all" leads. */
export interface DashboardGroup {
  id: string;
  title: string;
  items: ActionItem[];
  /** The reminders page's filter for this group (`when=today`, `group=training&when=later`). */
  filter: Record<string, string>;
}

/**
 * The groups in the order the dashboard shows them: "Today", "This week", then the later items by kind of
 * work; empty groups left out. Each item appears once; the input order (most pressing first) is kept.
 */
export function todayFirstGroups(items: readonly ActionItem[], today: IsoDate): DashboardGroup[] {
  const at = (horizon: Horizon) => items.filter((item) => horizonOf(item, today) === horizon);
  const later = at('later');
  const groups: DashboardGroup[] = [
    { id: 'today', title: 'Today', items: at('today'), filter: { when: 'today' } },
    { id: 'week', title: 'This week', items: at('week'), filter: { when: 'week' } },
    ...ACTION_GROUPS.filter((group) => group.id !== 'bookings').map((group) => ({
      id: group.id,
      title: `Later: ${group.title}`,
      items: later.filter((item) => group.kinds.includes(item.kind)),
      filter: { group: group.id, when: 'later' },
    })),
  ];
  return groups.filter((group) => group.items.length > 0);
}

/** "Show all (12)" when a group has more than fits, else undefined. */
export function showAllText(group: Pick<DashboardGroup, 'items'>): string | undefined {
  return group.items.length > SHOWN_PER_GROUP ? `Show all (${group.items.length})` : undefined;
}

/** Two items that only their titles (names) or ids can order. */
function tied(a: ActionItem, b: ActionItem): boolean {
  return a.severity === b.severity && a.dueOn === b.dueOn && a.kind === b.kind;
}

/**
 * The items a group can draw once names are known: its first SHOWN_PER_GROUP, and every item tied with the
 * last of them (a name could move any of those onto the screen).
 */
function drawable(items: readonly ActionItem[]): ActionItem[] {
  const last = items[SHOWN_PER_GROUP - 1];
  if (!last) return [...items];
  let end = SHOWN_PER_GROUP;
  while (end < items.length && tied(items[end]!, last)) end += 1;
  return items.slice(0, end);
}

/**
 * The ids of the items the dashboard draws in the view of `officer` ('' = everyone): the open items that
 * can be among the first of their group, and every booking (the bookings panel lists today's and
 * tomorrow's). `items` in the list's order, acknowledgements flagged.
 */
export function dashboardShownIds(
  items: readonly ActionItem[],
  today: IsoDate,
  officer: string,
  owners: ItemOwners,
): string[] {
  const mine = itemsOfOfficer(items, officer, owners);
  const open = mine.filter((item) => !item.acknowledged && item.kind !== 'booking');
  return [
    ...todayFirstGroups(open, today).flatMap((group) => drawable(group.items)),
    ...mine.filter((item) => item.kind === 'booking'),
  ].map((item) => item.id);
}
