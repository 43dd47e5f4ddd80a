/** E-mail drafts to one researcher about one of their open projects, from the person page. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Person } from '../../../shared/domain';
import { useApp } from '../../app/app-context';
import { projectsOfPerson } from '../../db/repositories/people-register';
import { getSettings } from '../../db/repositories/settings';
import { EmailDraftPanel, type DraftTarget } from '../../components/email/EmailDraftPanel';
import { draftTarget } from '../../components/email/draft-target';

/** The e-mail drafts panel of a person page (nothing while they are on no open project). */
export function PersonEmailDrafts({ person }: { person: Person }) {
  const { db } = useApp();
  const data = useLiveQuery(
    async () => ({ projects: await projectsOfPerson(db, person.id), settings: await getSettings(db) }),
    [db, person.id],
  );
  if (!data) return null;
  const { organisationName } = data.settings;
  const targets: DraftTarget[] = data.projects.flatMap(({ project }) =>
    project && project.status === 'open'
      ? [
          draftTarget(person, project, organisationName, {
            id: project.id,
            label: `${project.reference} ${project.title}`,
          }),
        ]
      : [],
  );
  return <EmailDraftPanel heading={`E-mail ${person.name}`} targetLabel="Project" targets={targets} />;
}
