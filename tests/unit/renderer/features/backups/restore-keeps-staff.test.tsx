// Restoring a backup that does not list the staff member at this computer: the "Restored … Undo this restore"
// confirmation stays, and the restore and its undo are signed by that staff member as they were before.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { render } from '@testing-library/react';
import { AppContext } from '../../../../../renderer/app/app-context';
import { CURRENT_STAFF_KEY } from '../../../../../renderer/db/repositories/current-staff';
import { BackupsPanel } from '../../../../../renderer/features/backups/BackupsPanel';
import { CurrentStaffGate } from '../../../../../renderer/features/staff/CurrentStaffGate';
import { backupOf, populatedDb } from '../../db/backup-fixtures';
import { folderHost, type FolderHost } from '../../db/backup-host';
import { harness } from '../stages/app-harness';

jest.setTimeout(60_000);

let place: FolderHost;
let file: string;
beforeEach(async () => {
  place = await folderHost();
  file = path.join(os.tmpdir(), `dsh-staffless-backup-${process.pid}.json`);
});
afterEach(async () => {
  await place.remove();
  await fs.rm(file, { force: true });
});

/** The notice that the staff member at this computer is not in the data's staff list. */
const notice = () =>
  screen
    .queryAllByRole('status')
    .find((element) => /is not in the staff list/.test(element.textContent ?? ''));

it('keeps the confirmation and signs the restore and its undo with the staff member as they were', async () => {
  // A backup from a team that never had this computer's staff member.
  const other = await populatedDb();
  await fs.writeFile(file, (await backupOf(other.db)).text);
  place.dialog.pick = file;

  const h = await harness();
  await h.db.meta.put({ key: CURRENT_STAFF_KEY, value: h.staff.id });
  render(
    <AppContext.Provider
      value={{ db: h.db, host: place.host, persistence: 'unsupported', osUserName: 'sam' }}
    >
      <CurrentStaffGate>
        <BackupsPanel />
      </CurrentStaffGate>
    </AppContext.Provider>,
  );

  await userEvent.click(await screen.findByRole('button', { name: 'Restore from a file…' }));
  const confirm = await screen.findByRole(
    'group',
    { name: /^Restore the backup made / },
    { timeout: 20_000 },
  );
  await userEvent.click(within(confirm).getByLabelText(/I understand that DSH Desk cannot vouch/));
  await userEvent.click(within(confirm).getByRole('button', { name: 'Restore this backup' }));

  await screen.findByText(/^Restored the backup made /, {}, { timeout: 20_000 });
  expect(await h.db.staffMembers.get(h.staff.id)).toBeUndefined();
  // Once the app has seen the restored staff list, it says so — and the confirmation is still there.
  await waitFor(() =>
    expect(notice()?.textContent).toMatch(
      new RegExp(`^${h.staff.name} is not in the staff list of the data DSH Desk holds now`),
    ),
  );
  expect(screen.getByText(/^Restored the backup made /)).toBeVisible();
  const restoreEvent = await h.db.auditEvents.where('action').equals('restore').first();
  expect(restoreEvent?.actor).toMatchObject({ staffId: h.staff.id, staffName: h.staff.name });

  await userEvent.click(screen.getByRole('button', { name: 'Undo this restore' }));
  expect(await screen.findByText(/^The restore was undone/, {}, { timeout: 20_000 })).toBeVisible();
  const undoEvent = await h.db.auditEvents.where('action').equals('undo-restore').first();
  expect(undoEvent?.actor).toMatchObject({ staffId: h.staff.id, staffName: h.staff.name });
  // Back to data that lists them: the notice has gone.
  expect(await h.db.staffMembers.get(h.staff.id)).toBeDefined();
  await screen.findByRole('button', { name: 'Back up now' });
  expect(notice()).toBeUndefined();
});
