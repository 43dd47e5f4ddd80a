/**
 * Actions about members: NHS DSA training expired or expiring (members of live projects), and members of
 * projects at Access or Active without a signed user access form or without access granted.
 *
 * Decisions: a person's NHS DSA "expiry" is the last valid day of their longest-valid DSA record completed by
 * today (a renewal replaces the old expiry, and changes the item's id). People with no DSA record at all are
 * not listed here: the Set Up gate already names them. A DSA item's id carries its window
 * (`dsa-expiring:<membershipId>:<expiresOn>:<window>`), so acknowledging the 30-day reminder does not silence
 * the 7-day one. Only the first missing access step is listed (no form → "form missing", not also "no access").
 */
import { formatShortDate, londonToday, type IsoDate } from '../../dates';
import { trainingValidUntil } from '../readiness';
import type { Membership } from '../schemas/membership';
import type { Project } from '../schemas/project';
import type { ActionContext, DraftItem } from './action-types';
import { daysFrom } from './calendar';
import { deadlineWindow, inDays, isCurrentMember, isLiveProject, windowSeverity } from './deadlines';

/** The last day each listed person's NHS DSA training is valid (from records completed by `today`). */
function dsaLastValidDays(ctx: ActionContext, people: ReadonlySet<string>): Map<string, IsoDate> {
  const lastDays = new Map<string, IsoDate>();
  for (const record of ctx.data.trainings) {
    if (record.kind !== 'nhs-dsa-level-1' || record.completedOn > ctx.today) continue;
    if (!people.has(record.personId)) continue;
    const until = trainingValidUntil(record, ctx.data.settings);
    const known = lastDays.get(record.personId);
    if (until && (!known || until > known)) lastDays.set(record.personId, until);
  }
  return lastDays;
}

/** NHS DSA training expired, or expiring within 30 days, for current members of live projects. */
export function dsaItems(ctx: ActionContext): DraftItem[] {
  const members = ctx.data.memberships.flatMap((membership) => {
    const project = ctx.project(membership.projectId);
    return project && isLiveProject(project) && isCurrentMember(membership, ctx.today)
      ? [{ membership, project }]
      : [];
  });
  const lastDays = dsaLastValidDays(ctx, new Set(members.map(({ membership }) => membership.personId)));
  const items: DraftItem[] = [];
  for (const { membership, project } of members) {
    const expiresOn = lastDays.get(membership.personId);
    if (!expiresOn) continue;
    const daysLeft = daysFrom(ctx.today, expiresOn);
    const window = deadlineWindow(daysLeft);
    if (window === undefined) continue;
    const whose = `${ctx.name(membership.personId)}’s NHS DSA training`;
    const expired = window === 'past';
    items.push({
      id: expired
        ? `dsa-expired:${membership.id}:${expiresOn}`
        : `dsa-expiring:${membership.id}:${expiresOn}:${window}`,
      kind: expired ? 'dsa-expired' : 'dsa-expiring',
      severity: windowSeverity(window),
      title: expired
        ? `${whose} expired on ${formatShortDate(expiresOn)}`
        : `${whose} expires ${inDays(daysLeft)} (${formatShortDate(expiresOn)})`,
      dueOn: expiresOn,
      projectId: project.id,
      personId: membership.personId,
      target: { type: 'person', id: membership.personId, tab: 'training' },
      email: {
        kind: expired ? 'training-renewal-overdue' : 'training-renewal-due',
        personId: membership.personId,
        projectId: project.id,
      },
    });
  }
  return items;
}

/** The day a member's access became due: the later of the project entering Access and the member joining. */
function accessDueOn(project: Project, membership: Membership, today: IsoDate): IsoDate {
  const entered = project.stageEnteredAt.access ?? project.stageEnteredAt[project.stage] ?? today;
  const joined = londonToday(new Date(membership.createdAt));
  return joined > entered ? joined : entered;
}

/** Current members of open projects at Access or Active without a signed form, or without access. */
export function accessItems(ctx: ActionContext): DraftItem[] {
  const items: DraftItem[] = [];
  for (const membership of ctx.data.memberships) {
    const project = ctx.project(membership.projectId);
    if (!project || project.status !== 'open' || !['access', 'active'].includes(project.stage)) continue;
    if (!isCurrentMember(membership, ctx.today)) continue;
    const signed = membership.accessForm && membership.accessForm.signedOn <= ctx.today;
    const granted = membership.accessGranted && membership.accessGranted.on <= ctx.today;
    if (signed && granted) continue;
    const who = ctx.name(membership.personId);
    const common = {
      severity: 'due' as const,
      dueOn: accessDueOn(project, membership, ctx.today),
      projectId: project.id,
      personId: membership.personId,
      target: { type: 'project' as const, id: project.id, tab: 'members' as const },
    };
    if (!signed) {
      items.push({
        ...common,
        id: `access-form-missing:${membership.id}`,
        kind: 'access-form-missing',
        title: `${who} has not signed the user access form for ${project.reference}`,
        email: { kind: 'access-form-request', personId: membership.personId, projectId: project.id },
      });
    } else {
      items.push({
        ...common,
        id: `access-not-granted:${membership.id}`,
        kind: 'access-not-granted',
        title: `${who} has not been granted access to ${project.reference}`,
      });
    }
  }
  return items;
}
