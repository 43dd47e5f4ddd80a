// Streamed backups in main: the real backups folder's sessions and readers, in a temporary folder.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseManifestLine } from '../../../shared/contract/backup-payloads';
import type { BackupChunkRequest, BackupHeaderPart } from '../../../shared/contract/backup-stream';
import { createBackupFolder, type BackupFolder } from '../../../electron/services/backups';
import { createBackupSessions, type BackupSessions } from '../../../electron/services/backups-session';
import { trustOf } from '../../../electron/services/backups-seal';
import type { InstallationKey } from '../../../electron/services/installation-key';
import { testInstallationKey } from '../../helpers/fake-key-protection';

let root: string;
let folder: string;
let key: InstallationKey;
let backups: BackupFolder;
let sessions: BackupSessions;

const header: BackupHeaderPart = {
  kind: 'header',
  databaseName: 'dsh-desk',
  databaseVersion: 4,
  tables: [
    { name: 'meta', schema: 'key', rowCount: 2 },
    { name: 'notes', schema: 'id', rowCount: 0 },
    { name: 'people', schema: 'id,email', rowCount: 5 },
  ],
};
const metaRows: BackupChunkRequest['part'] = {
  kind: 'rows',
  table: 'meta',
  rows: [{ key: 'a' }, { key: 'b' }],
};
const people = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => ({ id: `p${from + i}`, email: `p${from + i}@example.org` }));

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'dsh-session-'));
  folder = path.join(root, 'backups');
  key = await testInstallationKey(path.join(root, 'data'));
  backups = createBackupFolder({
    folder,
    chooseBackupFile: async () => null,
    installationKey: key,
    now: () => new Date('2026-11-25T10:00:00.000Z'),
  });
  sessions = createBackupSessions({
    key,
    now: () => new Date('2026-11-25T10:00:00.000Z'),
    target: () => backups.sessionTarget(),
  });
});
afterEach(() => fs.rm(root, { recursive: true, force: true }));

async function started(): Promise<string> {
  const begun = await sessions.begin({ reason: 'manual', appVersion: '0.1.0' });
  if (begun.status !== 'started') throw new Error('not started');
  return begun.sessionId;
}

