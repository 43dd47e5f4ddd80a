/** The e-mail draft a project's stage most likely needs. */
import type { EmailDraftKind, Project } from '../../../shared/domain';

/** Training at onboarding and set-up, the access form at access, then access granted or the closure notice. */
export function likelyDraft(project: Pick<Project, 'stage' | 'closureStart'>): EmailDraftKind {
  if (project.stage === 'closure' || project.stage === 'active')
    return project.closureStart ? 'closure-notice' : 'access-granted';
  if (project.stage === 'access') return 'access-form-request';
  return 'training-invitation';
}
