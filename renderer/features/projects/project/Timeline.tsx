/** The project's timeline: what happened, when and by whom, newest first; moves and overrides stand out. */
import { useLiveQuery } from 'dexie-react-hooks';
import { formatInstant } from '../../../../shared/dates';
import { useApp } from '../../../app/app-context';
import { projectTimeline } from '../../../db/repositories/project-timeline';
import { timelineLines } from '../../../../shared/audit/timeline-text';

const KIND_LABEL = { move: 'Stage move', override: 'Override', ended: 'Project ended', change: '' } as const;

/** The timeline section. */
export function Timeline({ projectId }: { projectId: string }) {
  const { db } = useApp();
  const timeline = useLiveQuery(() => projectTimeline(db, projectId), [db, projectId]);
  return (
    <section className="panel timeline-panel" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      {timeline === undefined ? (
        <p className="muted">Loading the timeline…</p>
      ) : timeline.events.length === 0 ? (
        <p className="muted">Nothing recorded yet.</p>
      ) : (
        <ol className="timeline">
          {timelineLines(timeline.events, {
            memberName: (membershipId) => {
              const personId = timeline.memberOf.get(membershipId);
              return (personId && timeline.people.get(personId)?.name) || 'a member';
            },
          }).map((entry) => {
            return (
              <li key={entry.key} className={`timeline-entry timeline-${entry.kind}`}>
                {KIND_LABEL[entry.kind] && <span className="timeline-tag">{KIND_LABEL[entry.kind]}</span>}
                <p className="timeline-text">{entry.text}</p>
                {entry.reason && (
                  <p className="timeline-reason">
                    <span className="visually-hidden">Reason: </span>“{entry.reason}”
                  </p>
                )}
                {entry.overridden && entry.overridden.length > 0 && (
                  <details className="timeline-overridden">
                    <summary>
                      {entry.overridden.length} unmet requirement{entry.overridden.length === 1 ? '' : 's'}{' '}
                      overridden
                    </summary>
                    <ul>
                      {entry.overridden.map((requirement) => (
                        <li key={requirement}>{requirement}</li>
                      ))}
                    </ul>
                  </details>
                )}
                <p className="timeline-meta">
                  <time dateTime={entry.at}>{formatInstant(entry.at)}</time> · {entry.staffName}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
