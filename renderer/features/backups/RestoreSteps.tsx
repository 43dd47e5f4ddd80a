/** Confirming a restore after its checks passed, and, once done, the one-click undo. */
import type { BackupToRestore, RestoreOutcome } from './backup-service';
import { contentsLabel, madeLabel, reasonLabel } from './backup-words';

/** Asks the officer to confirm replacing everything with the checked backup. */
export function ConfirmRestore({
  backup,
  onConfirm,
  onCancel,
}: {
  backup: BackupToRestore;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { manifest, counts } = backup.checked;
  return (
    <div className="confirm-box" role="group" aria-labelledby="restore-confirm">
      <p id="restore-confirm">
        <strong>Restore the backup made {madeLabel(manifest.createdAt)}?</strong>
      </p>
      <p>
        {backup.name} passed every check. It was made by DSH Desk {manifest.appVersion} (
        {reasonLabel(manifest.reason).toLowerCase()}) and holds {contentsLabel(counts)}.
      </p>
      <p>
        Everything DSH Desk holds now will be replaced by this backup. The data as it is now is backed up
        first, so the restore can be undone.
      </p>
      <div className="form-actions">
        <button type="button" className="button danger" onClick={onConfirm}>
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
      </p>
      <button type="button" className="button" disabled={!enabled} onClick={onUndo}>
        Undo this restore
      </button>
    </div>
  );
}
