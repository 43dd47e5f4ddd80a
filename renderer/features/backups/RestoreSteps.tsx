/**
 * Confirming a restore after its checks passed — with, for a backup DSH Desk cannot vouch for, a warning that
 * says what cannot be vouched for and a box the officer must tick — and, once done, the one-click undo.
 */
import { useState } from 'react';
import type { BackupToRestore, RestoreOutcome } from './backup-service';
import { contentsLabel, madeLabel, reasonLabel } from './backup-words';
import { restoreWarning } from './trust-words';

/** Asks the officer to confirm replacing everything with the checked backup. */
export function ConfirmRestore({
  backup,
  onConfirm,
  onCancel,
}: {
  backup: BackupToRestore;
  /** `confirmedUnvouched`: the officer ticked the box under the warning (false when there was none). */
  onConfirm: (confirmedUnvouched: boolean) => void;
  onCancel: () => void;
}) {
  const { manifest, counts } = backup.checked;
  const warning = restoreWarning(backup);
  const [understood, setUnderstood] = useState(false);
  const made = `made by DSH Desk ${manifest.appVersion} (${reasonLabel(manifest.reason).toLowerCase()})`;
  return (
    <div className="confirm-box" role="group" aria-labelledby="restore-confirm">
      <p id="restore-confirm">
        <strong>Restore the backup made {madeLabel(manifest.createdAt)}?</strong>
      </p>
      {warning ? (
        <>
          <div role="alert" className="restore-warning">
            <p>
              <strong>{warning.title}</strong> {warning.detail}
            </p>
          </div>
          <p>
            {backup.name} passed the checks DSH Desk can make without a seal: it is complete and well formed.
            It says it was {made} and holds {contentsLabel(counts)}.
          </p>
          <label className="restore-understood">
            <input
              type="checkbox"
              checked={understood}
              onChange={(event) => setUnderstood(event.target.checked)}
            />{' '}
            I understand that DSH Desk cannot vouch for this backup, and I want to restore it anyway.
          </label>
        </>
      ) : (
        <p>
          {backup.name} passed every check, and DSH Desk vouches for it: it was sealed by this installation
          and has not changed since. It was {made} and holds {contentsLabel(counts)}.
        </p>
      )}
      <p>
        Everything DSH Desk holds now will be replaced by this backup. The data as it is now is backed up
        first, so the restore can be undone.
      </p>
      <div className="form-actions">
        <button
          type="button"
          className="button danger"
          disabled={warning !== null && !understood}
          onClick={() => onConfirm(warning !== null && understood)}
        >
          Restore this backup
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** Says what was restored, where the data it replaced is, and offers to undo. */
export function RestoreDone({
  outcome,
  backup,
  enabled,
  onUndo,
}: {
  outcome: RestoreOutcome;
  backup: BackupToRestore;
  enabled: boolean;
  onUndo: () => void;
}) {
  return (
    <div className="restore-done">
      <p>
        <strong>Restored the backup made {madeLabel(backup.checked.manifest.createdAt)}.</strong> The data it
        replaced was backed up first, into <span className="path">{outcome.safetyBackup.fileName}</span>.
        {outcome.evidence.restored > 0 &&
          ` ${outcome.evidence.restored} evidence file${outcome.evidence.restored === 1 ? ' was' : 's were'} put back from the backup.`}
      </p>
      {outcome.evidence.problems.length > 0 && (
        <div role="alert" className="form-failure">
          <p>Some evidence files of the restored records are not on this computer:</p>
          <ul>
            {outcome.evidence.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <button type="button" className="button" disabled={!enabled} onClick={onUndo}>
        Undo this restore
      </button>
    </div>
  );
}
