// The restore confirmation: what it says of a backup DSH Desk vouches for, and of one it cannot vouch for —
// including every backup in a browser, where there is no key to check a seal with.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { BackupTrust } from '../../../../../shared/contract/backup-trust';
import { CANNOT_VOUCH } from '../../../../../renderer/host/browser-backups';
import { ConfirmRestore } from '../../../../../renderer/features/backups/RestoreSteps';
import type { BackupToRestore } from '../../../../../renderer/features/backups/backup-service';

function backupWith(trust: BackupToRestore['trust']): BackupToRestore {
  return {
    name: 'from a colleague.json',
    readerId: '0'.repeat(32),
    blob: new Blob([]),
    trust,
    checked: {
      manifest: {
        format: 'dsh-desk-backup',
        formatVersion: 1,
        app: 'DSH Desk',
        appVersion: '0.1.0',
        schemaVersion: 3,
        createdAt: '2026-11-25T10:00:00.000Z',
        reason: 'export',
        counts: { projects: 2, people: 3 },
        sha256: '0'.repeat(64),
      },
      counts: { projects: 2, people: 3 },
      records: 5,
      auditTail: { seq: 0, hash: '0'.repeat(64), at: undefined },
      auditWarning: null,
      evidence: [],
    },
  } as BackupToRestore;
}

it('vouches for a backup sealed here, and restores it with one click', async () => {
  const onConfirm = jest.fn();
  render(
    <ConfirmRestore
      backup={backupWith({ kind: 'sealed-here', installationId: 'a' })}
      onConfirm={onConfirm}
      onCancel={() => undefined}
    />,
  );
  expect(screen.getByText(/passed every check, and DSH Desk vouches for it/)).toBeVisible();
  expect(screen.queryByRole('alert')).toBeNull();
  await userEvent.click(screen.getByRole('button', { name: 'Restore this backup' }));
  expect(onConfirm).toHaveBeenCalledWith(false);
});

it.each<[BackupTrust, string]>([
  [CANNOT_VOUCH, 'DSH Desk cannot vouch for any backup in a browser.'],
  [
    { kind: 'sealed-elsewhere', installationId: 'b7e1' },
    'This backup was made by another DSH Desk installation.',
  ],
  [{ kind: 'not-sealed', installationId: null }, 'This backup carries no seal.'],
  [{ kind: 'seal-broken', installationId: 'a' }, 'This backup has been changed since DSH Desk made it.'],
])(
  'warns about a backup it cannot vouch for (%j) and restores it only once confirmed',
  async (trust, title) => {
    const onConfirm = jest.fn();
    render(<ConfirmRestore backup={backupWith(trust)} onConfirm={onConfirm} onCancel={() => undefined} />);
    expect(screen.getByRole('alert')).toHaveTextContent(title);
    expect(screen.queryByText(/passed every check/)).toBeNull();
    const restore = screen.getByRole('button', { name: 'Restore this backup' });
    expect(restore).toBeDisabled();
    await userEvent.click(screen.getByLabelText(/I understand that DSH Desk cannot vouch for this backup/));
    await userEvent.click(restore);
    expect(onConfirm).toHaveBeenCalledWith(true);
  },
);
