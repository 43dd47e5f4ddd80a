/** How a project ended (declined, withdrawn or closed): when, why, and that its record is now read-only. */
import { formatLongDate } from '../../../../shared/dates';
import { stageLabel, type Project } from '../../../../shared/domain';

const WHAT: Record<Exclude<Project['status'], 'open'>, string> = {
  declined: 'This enquiry was declined',
  withdrawn: 'This project was withdrawn',
  closed: 'This project is closed',
};

/** The notice at the top of an ended project. */
export function EndedNotice({ project }: { project: Project }) {
  if (project.status === 'open') return null;
  const { ended } = project;
  return (
    <section className={`panel ended-notice ended-${project.status}`} aria-labelledby="ended-heading">
      <h2 id="ended-heading">
        {WHAT[project.status]}
        {project.status === 'withdrawn' && ` during ${stageLabel(project.stage)}`}
        {ended && ` on ${formatLongDate(ended.on)}`}
      </h2>
      {ended?.reason && <p>Reason: “{ended.reason}”</p>}
      <p className="muted">Nothing on this page can be changed any more; it is kept as it was.</p>
    </section>
  );
}
