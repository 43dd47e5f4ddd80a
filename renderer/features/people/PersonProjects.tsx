/** The projects a person is on: the stage each is at, their role, and whether they are ready on it today. */
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { londonToday } from '../../../shared/dates';
import { readinessOf, stageLabel, statusLabel, type Person } from '../../../shared/domain';
import { useApp } from '../../app/app-context';
import { ReadinessChip } from '../../components/ReadinessChip';
import { projectsOfPerson } from '../../db/repositories/people-register';
import { getSettings } from '../../db/repositories/settings';
import { trainingRecordsOf } from '../../db/repositories/training';
import { roleLabel } from '../../../shared/documents/labels';

/** The projects panel of the person page. */
export function PersonProjects({ person }: { person: Person }) {
  const { db } = useApp();
  const data = useLiveQuery(
    async () => ({
      projects: await projectsOfPerson(db, person.id),
      trainings: await trainingRecordsOf(db, person.id),
      settings: await getSettings(db),
    }),
    [db, person.id],
  );
  const today = londonToday();
  return (
    <section className="panel" aria-labelledby="projects-heading">
      <h2 id="projects-heading">Projects</h2>
      {data && data.projects.length === 0 && (
        <p className="muted">
          Not a member of any project yet. People join projects at onboarding, or later through a change
          request.
        </p>
      )}
      {data && data.projects.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Projects of {person.name}</caption>
            <thead>
              <tr>
                <th scope="col">Project</th>
                <th scope="col">Stage</th>
                <th scope="col">Role</th>
                <th scope="col">Readiness today</th>
              </tr>
            </thead>
            <tbody>
              {data.projects.map(({ membership, project }) => (
                <tr key={membership.id}>
                  <th scope="row">
                    {project ? (
                      <Link to={`/projects/${project.id}`}>
                        <span className="nowrap">{project.reference}</span> {project.title}
                      </Link>
                    ) : (
                      <span className="muted">A project no longer recorded</span>
                    )}
                  </th>
                  <td>
                    {project &&
                      (project.status === 'open'
                        ? stageLabel(project.stage)
                        : `${statusLabel(project.status)} (at ${stageLabel(project.stage)})`)}
                  </td>
                  <td>{roleLabel(membership.role)}</td>
                  <td>
                    {project?.status === 'open' ? (
                      <ReadinessChip
                        readiness={readinessOf(membership, data.trainings, today, data.settings)}
                        showReasons
                      />
                    ) : (
                      <span className="muted">Project ended</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
