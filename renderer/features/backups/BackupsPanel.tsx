/**
 * Settings → Backups: where backups are kept and how many, the backups themselves (when, why, size, what they
 * hold), "Back up now", "Export…", and "Restore…" from the list or from a file — checked first, confirmed,
 * then undoable with one click.
 */
import { useApp } from '../../app/app-context';
import { lastAutomaticBackupProblem } from './automatic-backups';
import { BackupSettingsForm } from './BackupSettingsForm';
import { BackupTable } from './BackupTable';
import { ClockWarning } from './ClockWarning';
import { ConfirmRestore, RestoreDone } from './RestoreSteps';
import { useBackupActions } from './use-backup-actions';
import { useBackupList } from './use-backup-list';
import { NO_BACKUPS_FOLDER } from '../../host/browser-backups';
import './backups.css';

/** The Backups panel. */
export function BackupsPanel() {
  const { host } = useApp();
  const desktop = host.kind === 'electron';
  const { list, error, refresh } = useBackupList(host);
  const actions = useBackupActions();
  const { status, ready } = actions;
  const automaticProblem = lastAutomaticBackupProblem();

  return (
    <section className="panel" aria-labelledby="backups-heading">
      <h2 id="backups-heading">Backups</h2>
      {desktop ? (
        <p>
          DSH Desk backs up its data when it starts (if the last backup is over a day old), every{' '}
          {list?.settings.everyHours ?? '…'} hours while it is open, before every upgrade and before every
          restore, into <span className="path">{list?.folder ?? '…'}</span>. It keeps the newest backup of
          each of the last {list?.settings.keepDaily ?? '…'} days and {list?.settings.keepWeekly ?? '…'}{' '}
          weeks.
        </p>
      ) : (
        <p>{NO_BACKUPS_FOLDER}</p>
      )}
      {automaticProblem && <p role="alert">The last automatic backup failed: {automaticProblem}</p>}
      {desktop && list && <ClockWarning list={list} />}

      <div className="form-actions">
        <button type="button" className="button" disabled={!ready} onClick={actions.backUpNow}>
          Back up now
        </button>
        <button type="button" className="button secondary" disabled={!ready} onClick={actions.exportNow}>
          Export…
        </button>
        <button
          type="button"
          className="button secondary"
          disabled={!ready}
          onClick={() => actions.openFrom({ pick: true })}
        >
          Restore from a file…
        </button>
      </div>

      <div role="status" className="status-line backup-status">
        {status.kind === 'busy' && (
          <>
            <label htmlFor="backup-progress">{status.label}</label>{' '}
            <progress
              id="backup-progress"
              max={status.total || undefined}
              value={status.total ? status.done : undefined}
            />{' '}
            {status.words && <span className="backup-progress-words">{status.words}</span>}
          </>
        )}
        {status.kind === 'done' && status.message}
        {status.kind === 'failed' && <span className="form-failure">{status.message}</span>}
      </div>
      {status.kind === 'confirm' && (
        <ConfirmRestore
          backup={status.backup}
          onConfirm={(confirmedUnvouched) => actions.confirmRestore(status.backup, confirmedUnvouched)}
          onCancel={actions.cancel}
        />
      )}
      {status.kind === 'restored' && (
        <RestoreDone
          outcome={status.outcome}
          backup={status.backup}
          enabled={ready}
          onUndo={() => actions.undo(status.outcome)}
        />
      )}

      {desktop && (
        <>
          <h3>In the backups folder</h3>
          {error && <p role="alert">Could not list the backups: {error}</p>}
          {list && (
            <BackupTable
              backups={list.backups}
              enabled={ready}
              onRestore={(fileName) => actions.openFrom({ fileName })}
            />
          )}
          {list && (
            <BackupSettingsForm
              key={JSON.stringify(list.settings)}
              host={host}
              settings={list.settings}
              onSaved={refresh}
            />
          )}
        </>
      )}
    </section>
  );
}
