/** Where a calendar file went, or why it did not, in a status line screen readers announce. */
import { useApp } from '../../../app/app-context';
import type { SaveOutcome } from './calendar-files';

/** The status line under the buttons that save calendar files. */
export function SaveOutcomeLine({
  outcome,
  compact = false,
}: {
  outcome: SaveOutcome | null;
  compact?: boolean;
}) {
  const { host } = useApp();
  return (
    <div role="status" className={`status-line${compact ? ' compact' : ''}`}>
      {outcome?.status === 'saved' && (
        <>
          Calendar file saved to <span className="path">{outcome.path}</span>{' '}
          {host.kind === 'electron' && (
            <button
              type="button"
              className="button-link"
              onClick={() => void host.showInFolder({ path: outcome.path })}
            >
              Show in folder
            </button>
          )}
        </>
      )}
      {outcome?.status === 'cancelled' && 'Not saved: the save was cancelled.'}
      {outcome?.status === 'empty' && outcome.message}
      {outcome?.status === 'failed' && <span className="form-failure">Not saved: {outcome.message}</span>}
    </div>
  );
}
