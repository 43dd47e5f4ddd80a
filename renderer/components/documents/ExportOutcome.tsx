/** Where an exported file went, or why it did not, in a status line screen readers announce. */
import { useApp } from '../../app/app-context';
import type { SaveOutcome } from './document-files';

/** What the line can say: a save's outcome, or that there was nothing to save (with the reason). */
export type ShownOutcome = SaveOutcome | { status: 'empty'; message: string };

/**
 * The status line under an export button; `what` names the file ("Certificate", "Calendar file");
 * `compact` drops the line's reserved height where it sits in a toolbar or a list.
 */
export function ExportOutcome({
  outcome,
  what,
  compact = false,
}: {
  outcome: ShownOutcome | null;
  what: string;
  compact?: boolean;
}) {
  const { host } = useApp();
  return (
    <div role="status" className={`status-line export-outcome${compact ? ' compact' : ''}`}>
      {outcome?.status === 'working' && <span className="muted">Preparing the file…</span>}
      {outcome?.status === 'saved' && (
        <>
          {what} saved to <span className="path">{outcome.path}</span>{' '}
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
