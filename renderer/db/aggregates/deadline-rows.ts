/**
 * The rows of the deadlines aggregate: one per dated reminder a record can give rise to, so the action list
 * reads "what can stand on day D" by index instead of every project in progress, its members and their
 * training. A row only NAMES the records of a reminder; the action list is still worked out from those
 * records (shared/domain/reports), so a row may stand for a reminder that turns out not to be due (a
 * superset), never miss one.
 *
 * Each row belongs to one SUBJECT, whose rows are worked out again whenever a record they come from changes:
 * - `project:<id>`, from the project alone: its planned end (Active), its stalled onboarding form, its
 *   unfinished closure;
 * - `membership:<id>`, from the membership, its project (only live ones have rows) and the person's NHS DSA
 *   records: the member's DSA expiry and a missing access step. These depend on three records, but keying
 *   them by membership keeps the rows few (members of live projects only: the people of ended projects, most
 *   of them at DSH scale, have none) and lets a write find the subjects it touches by one index.
 *
 * Two ways a row is read, because a reminder either stands from a day on, or only until a day:
 * - `dueOn` (indexed): stands from some day on (read while `dueOn` ≤ the list's horizon); '' = whatever the day;
 * - `until` (indexed): stands only before that day (a DSA expiry later renewed by a record completed on
 *   `until`, an access form signed on a future day, a member revoked on a future day). These are read while
 *   `until` > today: after that they are history and stay out of every read.
 * `on` is the reminder's own date (or '' when it has none), for people reading the rows.
 */
import { addDaysIso, type IsoDate } from '../../../shared/dates';
import type { Membership, Project, RuleSettings, TrainingRecord } from '../../../shared/domain';
import { DEADLINE_WINDOWS, isLiveProject } from '../../../shared/domain/reports/deadlines';
import { ONBOARDING_STALLS_AFTER_DAYS } from '../../../shared/domain/reports/actions-projects';
import { trainingValidUntil } from '../../../shared/domain/readiness';

/** What a row reminds of (one or more action kinds of shared/domain/reports/action-types.ts). */
export type DeadlineKind = 'project-end' | 'onboarding-stalled' | 'closure' | 'access' | 'dsa';

/** One reminder a record can give rise to. */
export interface DeadlineRow {
  /** `<subject>|<kind>|<n>`. */
  id: string;
  /** `project:<id>` or `membership:<id>`: the rows worked out together. */
  subject: string;
  kind: DeadlineKind;
  projectId: string;
  membershipId?: string;
  personId?: string;
  /** The reminder's date ('' when it has none). */
  on: IsoDate;
  /** Rows that stand from a day on: read while this is on or before the horizon ('' = always). */
  dueOn?: IsoDate;
  /** Rows that stand only before a day: read while this is after today. */
  until?: IsoDate;
}

/** The furthest a reminder is shown ahead of its date (the largest deadline window). */
export const DEADLINE_HORIZON_DAYS = Math.max(...DEADLINE_WINDOWS);

/** The NHS DSA course, the only training the action list reminds of. */
export const DSA_KIND = 'nhs-dsa-level-1';

/** The subject of a project's own rows. */
export const projectSubject = (id: string): string => `project:${id}`;
/** The subject of a membership's rows. */
export const membershipSubject = (id: string): string => `membership:${id}`;

type Draft = Omit<DeadlineRow, 'id' | 'subject'>;

function numbered(subject: string, drafts: readonly Draft[]): DeadlineRow[] {
  return drafts.map((draft, n) => ({ id: `${subject}|${draft.kind}|${n}`, subject, ...draft }));
}

/** A row standing from `dueOn` on, or only before `until` when that is given. */
function standing(draft: Omit<Draft, 'dueOn' | 'until'>, dueOn: IsoDate, until?: IsoDate): Draft {
  return until === undefined ? { ...draft, dueOn } : { ...draft, until };
}

