/** The latest changes from the audit log, newest first, each naming who and when, linking to its record. */
import { Link } from 'react-router';
import { describeAuditEvent } from '../../../shared/audit/describe';
import { formatInstant } from '../../../shared/dates';
import type { AuditEvent } from '../../../shared/domain';
import type { RecentActivity as Activity } from '../../db/repositories/dashboard-queries';
import { activityLines } from './activity-lines';

/** Events the dashboard reads for its activity panel; lines shown once runs are folded. */
export const ACTIVITY_EVENTS_READ = 40;
const LINES_SHOWN = 8;

function RecordLink({ event, activity }: { event: AuditEvent; activity: Activity }) {
  if (event.entity === 'project') {
    const project = activity.projects.get(event.entityId);
    if (project) return <Link to={`/projects/${project.id}`}>{project.reference}</Link>;
  }
  if (event.entity === 'person') {
    const person = activity.people.get(event.entityId);
    if (person) return <Link to={`/people/${person.id}`}>{person.name}</Link>;
  }
  return null;
}

/** The "Recent activity" panel. */
export function RecentActivity({ activity }: { activity: Activity | undefined }) {
  const lines = activity
    ? activityLines(activity.events, activity.events.length === ACTIVITY_EVENTS_READ)
    : [];
  return (
    <section className="panel activity-panel" aria-labelledby="activity-heading">
      <div className="panel-title-row">
        <h2 id="activity-heading">Recent activity</h2>
        <Link to="/audit" className="panel-title-note">
          Audit log
        </Link>
      </div>
      {!activity ? (
        <p className="muted">Reading the audit log…</p>
      ) : lines.length === 0 ? (
        <p className="muted">Nothing has been recorded yet.</p>
      ) : (
        <ol className="activity-list">
          {lines.slice(0, LINES_SHOWN).map(({ first, count, more }) => (
            <li key={first.seq}>
              <span className="activity-what">
                {describeAuditEvent(first).replace(/\.$/, '')}
                {count > 1 && ` (${count}${more ? ' or more' : ''} records)`}{' '}
                <RecordLink event={first} activity={activity!} />
              </span>
              <span className="activity-who">
                {first.actor.staffName} · {formatInstant(first.at)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
