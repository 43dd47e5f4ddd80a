/** The six stages as a stepper: done, current and to come, with the project's status when it has ended. */
import { STAGES, stageLabel, stageNumber, statusLabel, type Project } from '../../../../shared/domain';
import { formatShortDate } from '../../../../shared/dates';

/** Where the project is among the six stages. */
export function StageStepper({ project }: { project: Pick<Project, 'stage' | 'status' | 'stageEnteredAt'> }) {
  const current = stageNumber(project.stage);
  return (
    <nav aria-label="Project stages" className="stepper">
      <ol>
        {STAGES.map((stage) => {
          const n = stageNumber(stage);
          const state = n < current ? 'done' : n === current ? 'current' : 'todo';
          const entered = project.stageEnteredAt[stage];
          return (
            <li
              key={stage}
              className={`step step-${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="step-number" aria-hidden="true">
                {state === 'done' ? '✓' : n}
              </span>
              <span className="step-label">
                {stageLabel(stage)}
                <span className="visually-hidden">
                  {state === 'done' ? ' (done)' : state === 'current' ? ' (current stage)' : ' (to come)'}
                </span>
              </span>
              {entered && n <= current && <span className="step-date">{formatShortDate(entered)}</span>}
            </li>
          );
        })}
      </ol>
      {project.status !== 'open' && (
        <p className={`status-banner status-${project.status}`}>{statusLabel(project.status)}</p>
      )}
    </nav>
  );
}
