/**
 * Why the last save of a record form did not happen: the repository's message, or — when the record was
 * changed elsewhere — what changed, by whom and when, with the two ways on: show the latest version, or
 * keep what was typed (the stored values then appear beside the fields that differ).
 */
import { changeSentence, type ChangeElsewhere } from './stale-changes';
import './forms.css';

/** The state of a record form's last save attempt, when it did not save. */
export type SaveProblemState =
  { kind: 'failure'; message: string } | { kind: 'stale'; changes: ChangeElsewhere[] } | { kind: 'kept' };

interface SaveProblemProps {
  problem: SaveProblemState;
  onShowLatest: () => void;
  onKeepTyped: () => void;
}

/** The alert above the form's buttons. */
export function SaveProblem({ problem, onShowLatest, onKeepTyped }: SaveProblemProps) {
  if (problem.kind === 'failure') {
    return (
      <p role="alert" className="form-failure">
        {problem.message}
      </p>
    );
  }
  if (problem.kind === 'kept') {
    return (
      <p role="status" className="form-note">
        Your changes are kept over the latest version. The stored value is shown under each field that
        differs: check them, then save again.
      </p>
    );
  }
  return (
    <div role="alert" className="form-failure stale-notice">
      <p>
        Not saved: this record was changed elsewhere (for example in another window) after you opened it.
        Nothing you typed is lost.
      </p>
      {problem.changes.length > 0 && (
        <ul>
          {problem.changes.map((change, i) => (
            <li key={i}>{changeSentence(change)}</li>
          ))}
        </ul>
      )}
      <div className="form-actions">
        <button type="button" className="button secondary" onClick={onShowLatest}>
          Show the latest
        </button>
        <button type="button" className="button secondary" onClick={onKeepTyped}>
          Keep what I typed
        </button>
      </div>
    </div>
  );
}
