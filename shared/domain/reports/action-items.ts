/**
 * The action list of the dashboard and the reminders: every deadline and waiting task, each linking to where
 * the officer acts, sorted most pressing first (overdue, due, upcoming; then by date). Acknowledged items are
 * left out, or kept and flagged when asked for.
 */
import type { IsoDate } from '../../dates';
import {
  ACTION_KINDS,
  actionContext,
  type ActionData,
  type ActionItem,
  type DraftItem,
} from './action-types';
import { compareKeys } from './calendar';
import { accessItems, dsaItems } from './actions-members';
import { closureItems, onboardingItems, projectEndItems } from './actions-projects';
import { bookingItems, changeRequestItems } from './actions-work';
import { SEVERITIES } from './deadlines';

/** Which acknowledgements apply, and whether acknowledged items are kept (flagged) or left out. */
export interface ActionOptions {
  /** Ids of the items the team has acknowledged. */
  acknowledged?: ReadonlySet<string>;
  /** Keep acknowledged items, flagged, instead of leaving them out (default false). */
  keepAcknowledged?: boolean;
}

const COLLECTORS = [
  dsaItems,
  accessItems,
  projectEndItems,
  onboardingItems,
  closureItems,
  changeRequestItems,
  bookingItems,
];

/** Most pressing first: by severity, then date, then kind, then title (then id, so the order is total). */
export function compareActions(a: DraftItem, b: DraftItem): number {
  return (
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    compareKeys(a.dueOn, b.dueOn) ||
    ACTION_KINDS.indexOf(a.kind) - ACTION_KINDS.indexOf(b.kind) ||
    a.title.localeCompare(b.title, 'en-GB') ||
    compareKeys(a.id, b.id)
  );
}

/** Every action standing on `today`, most pressing first. */
export function actionItems(data: ActionData, today: IsoDate, options: ActionOptions = {}): ActionItem[] {
  const ctx = actionContext(data, today);
  const acknowledged = options.acknowledged ?? new Set<string>();
  return COLLECTORS.flatMap((collect) => collect(ctx))
    .map((item): ActionItem => ({ ...item, acknowledged: acknowledged.has(item.id) }))
    .filter((item) => options.keepAcknowledged || !item.acknowledged)
    .sort(compareActions);
}
