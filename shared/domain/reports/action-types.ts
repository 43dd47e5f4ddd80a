/** The action list's vocabulary: what an item is, where it links to, and the data the list is made from. */
import type { IsoDate } from '../../dates';
import type { EmailDraftKind } from '../email-drafts';
import type { RuleSettings } from '../facts';
import type { Booking } from '../schemas/booking';
import type { Application, ConnectionType } from '../schemas/catalogue';
import type { ChangeRequest } from '../schemas/change-request';
import type { Membership } from '../schemas/membership';
import type { Person } from '../schemas/person';
import type { Project } from '../schemas/project';
import type { SessionTemplate } from '../schemas/sessions';
import type { TrainingRecord } from '../schemas/training';
import type { Severity } from './deadlines';

/** The kinds of action, in the order they are listed when severity and date are equal. */
export const ACTION_KINDS = [
  'dsa-expired',
  'dsa-expiring',
  'access-form-missing',
  'access-not-granted',
  'project-end-passed',
  'project-ending',
  'onboarding-stalled',
  'closure-unfinished',
  'change-request',
  'booking',
] as const;
/** One kind of action. */
export type ActionKind = (typeof ACTION_KINDS)[number];

/** The tabs of a project's page an action can open. */
export type ProjectTab = 'overview' | 'onboarding' | 'members' | 'bookings' | 'changes' | 'closure';
/** The tabs of a person's page an action can open. */
export type PersonTab = 'training' | 'projects';

/** Where the officer acts on an item. */
export type ActionTarget =
  { type: 'project'; id: string; tab?: ProjectTab } | { type: 'person'; id: string; tab?: PersonTab };

/** The e-mail draft that helps with an item (see `emailDraft`). */
export interface ActionEmail {
  kind: EmailDraftKind;
  personId: string;
  projectId: string;
}

/** One thing the team should act on (or know about), in plain words. */
export interface ActionItem {
  /** Stable across days while the item stands: the key an acknowledgement is stored under. */
  id: string;
  kind: ActionKind;
  severity: Severity;
  title: string;
  /** The deadline, or the day the item started waiting. */
  dueOn: IsoDate;
  /** The project the item is about, when there is one (to show its reference beside the title). */
  projectId?: string;
  /** The researcher the item is about, when there is one (to gather a person's reminders in one row). */
  personId?: string;
  target: ActionTarget;
  email?: ActionEmail;
  /** True when its id is among the acknowledged ones (only kept when asked for). */
  acknowledged: boolean;
}

/** The records the action list reads; each list holds at least the records the items are about. */
export interface ActionData {
  projects: readonly Project[];
  people: readonly Person[];
  memberships: readonly Membership[];
  /** Every NHS DSA record of the members concerned, so that a renewal replaces the expiry it renews. */
  trainings: readonly TrainingRecord[];
  connectionTypes: readonly ConnectionType[];
  bookings: readonly Booking[];
  sessionTemplates: readonly SessionTemplate[];
  changeRequests: readonly ChangeRequest[];
  /** For the names of applications in change requests. */
  applications?: readonly Application[];
  /** Defaults to `DEFAULT_SETTINGS` (NHS DSA valid for 12 months). */
  settings?: RuleSettings;
}

/** An item before its acknowledgement is known. */
export type DraftItem = Omit<ActionItem, 'acknowledged'>;

/** The data with look-ups by id, built once per list. */
export interface ActionContext {
  data: ActionData;
  today: IsoDate;
  project: (id: string) => Project | undefined;
  /** The project's reference (`DSH-2026-014`), or "a project" when it is not in the data. */
  reference: (projectId: string) => string;
  /** The person's name, or "A member" when they are not in the data. */
  name: (personId: string) => string;
}

/** Builds the look-ups of the data. */
export function actionContext(data: ActionData, today: IsoDate): ActionContext {
  const projects = new Map(data.projects.map((project) => [project.id, project]));
  const people = new Map(data.people.map((person) => [person.id, person]));
  return {
    data,
    today,
    project: (id) => projects.get(id),
    reference: (id) => projects.get(id)?.reference ?? 'a project',
    name: (id) => people.get(id)?.name ?? 'A member',
  };
}
