/** The pipeline: how many projects are in progress at each of the six stages, and how many have ended. */
import { Link } from 'react-router';
import { STAGES, stageLabel, stageNumber, statusLabel } from '../../../shared/domain';
import { ENDED_STATUSES, type Pipeline } from '../../../shared/domain/reports';

const COUNT = new Intl.NumberFormat('en-GB');

/**
 * Six stage tiles (each a link to the register filtered to that stage) and the ended projects; with `mine`,
 * only the projects the signed-in officer is case officer of (and the links open "My projects").
 */
export function PipelinePanel({ pipeline, mine }: { pipeline: Pipeline | undefined; mine: boolean }) {
  const scope = mine ? '&mine=1' : '';
  const busiest = Math.max(1, ...STAGES.map((stage) => pipeline?.byStage[stage] ?? 0));
  return (
    <section className="panel pipeline-panel" aria-labelledby="pipeline-heading">
      <div className="panel-title-row">
        <h2 id="pipeline-heading">{mine ? 'My projects by stage' : 'Projects by stage'}</h2>
        {pipeline && (
          <p className="muted panel-title-note" data-testid="pipeline-total">
            {COUNT.format(pipeline.open)} in progress of {COUNT.format(pipeline.total)}{' '}
            {mine ? 'you are case officer of' : 'recorded'}
          </p>
        )}
      </div>
      <ol className="pipeline">
        {STAGES.map((stage) => {
          const count = pipeline?.byStage[stage];
          return (
            <li key={stage} className="pipeline-stage">
              <Link
                to={`/projects?stage=${stage}&status=open${scope}`}
                className="pipeline-link"
                data-stage={stage}
              >
                <span className="pipeline-name">
                  <span className="pipeline-number" aria-hidden="true">
                    {stageNumber(stage)}
                  </span>
                  {stageLabel(stage)}
                </span>
                <span className="visually-hidden">: </span>
                <span className="pipeline-count">{count === undefined ? '…' : COUNT.format(count)}</span>
                <span className="visually-hidden"> in progress</span>
                <span className="pipeline-bar" aria-hidden="true">
                  <span
                    className="pipeline-bar-fill"
                    style={{ width: `${((count ?? 0) / busiest) * 100}%` }}
                  />
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
      <p className="pipeline-ended">
        <span className="muted">Ended:</span>{' '}
        {ENDED_STATUSES.map((status, index) => (
          <span key={status}>
            {index > 0 && <span aria-hidden="true"> · </span>}
            <Link to={`/projects?status=${status}${scope}`} data-status={status}>
              {statusLabel(status)} {pipeline ? COUNT.format(pipeline.byStatus[status]) : '…'}
            </Link>
          </span>
        ))}
      </p>
    </section>
  );
}
