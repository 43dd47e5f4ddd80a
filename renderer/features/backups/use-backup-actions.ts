/**
 * What the Backups panel is doing, one thing at a time: backing up, exporting, checking a backup, asking the
 * officer to confirm a restore, restoring, undoing; with progress, and a plain sentence when it is done.
 */
import { useEffect, useState } from 'react';
import { useApp } from '../../app/app-context';
import { useWriteContext } from '../../app/current-staff';
import {
  backUp,
  exportBackup,
  openBackup,
  restore,
  type BackupContext,
  type BackupToRestore,
  type RestoreOutcome,
} from './backup-service';
import { backupFailureMessage } from './backup-failure';
import { contentsLabel, madeLabel, progressWords } from './backup-words';

/** Where the panel is. */
export type BackupStatus =
  | { kind: 'idle' }
  | { kind: 'busy'; label: string; done: number; total: number; words: string | null }
  | { kind: 'confirm'; backup: BackupToRestore }
  | { kind: 'restored'; outcome: RestoreOutcome; backup: BackupToRestore }
  | { kind: 'done'; message: string }
  | { kind: 'failed'; message: string };

/** Where a backup to restore comes from: the folder, a file the officer picks, or memory (the undo). */
export type RestoreSource = Parameters<typeof openBackup>[1];

function failure(error: unknown, doing: string): BackupStatus {
  return { kind: 'failed', message: backupFailureMessage(error, doing) };
}

/** The panel's state and what the officer can do. `context` is null until the app's version is known. */
export function useBackupActions() {
  const { host } = useApp();
  const ctx = useWriteContext();
  const [appVersion, setAppVersion] = useState<string | null>(null);
  const [status, setStatus] = useState<BackupStatus>({ kind: 'idle' });
  useEffect(() => {
    void host.getAppInfo().then(
      (info) => setAppVersion(info.version),
      () => setAppVersion('unknown'),
    );
  }, [host]);
  const context: BackupContext | null = appVersion === null ? null : { ctx, host, appVersion };
  /** `label` names the step; `past` says how far it got ("Backed up" 12,000 of 50,000 records). */
  const progress = (label: string, past: string) => (done: number, total: number) =>
    setStatus({
      kind: 'busy',
      label,
      done,
      total,
      words: total > 0 ? progressWords(past, done, total) : null,
    });

  async function run(doing: string, work: (context: BackupContext) => Promise<BackupStatus>): Promise<void> {
    if (!context) return;
    setStatus({ kind: 'busy', label: `${doing}…`, done: 0, total: 0, words: null });
    try {
      setStatus(await work(context));
    } catch (error) {
      setStatus(failure(error, doing));
    }
  }

  return {
    status,
    ready: context !== null && status.kind !== 'busy',
    backUpNow: () =>
      run('Backing up', async (c) => {
        const { backup } = await backUp(c, 'manual', progress('Backing up…', 'Backed up'));
        const what = backup.contents ? ` (${contentsLabel(backup.contents.counts)})` : '';
        return {
          kind: 'done',
          message:
            host.kind === 'electron'
              ? `Backed up${what} into ${backup.fileName}.`
              : `Downloaded ${backup.fileName}${what}. Keep it somewhere safe.`,
        };
      }),
    exportNow: () =>
      run('Exporting', async (c) => {
        const result = await exportBackup(c, progress('Exporting…', 'Exported'));
        return result.status === 'saved'
          ? { kind: 'done', message: `Exported to ${result.path}.` }
          : { kind: 'done', message: 'Not exported: the save was cancelled.' };
      }),
    openFrom: (source: RestoreSource) =>
      run('Checking the backup', async (c) => {
        const backup = await openBackup(c, source, progress('Checking the backup…', 'Checked'));
        return backup ? { kind: 'confirm', backup } : { kind: 'idle' };
      }),
    /** `confirmedUnvouched`: the officer ticked that they restore a backup DSH Desk cannot vouch for. */
    confirmRestore: (backup: BackupToRestore, confirmedUnvouched: boolean) =>
      run('Restoring', async (c) => {
        const outcome = await restore(
          c,
          backup,
          'restore',
          {
            safety: progress('Backing up the data as it is now…', 'Backed up'),
            restore: progress('Restoring…', 'Restored'),
          },
          confirmedUnvouched,
        );
        return { kind: 'restored', outcome, backup };
      }),
    undo: (outcome: RestoreOutcome) =>
      run('Undoing the restore', async (c) => {
        const before = await openBackup(
          c,
          outcome.undo,
          progress('Checking the backup made before the restore…', 'Checked'),
        );
        if (!before) return { kind: 'idle' };
        await restore(c, before, 'undo-restore', {
          safety: progress('Backing up the data as it is now…', 'Backed up'),
          restore: progress('Undoing the restore…', 'Restored'),
        });
        return {
          kind: 'done',
          message: `The restore was undone: DSH Desk holds the data as it was at ${madeLabel(before.checked.manifest.createdAt)}, before the restore.`,
        };
      }),
    cancel: () => setStatus({ kind: 'idle' }),
  };
}
