// What the officer reads once a restore is done: where the replaced data went, the evidence files put back,
// and each file that is not on this computer, by name.
import { render, screen } from '@testing-library/react';
import { RestoreDone } from '../../../../../renderer/features/backups/RestoreSteps';
import type {
  BackupToRestore,
  RestoreOutcome,
} from '../../../../../renderer/features/backups/backup-service';

const backup = {
  name: 'dsh-desk-backup-2026-12-06T10-00-00-000Z-manual.json',
  checked: { manifest: { createdAt: '2026-12-06T10:00:00.000Z' } },
} as BackupToRestore;

function outcomeWith(evidence: RestoreOutcome['evidence']): RestoreOutcome {
  return {
    safetyBackup: { fileName: 'dsh-desk-backup-2026-12-07T09-00-00-000Z-before-restore.json' },
    evidence,
  } as RestoreOutcome;
}

it('says how many evidence files were put back, and names each one that is not on this computer', () => {
  const problem =
    '"signed form.pdf" (a membership) is not in this backup and not on this computer: attach it again.';
  render(
    <RestoreDone
      outcome={outcomeWith({
        restored: 3,
        alreadyHere: 1,
        problems: [problem],
        missing: ['"signed form.pdf" (a membership)'],
        damaged: [],
      })}
      backup={backup}
      enabled
      onUndo={() => undefined}
    />,
  );
  expect(screen.getByText(/3 evidence files were put back from the backup\./)).toBeVisible();
  const alert = screen.getByRole('alert');
  expect(alert).toHaveTextContent('Some evidence files of the restored records are not on this computer:');
  expect(alert).toHaveTextContent(problem);
});

it('raises no alarm when every evidence file is here', () => {
  render(
    <RestoreDone
      outcome={outcomeWith({ restored: 0, alreadyHere: 2, problems: [], missing: [], damaged: [] })}
      backup={backup}
      enabled
      onUndo={() => undefined}
    />,
  );
  expect(screen.queryByRole('alert')).toBeNull();
  expect(screen.queryByText(/evidence files? (was|were) put back/)).toBeNull();
});
