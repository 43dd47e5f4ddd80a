/**
 * One tab per stage the project has reached (ARIA tabs: arrow keys, Home and End move between them). A
 * panel once shown stays mounted while hidden, so switching tabs never loses what was typed in a form.
 */
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { stageLabel, type Stage } from '../../../../shared/domain';

/** The tabs and their panels. */
export function StageTabs({
  stages,
  current,
  selected,
  onSelect,
  panel,
}: {
  /** The stages reached, in order. */
  stages: readonly Stage[];
  /** The project's current stage (marked "current"), or undefined once it has ended. */
  current: Stage | undefined;
  selected: Stage;
  onSelect: (stage: Stage) => void;
  panel: (stage: Stage) => ReactNode;
}) {
  const tabs = useRef(new Map<Stage, HTMLButtonElement>());
  const [shown, setShown] = useState<ReadonlySet<Stage>>(() => new Set([selected]));
  if (!shown.has(selected)) setShown(new Set([...shown, selected]));

  const select = (stage: Stage, focus: boolean) => {
    onSelect(stage);
    if (focus) tabs.current.get(stage)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const index = stages.indexOf(selected);
    const target =
      event.key === 'ArrowRight'
        ? stages[(index + 1) % stages.length]
        : event.key === 'ArrowLeft'
          ? stages[(index - 1 + stages.length) % stages.length]
          : event.key === 'Home'
            ? stages[0]
            : event.key === 'End'
              ? stages.at(-1)
              : undefined;
    if (!target) return;
    event.preventDefault();
    select(target, true);
  };

  return (
    <div className="stage-tabs">
      <div role="tablist" aria-label="Stages of the project" className="tab-list" onKeyDown={onKeyDown}>
        {stages.map((stage) => (
          <button
            key={stage}
            ref={(element) => {
              if (element) tabs.current.set(stage, element);
              else tabs.current.delete(stage);
            }}
            type="button"
            role="tab"
            id={`tab-${stage}`}
            aria-controls={`panel-${stage}`}
            aria-selected={stage === selected}
            tabIndex={stage === selected ? 0 : -1}
            className="tab"
            onClick={() => select(stage, false)}
          >
            {stageLabel(stage)}
            {stage === current && <span className="tab-current"> (current)</span>}
          </button>
        ))}
      </div>
      {stages.map((stage) =>
        shown.has(stage) ? (
          <div
            key={stage}
            role="tabpanel"
            id={`panel-${stage}`}
            aria-labelledby={`tab-${stage}`}
            hidden={stage !== selected}
            className="tab-panel"
          >
            {panel(stage)}
          </div>
        ) : null,
      )}
    </div>
  );
}
