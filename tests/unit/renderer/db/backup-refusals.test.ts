/** @jest-environment ./tests/helpers/jsdom-environment.cjs */
// Every refusal leaves the database exactly as it was; each edited backup is resealed (new checksum) so the
// check under test, not the checksum, is what refuses it.
jest.setTimeout(30_000);

import { PDFDocument } from 'pdf-lib';
import { exportDB } from 'dexie-export-import';
import { manifestLine } from '../../../../shared/contract/backup-payloads';
import { BackupRefusedError, checkBackup, restoreBackup } from '../../../../renderer/db/backup';
import type { DshDatabase } from '../../../../renderer/db/database';
import {
  backupOf,
  edited,
  type ExportDocument,
  populatedDb,
  rowsOf,
  sealed,
  snapshot,
  split,
} from './backup-fixtures';
import type { TestDb } from './db-fixtures';

let target: TestDb;
let backup: { blob: Blob; text: string };
let before: Record<string, unknown[]>;

beforeAll(async () => {
  target = await populatedDb();
  backup = await backupOf(target.db);
  await target.db.projects.limit(1).modify({ title: 'Changed since the backup' });
  before = await snapshot(target.db);
});

/** Checks and (if the check passes) restores `blob` into the target; returns the refusal's message. */
async function refusalOf(blob: Blob, db: DshDatabase = target.db): Promise<string> {
  try {
    const checked = await checkBackup(db, blob);
    await restoreBackup(target.ctx, blob, checked, { action: 'restore', entityId: 'test' });
  } catch (error) {
    expect(error).toBeInstanceOf(BackupRefusedError);
    expect((error as Error).message).toMatch(/ Nothing has been changed\.$/);
    return (error as Error).message;
  }
  throw new Error('The backup was restored, but it should have been refused.');
}

afterEach(async () => {
  expect(await snapshot(target.db)).toEqual(before);
});

