/**
 * E-mail drafts for a project's members (training invitation, access form request, access granted, closure
 * notice): choose the member and the draft, and it opens in the mail client.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Project } from '../../../../shared/domain';
import { useApp } from '../../../app/app-context';
import { projectMembers } from '../../../db/repositories/project-members';
import { EmailDraftPanel, type DraftTarget } from '../../../components/email/EmailDraftPanel';
import { draftTarget } from '../../../components/email/draft-target';

/** The e-mail drafts panel of a project page (nothing until the project has a member). */
export function EmailDrafts({ project }: { project: Project }) {
  const { db } = useApp();
  const data = useLiveQuery(() => projectMembers(db, project.id), [db, project.id]);
  if (!data) return null;
  const { organisationName } = data.settings;
  const targets: DraftTarget[] = data.members.flatMap(({ person }) =>
    person ? [draftTarget(person, project, organisationName, { id: person.id, label: person.name })] : [],
  );
  return <EmailDraftPanel heading="E-mail a member" targetLabel="To" targets={targets} />;
}
