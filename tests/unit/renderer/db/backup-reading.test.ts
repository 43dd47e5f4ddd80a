/** @jest-environment ./tests/helpers/jsdom-environment.cjs */
// The restore pre-check, before the officer is asked anything: values that must be unique, a file whose line
// endings were converted (e-mail, a Windows editor), and a text field far larger than any DSH Desk writes.
jest.setTimeout(60_000);

import { createHash } from 'node:crypto';
import { manifestLine } from '../../../../shared/contract/backup-payloads';
import { BackupRefusedError, checkBackup, restoreBackup } from '../../../../renderer/db/backup';
import { backupOf, edited, populatedDb, rowsOf, snapshot, split } from './backup-fixtures';
import type { TestDb } from './db-fixtures';

let source: TestDb;
let backup: { blob: Blob; text: string };
beforeAll(async () => {
  source = await populatedDb();
  backup = await backupOf(source.db);
});

/** The refusal `checkBackup` gives `blob` (the check alone: nothing is asked or written before it). */
async function checkRefusal(blob: Blob, target: TestDb): Promise<string> {
  const before = await snapshot(target.db);
  try {
    await checkBackup(target.db, blob);
  } catch (error) {
    expect(error).toBeInstanceOf(BackupRefusedError);
    expect(await snapshot(target.db)).toEqual(before);
    return (error as Error).message;
  }
  throw new Error('The check passed, but it should have refused the backup.');
}

describe('the pre-check finds values that must be unique', () => {
  it('one person twice on one project: names the table, the value and the rows', async () => {
    const blob = edited(backup.text, (doc) => {
      const memberships = rowsOf(doc, 'memberships');
      memberships[4]!.projectId = memberships[1]!.projectId;
      memberships[4]!.personId = memberships[1]!.personId;
    });
    expect(await checkRefusal(blob, await populatedDb())).toMatch(
      /^Rows 2 and 5 of the memberships table both have “[^”]+” and “[^”]+” as their projectId and personId, which must be unique, so this backup cannot be restored as it is\. Nothing has been changed\.$/,
    );
  });

  it('two people with one e-mail address restore: two workstations of a team can both record one', async () => {
    const blob = edited(backup.text, (doc) => {
      const people = rowsOf(doc, 'people');
      people[4]!.email = people[1]!.email;
    });
    const target = await populatedDb();
    const checked = await checkBackup(target.db, blob);
    await restoreBackup(target.ctx, blob, checked, { action: 'restore', entityId: 'same-email' });
    const people = await target.db.people.toArray();
    expect(new Set(people.map((person) => person.email)).size).toBe(people.length - 1);
  });
});

describe('reading robustly', () => {
  it('a backup whose line endings were converted to CRLF restores: its content is unchanged', async () => {
    const crlf = new Blob([backup.text.replace(/\n/g, '\r\n')]);
    const target = await populatedDb();
    await target.db.projects.limit(1).modify({ title: 'Changed after the backup' });
    const checked = await checkBackup(target.db, crlf);
    await restoreBackup(target.ctx, crlf, checked, { action: 'restore', entityId: 'crlf' });
    const restored = await snapshot(target.db);
    const original = await snapshot(source.db);
    expect(restored.projects).toEqual(original.projects);
    expect(restored.people).toEqual(original.people);
  });

  /** The backup with one project's description replaced by `text` (already JSON-escaped), checksum matching. */
  function withDescription(text: string): Blob {
    const { manifest, body } = split(backup.text);
    const at = body.indexOf('"description":"') + '"description":"'.length;
    const forged = `${body.slice(0, at)}${text}${body.slice(body.indexOf('"', at))}`;
    const sha256 = createHash('sha256').update(forged).digest('hex');
    return new Blob([manifestLine({ ...manifest, sha256 }), forged]);
  }

  it('a backup with a 50 MB text field is refused with a clear message, never a parser message', async () => {
    const message = await checkRefusal(withDescription('x'.repeat(50 * 1024 * 1024)), await populatedDb());
    expect(message).toBe(
      'This backup cannot be restored: it holds a text of more than 1 MB, and no field DSH Desk writes is longer than 100,000 characters, so it was not written by DSH Desk as it is. Nothing has been changed.',
    );
  });

  it('so is an 11-million-character text broken by escaped quotes, which only the streaming reader finds too long', async () => {
    const message = await checkRefusal(withDescription('xxxxxxx\\"'.repeat(1_400_000)), await populatedDb());
    expect(message).toMatch(/^This backup cannot be restored: it holds a text of more than 1 MB/);
    expect(message).not.toMatch(/buffer|textNode/i);
  });
});