describe('a backup that must be refused', () => {
  it('a truncated file: its checksum no longer matches', async () => {
    const cut = backup.blob.slice(0, Math.floor(backup.blob.size * 0.6));
    expect(await refusalOf(cut)).toMatch(/^This backup is damaged or incomplete: its contents do not match/);
  });

  it('a truncated file resealed to match: the rows it declares are not all there', async () => {
    const { manifest, body } = split(backup.text);
    const message = await refusalOf(sealed(manifest, body.slice(0, Math.floor(body.length * 0.6))));
    expect(message).toMatch(
      /^This backup is (damaged or incomplete: it says the \w+ table has \d+ rows, but \d+ were found|damaged: it could not be read to the end)/,
    );
  });

  it('a file of another format: a PDF, a JSON file, an export without our description', async () => {
    const pdf = await (await PDFDocument.create()).save();
    expect(await refusalOf(new Blob([pdf as BlobPart]))).toBe(
      'This file is not a DSH Desk backup. Nothing has been changed.',
    );
    expect(await refusalOf(new Blob(['{"projects":[]}\n']))).toMatch(/^This file is not a DSH Desk backup\./);
    const plainExport = await exportDB(target.db);
    expect(await refusalOf(plainExport)).toMatch(/^This file is not a DSH Desk backup\./);
    expect(await refusalOf(new Blob([]))).toBe('The file is empty. Nothing has been changed.');
  });

  it('a wrong row count: the description promises a row the file does not hold', async () => {
    const blob = edited(backup.text, (doc) => {
      rowsOf(doc, 'projects').pop();
    });
    const { projects, people } = split(backup.text).manifest.counts as Record<string, number>;
    expect(await refusalOf(blob)).toBe(
      `This backup is damaged or incomplete: it says the projects table has ${projects} rows, but ${projects! - 1} were found. Nothing has been changed.`,
    );
    const disagreeing = edited(
      backup.text,
      () => undefined,
      (m) => ({ ...m, counts: { ...m.counts, people: people! + 1 } }),
    );
    expect(await refusalOf(disagreeing)).toMatch(
      `This backup is damaged: it says both ${people! + 1} and ${people} rows for the people table.`,
    );
  });

  it('a row that fails its schema, naming the table, the row and the field', async () => {
    const blob = edited(backup.text, (doc) => {
      rowsOf(doc, 'people')[2]!.email = 'not an e-mail address';
    });
    expect(await refusalOf(blob)).toMatch(/^Row 3 of the people table cannot be restored: email: /);
  });

  it('a backup from a newer schema', async () => {
    const newer = target.db.verno + 1;
    const blob = edited(
      backup.text,
      (doc) => {
        doc.data.databaseVersion = newer;
      },
      (m) => ({ ...m, schemaVersion: newer, appVersion: '9.0.0' }),
    );
    expect(await refusalOf(blob)).toBe(
      `This backup was made by a newer version of DSH Desk (9.0.0, schema version ${newer}; this version knows up to ${target.db.verno}). Install the latest DSH Desk to restore it. Nothing has been changed.`,
    );
  });

  it('a file with "__proto__" keys, in a row or in its description, and nothing is polluted', async () => {
    const { manifest, body } = split(backup.text);
    const first = rowsOf(JSON.parse(`{${body}`) as ExportDocument, 'projects')[0]!;
    const row = `{"id":"${String(first.id)}"`;
    for (const smuggled of ['{"__proto__":{"polluted":true},', '{"__proto__":null,', '{"__proto__" : [],']) {
      const inRow = body.replace(row, `${smuggled}${row.slice(1)}`);
      expect(inRow).not.toBe(body);
      expect(await refusalOf(sealed(manifest, inRow))).toBe(
        'This backup cannot be restored: it has a field named "__proto__", which is never allowed. Nothing has been changed.',
      );
    }
    const disguised = body.replace(row, `{"\\u005f_proto__":{"polluted":true},${row.slice(1)}`);
    expect(await refusalOf(sealed(manifest, disguised))).toMatch(
      /characters written in a way DSH Desk never writes/,
    );
    const line = manifestLine(manifest).replace('{"format"', '{"__proto__":{"polluted":true},"format"');
    expect(await refusalOf(new Blob([line, body]))).toMatch(/^This file is not a DSH Desk backup/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a "constructor" key in an audit event', async () => {
    const blob = edited(backup.text, (doc) => {
      const changes = rowsOf(doc, 'auditEvents')[0]!.changes as object;
      Object.defineProperty(changes, 'constructor', { value: { after: 1 }, enumerable: true });
    });
    expect(await refusalOf(blob)).toMatch(/it has a field named "constructor", which is never allowed/);
  });

  it('an audit log that was edited, or lost its last events', async () => {
    const editedEvent = edited(backup.text, (doc) => {
      rowsOf(doc, 'auditEvents')[4]!.reason = 'Written in later';
    });
    expect(await refusalOf(editedEvent)).toMatch(
      /^The audit log in this backup has been tampered with: event 5 was changed/,
    );
    const lostTail = edited(
      backup.text,
      (doc) => {
        rowsOf(doc, 'auditEvents').pop();
        doc.data.tables.find((t) => t.name === 'auditEvents')!.rowCount -= 1;
      },
      (m) => ({ ...m, counts: { ...m.counts, auditEvents: m.counts.auditEvents! - 1 } }),
    );
    expect(await refusalOf(lostTail)).toMatch(/does not end where it was last written/);
  });

  it('a row twice, and two records that must be unique (found by the check, before anything is asked)', async () => {
    const twice = edited(
      backup.text,
      (doc) => {
        const people = rowsOf(doc, 'people');
        people.splice(1, 0, people[0]!);
        doc.data.tables.find((t) => t.name === 'people')!.rowCount += 1;
      },
      (m) => ({ ...m, counts: { ...m.counts, people: m.counts.people! + 1 } }),
    );
    expect(await refusalOf(twice)).toMatch(
      /^The people table in this backup holds row 2 twice or out of order\./,
    );

    const sameTask = edited(backup.text, (doc) => {
      const tasks = rowsOf(doc, 'setupTasks');
      tasks[1]!.projectId = tasks[0]!.projectId;
      tasks[1]!.kind = tasks[0]!.kind;
    });
    expect(await refusalOf(sameTask)).toMatch(
      /^Rows 1 and 2 of the setupTasks table both have “[^”]+” and “[^”]+” as their projectId and kind, which must be unique/,
    );
  });
});
