/** What an e-mail draft is written from: one person about one project, and the draft its stage most needs. */
import type { EmailDraftKind, Person, Project } from '../../../shared/domain';
import type { DraftTarget } from './EmailDraftPanel';

/** Training at onboarding and set-up, the access form at access, then access granted or the closure notice. */
export function likelyDraft(project: Pick<Project, 'stage' | 'closureStart'>): EmailDraftKind {
  if (project.stage === 'closure' || project.stage === 'active')
    return project.closureStart ? 'closure-notice' : 'access-granted';
  if (project.stage === 'access') return 'access-form-request';
  return 'training-invitation';
}

/** A choice of the drafts panel: `person` about `project`, listed under `id` and `label`. */
export function draftTarget(
  person: Person,
  project: Project,
  organisationName: string,
  choice: { id: string; label: string },
): DraftTarget {
  return {
    ...choice,
    likely: likelyDraft(project),
    input: {
      to: person.email,
      recipientName: person.name,
      projectReference: project.reference,
      projectTitle: project.title,
      organisationName,
      ...(project.closureStart ? { closureStartedOn: project.closureStart.startedOn } : {}),
    },
  };
}
