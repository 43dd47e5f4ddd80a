/** The e-mail draft that helps with an action item, written for the person and project it names. */
import { emailDraft, emailDraftLabel, mailtoUrl } from '../../../shared/domain';
import type { ActionItem } from '../../../shared/domain/reports';
import type { DashboardActions } from '../../db/repositories/dashboard-queries';

/** A draft ready to open: its `mailto:` URL, who it goes to, and what it is. */
export interface ItemEmail {
  url: string;
  recipientName: string;
  label: string;
}

/** The item's draft, or undefined when it has none (or its person or project is not recorded). */
export function emailForItem(
  item: ActionItem,
  { people, projects, settings }: Pick<DashboardActions, 'people' | 'projects' | 'settings'>,
): ItemEmail | undefined {
  if (!item.email) return undefined;
  const person = people.get(item.email.personId);
  const project = projects.get(item.email.projectId);
  if (!person || !project) return undefined;
  const closureStartedOn = project.closureStart?.startedOn ?? project.stageEnteredAt.closure;
  // A training reminder is due on the last day the training is valid: the renewal drafts name that day.
  const training = item.kind === 'dsa-expired' || item.kind === 'dsa-expiring';
  const draft = emailDraft(item.email.kind, {
    to: person.email,
    recipientName: person.name,
    projectReference: project.reference,
    projectTitle: project.title,
    organisationName: settings.organisationName,
    ...(closureStartedOn ? { closureStartedOn } : {}),
    ...(training ? { trainingValidUntil: item.dueOn } : {}),
  });
  return { url: mailtoUrl(draft), recipientName: person.name, label: emailDraftLabel(item.email.kind) };
}
