/**
 * Reminders gathered per researcher: one row per person with every item about them on all their projects,
 * and one e-mail draft that covers them all. Items about no one in particular (a project's end date, a
 * stalled onboarding form) are kept apart.
 */
import type { IsoDate } from '../../../shared/dates';
import { digestDraft, type DigestLine } from '../../../shared/domain/email-digest';
import { mailtoUrl } from '../../../shared/domain';
import type { ActionItem } from '../../../shared/domain/reports';
import type { DashboardActions } from '../../db/repositories/dashboard-queries';

/** One researcher's reminders, most pressing first (as the list gave them). */
export interface PersonReminders {
  personId: string;
  items: ActionItem[];
  /** The distinct projects the items are about, in the order first met. */
  projectIds: string[];
}

/** The researcher an item is about, when there is one. */
export function personOfItem(item: ActionItem): string | undefined {
  return (
    item.personId ?? item.email?.personId ?? (item.target.type === 'person' ? item.target.id : undefined)
  );
}

/**
 * The items per person, people ordered by their most pressing item (the items come sorted, so by the first
 * met), and the items about no one.
 */
export function remindersByPerson(items: readonly ActionItem[]): {
  people: PersonReminders[];
  others: ActionItem[];
} {
  const byPerson = new Map<string, PersonReminders>();
  const others: ActionItem[] = [];
  for (const item of items) {
    const personId = personOfItem(item);
    if (!personId) {
      others.push(item);
      continue;
    }
    let row = byPerson.get(personId);
    if (!row) byPerson.set(personId, (row = { personId, items: [], projectIds: [] }));
    row.items.push(item);
    if (item.projectId && !row.projectIds.includes(item.projectId)) row.projectIds.push(item.projectId);
  }
  return { people: [...byPerson.values()], others };
}

/**
 * One page of the per-person view: its rows run through the people first, then the items about no one, so a
 * page of `[start, end)` holds the people rows and the other items that fall in it (each drawn once, on its
 * page, not every item about no one on every page).
 */
export function pageOfPersonRows(
  rows: { people: readonly PersonReminders[]; others: readonly ActionItem[] },
  [start, end]: readonly [number, number],
): { people: PersonReminders[]; others: ActionItem[] } {
  const count = rows.people.length;
  return {
    people: rows.people.slice(start, end),
    others: rows.others.slice(Math.max(0, start - count), Math.max(0, end - count)),
  };
}

/** A person's one draft: its `mailto:` URL and how many requests it makes; undefined when nothing to write. */
export function personDigest(
  row: PersonReminders,
  { people, projects, settings }: Pick<DashboardActions, 'people' | 'projects' | 'settings'>,
  today: IsoDate,
): { url: string; requests: number } | undefined {
  const person = people.get(row.personId);
  if (!person) return undefined;
  const lines = row.items.flatMap((item): DigestLine[] => {
    const project = item.email && projects.get(item.email.projectId);
    if (!item.email || !project) return [];
    const closureStartedOn = project.closureStart?.startedOn ?? project.stageEnteredAt.closure;
    const training = item.kind === 'dsa-expired' || item.kind === 'dsa-expiring';
    return [
      {
        kind: item.email.kind,
        projectReference: project.reference,
        projectTitle: project.title,
        ...(training ? { trainingValidUntil: item.dueOn } : {}),
        ...(item.email.kind === 'closure-notice' && closureStartedOn ? { closureStartedOn } : {}),
      },
    ];
  });
  if (lines.length === 0) return undefined;
  const draft = digestDraft({
    to: person.email,
    recipientName: person.name,
    organisationName: settings.organisationName,
    today,
    lines,
  });
  return { url: mailtoUrl(draft), requests: lines.length };
}
