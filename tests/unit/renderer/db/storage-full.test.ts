/** @jest-environment ./tests/helpers/jsdom-environment.cjs */
// A full disk or storage quota, as IndexedDB reports it through Dexie, and what the officer is told.
jest.setTimeout(30_000);

import Dexie, { type DBCore, type Middleware } from 'dexie';
import { faultMessage } from '../../../../renderer/db/errors';
import { addPerson, updatePerson } from '../../../../renderer/db/repositories/people';
import {
  openBackup,
  restore,
  backUp,
  type BackupContext,
} from '../../../../renderer/features/backups/backup-service';
import { backupFailureMessage } from '../../../../renderer/features/backups/backup-failure';
import { APP_VERSION, populatedDb, snapshot } from './backup-fixtures';
import { folderHost, type FolderHost } from './backup-host';
import { personForm } from './db-fixtures';

const quotaException = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

// The shapes a full disk arrives in: IndexedDB's own exception, Dexie's name for it, and Dexie's AbortError
// of the whole transaction with the quota error inside.
const SHAPES: [string, () => unknown][] = [
  ['IndexedDB’s QuotaExceededError', quotaException],
  ['Dexie’s QuotaExceededError', () => new Dexie.QuotaExceededError(quotaException())],
  ['Dexie’s AbortError wrapping it', () => new Dexie.AbortError('Transaction aborted', quotaException())],
];

/** Makes every write of `db` fail with `fault()` while `full.on` is true, as a full disk would. */
function fillTheDisk(db: Dexie, fault: () => unknown): { on: boolean } {
  const full = { on: false };
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'full-disk',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) => (full.on ? Promise.reject(fault()) : table.mutate(request)),
        };
      },
    }),
  };
  db.close();
  db.use(middleware);
  return full;
}

let place: FolderHost;
beforeEach(async () => {
  place = await folderHost();
});
afterEach(async () => {
  await place.remove();
});

describe('a save when the computer’s storage is full', () => {
  it.each(SHAPES)(
    'says nothing was saved and what to do (%s), and keeps the data as it was',
    async (_, fault) => {
      const { db, ctx } = await populatedDb();
      const full = fillTheDisk(db, fault);
      await db.open();
      const person = await addPerson(ctx, personForm({ email: 'ada@example.ac.uk' }));
      const before = await snapshot(db);

      full.on = true;
      const adding = addPerson(ctx, personForm({ email: 'bo@example.ac.uk' }));
      await expect(adding).rejects.toBeDefined();
      expect(faultMessage(await adding.catch((error: unknown) => error))).toBe(
        "The computer's storage is full: nothing was saved. Free some disk space, then save again.",
      );
      const editing = updatePerson(ctx, person.id, person.revision, personForm({ phone: '01234 567890' }));
      expect(faultMessage(await editing.catch((error: unknown) => error))).toBe(
        "The computer's storage is full: nothing was saved. Free some disk space, then save again.",
      );

      full.on = false;
      expect(await snapshot(db)).toEqual(before);
    },
  );

  it('keeps the message of any other failure as it is', () => {
    expect(faultMessage(new Error('Something else went wrong.'))).toBe('Something else went wrong.');
    expect(faultMessage(new Dexie.AbortError('Transaction aborted'))).toBe('Transaction aborted');
  });
});

describe('a restore when the computer’s storage is full', () => {
  it.each(SHAPES)(
    'says nothing was saved and what to do (%s), and keeps the data as it was',
    async (_, fault) => {
      const { db, ctx } = await populatedDb();
      const context: BackupContext = { ctx, host: place.host, appVersion: APP_VERSION };
      const written = await backUp(context, 'manual');
      await db.projects.limit(3).modify({ title: 'Renamed after the backup' });
      const full = fillTheDisk(db, fault);
      await db.open();
      const before = await snapshot(db);
      const chosen = await openBackup(context, { fileName: written.backup.fileName });

      full.on = true;
      const failed = await restore(context, chosen!, 'restore').catch((error: unknown) => error);
      expect(backupFailureMessage(failed, 'Restoring')).toBe(
        "Restoring failed. The computer's storage is full: nothing was saved. Free some disk space, then try again.",
      );

      full.on = false;
      expect(await snapshot(db)).toEqual(before);
    },
  );
});