/** The rows of a project from the project alone (projects not open have none). */
export function projectDeadlines(project: Project): DeadlineRow[] {
  if (project.status !== 'open') return [];
  const base = { projectId: project.id };
  const drafts: Draft[] = [];
  const end = project.onboarding.plannedEnd;
  if (project.stage === 'active' && end && !project.closureStart) {
    drafts.push({ ...base, kind: 'project-end', on: end, dueOn: end });
  }
  const entered = project.stageEnteredAt.onboarding;
  if (project.stage === 'onboarding' && entered) {
    const chased = addDaysIso(entered, ONBOARDING_STALLS_AFTER_DAYS);
    drafts.push({ ...base, kind: 'onboarding-stalled', on: chased, dueOn: chased });
  }
  if (project.stage === 'active' && project.closureStart) {
    const started = project.closureStart.startedOn;
    drafts.push({ ...base, kind: 'closure', on: started, dueOn: started });
  }
  if (project.stage === 'closure') {
    // A project in Closure is reminded of whatever the day.
    drafts.push({ ...base, kind: 'closure', on: project.closureStart?.startedOn ?? '', dueOn: '' });
  }
  return numbered(projectSubject(project.id), drafts);
}

/** The earlier of two days, where undefined is "never". */
function earlier(a: IsoDate | undefined, b: IsoDate | undefined): IsoDate | undefined {
  if (a === undefined) return b;
  return b === undefined || a < b ? a : b;
}

/**
 * A member's NHS DSA expiry through time: the expiry counted from the records completed by a day changes on
 * each day a record is completed, so each such step is a row, standing from 30 days before its expiry until
 * the next record's completion (or the member's revocation). Steps that end before their window opens can
 * never give a reminder and are left out.
 */
function dsaDrafts(
  base: Omit<Draft, 'kind' | 'on'>,
  records: readonly TrainingRecord[],
  settings: RuleSettings,
  revokedOn: IsoDate | undefined,
): Draft[] {
  const days = [...new Set(records.map((record) => record.completedOn))].sort();
  const drafts: Draft[] = [];
  let expiry: IsoDate | undefined;
  days.forEach((day, i) => {
    for (const record of records) {
      if (record.completedOn !== day) continue;
      const until = trainingValidUntil(record, settings);
      if (until && (!expiry || until > expiry)) expiry = until;
    }
    const end = earlier(days[i + 1], revokedOn);
    if (!expiry || (end !== undefined && end <= day)) return;
    if (end !== undefined && addDaysIso(expiry, -DEADLINE_HORIZON_DAYS) >= end) return;
    drafts.push(standing({ ...base, kind: 'dsa', on: expiry }, expiry, end));
  });
  return drafts;
}

/** The day from which a member counts as having both access steps done ('' never: still missing). */
function accessDoneOn(membership: Membership): IsoDate | undefined {
  const { accessForm, accessGranted } = membership;
  if (!accessForm || !accessGranted) return undefined;
  return accessForm.signedOn > accessGranted.on ? accessForm.signedOn : accessGranted.on;
}

/**
 * The rows of a membership: its NHS DSA expiry (a live project) and its missing access step (an open project
 * at Access or Active). `dsaRecords` are the person's NHS DSA records, every one (a renewal replaces the
 * expiry it renews); `settings` as stored (undefined: the defaults).
 */
export function membershipDeadlines(
  membership: Membership,
  project: Project | undefined,
  dsaRecords: readonly TrainingRecord[],
  settings: RuleSettings,
): DeadlineRow[] {
  if (!project || project.id !== membership.projectId || project.status !== 'open') return [];
  const base = { projectId: project.id, membershipId: membership.id, personId: membership.personId };
  const revokedOn = membership.accessRevoked?.on;
  const drafts: Draft[] = [];
  if (isLiveProject(project)) {
    const own = dsaRecords.filter((r) => r.personId === membership.personId && r.kind === DSA_KIND);
    drafts.push(...dsaDrafts(base, own, settings, revokedOn));
  }
  if (project.stage === 'access' || project.stage === 'active') {
    const until = earlier(accessDoneOn(membership), revokedOn);
    // Both steps done before the member joined, or revoked at once: a reminder that can never stand.
    if (until !== '') drafts.push(standing({ ...base, kind: 'access', on: '' }, '', until));
  }
  return numbered(membershipSubject(membership.id), drafts);
}
