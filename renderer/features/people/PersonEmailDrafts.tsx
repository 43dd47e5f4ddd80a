/** E-mail drafts to one researcher about one of their open projects, from the person page. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Person } from '../../../shared/domain';
import { useApp } from '../../app/app-context';
import { projectsOfPerson } from '../../db/repositories/people-register';
import { getSettings } from '../../db/repositories/settings';
import { EmailDraftPanel, type DraftTarget } from '../email/EmailDraftPanel';
import { likelyDraft } from '../email/likely-draft';

/** The e-mail drafts panel of a person page (nothing while they are on no open project). */
export function PersonEmailDrafts({ person }: { person: Person }) {
  const { db } = useApp();
  const data = useLiveQuery(
    async () => ({ projects: await projectsOfPerson(db, person.id), settings: await getSettings(db) }),
    [db, person.id],
  );
  if (!data) return null;
  const targets: DraftTarget[] = data.projects.flatMap(({ project }) =>
    project && project.status === 'open'
      ? [
          {
            id: project.id,
            label: `${project.reference} ${project.title}`,
            likely: likelyDraft(project),
            input: {
              to: person.email,
              recipientName: person.name,
              projectReference: project.reference,
              projectTitle: project.title,
              organisationName: data.settings.organisationName,
              ...(project.closureStart ? { closureStartedOn: project.closureStart.startedOn } : {}),
            },
          },
        ]
      : [],
  );
  return <EmailDraftPanel heading={`E-mail ${person.name}`} targetLabel="Project" targets={targets} />;
}