describe('a backup streamed to main in chunks', () => {
  it('is written table by table, sealed, and readable as the format every DSH Desk writes', async () => {
    const id = await started();
    await sessions.chunk({ sessionId: id, part: header });
    await sessions.chunk({
      sessionId: id,
      part: {
        kind: 'rows',
        table: 'meta',
        rows: [
          { key: 'a', value: '1' },
          { key: 'b', value: '2' },
        ],
      },
    });
    await sessions.chunk({ sessionId: id, part: { kind: 'rows', table: 'people', rows: people(0, 3) } });
    await sessions.chunk({ sessionId: id, part: { kind: 'rows', table: 'people', rows: people(3, 5) } });
    const result = await sessions.commit(id);
    expect(result).toMatchObject({ status: 'kept', backup: { reason: 'manual', problem: null } });
    const names = await fs.readdir(folder);
    expect(names).toEqual(['dsh-desk-backup-2026-11-25T10-00-00-000Z-manual.json']);

    const text = await fs.readFile(path.join(folder, names[0]!), 'utf8');
    const lineEnd = text.indexOf('\n');
    const found = parseManifestLine(text.slice(0, lineEnd));
    if (!found.ok) throw new Error(found.problem);
    const body = text.slice(lineEnd + 1);
    expect(found.manifest.counts).toEqual({ meta: 2, notes: 0, people: 5 });
    expect(found.manifest.sha256).toBe(createHash('sha256').update(body).digest('hex'));
    expect(trustOf(found.manifest, key).kind).toBe('sealed-here');
    // The whole file is one JSON document, exactly as dexie-export-import lays it out.
    const doc = JSON.parse(text) as { data: { data: Array<{ tableName: string; rows: unknown[] }> } };
    expect(doc.data.data.map((table) => [table.tableName, table.rows.length])).toEqual([
      ['meta', 2],
      ['notes', 0],
      ['people', 5],
    ]);
    expect(body.startsWith('"formatName":"dexie","formatVersion":1,"data":{"databaseName":"dsh-desk"')).toBe(
      true,
    );
    expect(sessions.open).toBe(0);
  });

  it('leaves no file at all when aborted halfway', async () => {
    const id = await started();
    await sessions.chunk({ sessionId: id, part: header });
    await sessions.chunk({ sessionId: id, part: metaRows });
    await sessions.chunk({ sessionId: id, part: { kind: 'rows', table: 'people', rows: people(0, 3) } });
    expect((await fs.readdir(folder)).length).toBe(1); // the temporary file, while it is written
    await sessions.abort(id);
    expect(await fs.readdir(folder)).toEqual([]);
    await expect(sessions.commit(id)).rejects.toThrow(/This backup was stopped before it finished/);
  });

  it.each([
    [
      'rows before the header',
      [{ kind: 'rows', table: 'people', rows: people(0, 1) }],
      'The backup was not kept: rows were sent before the header. Nothing was written.',
    ],
    [
      'more rows than the header declares',
      [header, metaRows, { kind: 'rows', table: 'people', rows: people(0, 6) }],
      'The backup was not kept: the people table was said to hold 5 rows, but more were sent. Nothing was written.',
    ],
    [
      'a table out of order',
      [
        header,
        metaRows,
        { kind: 'rows', table: 'people', rows: people(0, 5) },
        { kind: 'rows', table: 'meta', rows: [{ key: 'c' }] },
      ],
      'The backup was not kept: the meta table was sent out of order. Nothing was written.',
    ],
    [
      'a table skipped before its rows were all sent',
      [
        header,
        { kind: 'rows', table: 'meta', rows: [{ key: 'a' }] },
        { kind: 'rows', table: 'people', rows: people(0, 5) },
      ],
      'The backup was not kept: the meta table was said to hold 2 rows, but 1 were sent. Nothing was written.',
    ],
  ] as const)('refuses %s in words, and keeps nothing', async (_label, parts, message) => {
    const id = await started();
    let refusal: unknown;
    for (const part of parts) {
      refusal = await sessions
        .chunk({ sessionId: id, part: part as BackupHeaderPart })
        .catch((e: unknown) => e);
      if (refusal instanceof Error) break;
    }
    expect((refusal as Error).message).toBe(message);
    expect(await fs.readdir(folder)).toEqual([]);
    expect(sessions.open).toBe(0);
  });

  it('refuses at commit a table that is short of rows, and keeps nothing', async () => {
    const id = await started();
    await sessions.chunk({ sessionId: id, part: header });
    await sessions.chunk({
      sessionId: id,
      part: { kind: 'rows', table: 'meta', rows: [{ key: 'a' }, { key: 'b' }] },
    });
    await sessions.chunk({ sessionId: id, part: { kind: 'rows', table: 'people', rows: people(0, 4) } });
    await expect(sessions.commit(id)).rejects.toThrow(
      'The backup was not kept: the people table was said to hold 5 rows, but 4 were sent. Nothing was written.',
    );
    expect(await fs.readdir(folder)).toEqual([]);
  });

  it('removes the file of a session its window stopped talking to', async () => {
    const idle = createBackupSessions({
      key,
      now: () => new Date(),
      target: () => backups.sessionTarget(),
      idleMs: 50,
    });
    const begun = await idle.begin({ reason: 'manual', appVersion: '0.1.0' });
    expect((await fs.readdir(folder)).length).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await fs.readdir(folder)).toEqual([]);
    expect(idle.open).toBe(0);
    if (begun.status === 'started') {
      await expect(idle.chunk({ sessionId: begun.sessionId, part: header })).rejects.toThrow(
        /stopped before it finished/,
      );
    }
  });
});

describe('reading a backup back a slice at a time', () => {
  it('hands back the file exactly, slice by slice, with main’s word on its seal', async () => {
    const id = await started();
    await sessions.chunk({ sessionId: id, part: header });
    await sessions.chunk({
      sessionId: id,
      part: { kind: 'rows', table: 'meta', rows: [{ key: 'a' }, { key: 'b' }] },
    });
    await sessions.chunk({ sessionId: id, part: { kind: 'rows', table: 'people', rows: people(0, 5) } });
    const kept = await sessions.commit(id);
    if (kept.status !== 'kept') throw new Error('not kept');
    const opened = await backups.openReader({ from: 'folder', fileName: kept.backup.fileName });
    if (opened.status !== 'opened') throw new Error('not opened');
    expect(opened.trust.kind).toBe('sealed-here');
    const whole = await fs.readFile(path.join(folder, kept.backup.fileName));
    const pieces: Buffer[] = [];
    for (let offset = 0; offset < opened.sizeBytes;) {
      const bytes = await backups.readSlice(opened.readerId, offset);
      pieces.push(Buffer.from(bytes));
      offset += bytes.byteLength;
    }
    expect(Buffer.concat(pieces).equals(whole)).toBe(true);
    await backups.closeReader(opened.readerId);
    await expect(backups.readSlice(opened.readerId, 0)).rejects.toThrow(/no longer open/);
  });

  it('refuses a link named like a backup in the folder', async () => {
    await fs.mkdir(folder, { recursive: true });
    const elsewhere = path.join(root, 'secret.txt');
    await fs.writeFile(elsewhere, 'not a backup');
    const name = 'dsh-desk-backup-2026-11-25T10-00-00-000Z-manual.json';
    await fs.symlink(elsewhere, path.join(folder, name));
    await expect(backups.openReader({ from: 'folder', fileName: name })).rejects.toThrow(
      /is a link to another file/,
    );
  });
});
