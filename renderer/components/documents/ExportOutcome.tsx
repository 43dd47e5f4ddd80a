/** Where an exported file went, or why it did not, in a status line screen readers announce. */
import { useApp } from '../../app/app-context';
import type { SaveOutcome } from './document-files';

/** The status line under an export button; `what` names the file ("Certificate", "Project record"). */
export function ExportOutcome({ outcome, what }: { outcome: SaveOutcome | null; what: string }) {
  const { host } = useApp();
  return (
    <div role="status" className="status-line export-outcome">
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
      {outcome?.status === 'failed' && <span className="form-failure">Not saved: {outcome.message}</span>}
    </div>
  );
}
