// Evidence files in backups, in main: a streamed backup carries the files its evidenceFiles rows name, and a
// restore puts them back, each checked against its SHA-256 (the real sessions, readers and folders, on disk).
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseManifestLine } from '../../../shared/contract/backup-payloads';
import type { BackupHeaderPart } from '../../../shared/contract/backup-stream';
import { createBackupFolder, type BackupFolder } from '../../../electron/services/backups';
import { createBackupSessions, type BackupSessions } from '../../../electron/services/backups-session';
import { trustOf } from '../../../electron/services/backups-seal';
import type { InstallationKey } from '../../../electron/services/installation-key';
import { testInstallationKey } from '../../helpers/fake-key-protection';

let root: string;
let backupsFolder: string;
let evidenceFolder: string;
let key: InstallationKey;
let backups: BackupFolder;
let sessions: BackupSessions;

const sha = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const signedForm = new TextEncoder().encode('%PDF-1.7 a signed user access form');
const certificate = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0a, 0x00, 0xff, 0x0a, 0x7b, 0x22]);

function folderWith(evidence: string | undefined): BackupFolder {
  return createBackupFolder({
    folder: backupsFolder,
    chooseBackupFile: async () => null,
    installationKey: key,
    now: () => new Date('2026-12-06T10:00:00.000Z'),
    ...(evidence ? { evidenceFolder: evidence } : {}),
  });
}

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'dsh-evidence-backup-'));
  backupsFolder = path.join(root, 'backups');
  evidenceFolder = path.join(root, 'evidence');
  key = await testInstallationKey(path.join(root, 'data'));
  backups = folderWith(evidenceFolder);
  sessions = createBackupSessions({
    key,
    now: () => new Date('2026-12-06T10:00:00.000Z'),
    target: () => backups.sessionTarget(),
    evidenceFolder,
  });
  await fs.mkdir(evidenceFolder);
  await fs.writeFile(path.join(evidenceFolder, sha(signedForm)), signedForm);
  await fs.writeFile(path.join(evidenceFolder, sha(certificate)), certificate);
});
afterEach(() => fs.rm(root, { recursive: true, force: true }));

const row = (id: string, sha256: string, fileName: string) => ({
  id,
  sha256,
  entity: 'membership',
  entityId: 'm1',
  fileName,
});

/** Streams a backup whose evidenceFiles table holds `rows`; returns the commit's answer and the file's path. */
async function backUp(rows: Array<Record<string, unknown>>) {
  const header: BackupHeaderPart = {
    kind: 'header',
    databaseName: 'dsh-desk',
    databaseVersion: 5,
    tables: [
      { name: 'evidenceFiles', schema: 'id,sha256,[entity+entityId]', rowCount: rows.length },
      { name: 'meta', schema: 'key', rowCount: 1 },
    ],
  };
  const begun = await sessions.begin({ reason: 'manual', appVersion: '0.1.0' });
  if (begun.status !== 'started') throw new Error('not started');
  const sessionId = begun.sessionId;
  await sessions.chunk({ sessionId, part: header });
  if (rows.length > 0)
    await sessions.chunk({ sessionId, part: { kind: 'rows', table: 'evidenceFiles', rows } });
  await sessions.chunk({ sessionId, part: { kind: 'rows', table: 'meta', rows: [{ key: 'a', value: 1 }] } });
  const result = await sessions.commit(sessionId);
  if (result.status !== 'kept') throw new Error('not kept');
  return { result, file: path.join(backupsFolder, result.backup.fileName) };
}

/** Opens the backup `file` as a restore does, and reads what the renderer is served of it. */
async function served(folder: BackupFolder, fileName: string) {
  const opened = await folder.openReader({ from: 'folder', fileName });
  if (opened.status !== 'opened') throw new Error('not opened');
  const parts: Uint8Array[] = [];
  for (let offset = 0; offset < opened.sizeBytes;) {
    const bytes = await folder.readSlice(opened.readerId, offset);
    parts.push(bytes);
    offset += bytes.byteLength;
  }
  await folder.closeReader(opened.readerId);
  return { readerId: opened.readerId, text: Buffer.concat(parts).toString('utf8') };
}

describe('a backup of records with evidence files', () => {
  it('carries each file once, sealed, and serves the renderer the database its checksum covers', async () => {
    const rows = [
      row('e1', sha(signedForm), 'access form.pdf'),
      row('e2', sha(certificate), 'certificate.png'),
      row('e3', sha(signedForm), 'same form again.pdf'),
    ];
    const { result, file } = await backUp(rows);
    expect(result.evidence).toEqual({ carried: 2, notHeld: 0 });
    const bytes = await fs.readFile(file);
    // Both files are in the backup, byte for byte, however binary.
    expect(bytes.includes(Buffer.from(signedForm))).toBe(true);
    expect(bytes.includes(Buffer.from(certificate))).toBe(true);

    const { text } = await served(backups, result.backup.fileName);
    const lineEnd = text.indexOf('\n');
    const found = parseManifestLine(text.slice(0, lineEnd));
    if (!found.ok) throw new Error(found.problem);
    expect(found.manifest.formatVersion).toBe(2);
    expect(trustOf(found.manifest, key).kind).toBe('sealed-here');
    expect(sha(text.slice(lineEnd + 1))).toBe(found.manifest.sha256);
    // What the renderer reads is the one JSON document every DSH Desk restores.
    const doc = JSON.parse(text) as { data: { data: Array<{ tableName: string; rows: unknown[] }> } };
    expect(doc.data.data[0]!.rows).toEqual(rows);

    // Listed as sound, even by a list that has to read the file to judge it.
    const fresh = (await folderWith(evidenceFolder).list()).backups;
    expect(fresh).toMatchObject([{ fileName: result.backup.fileName, problem: null }]);
  });

  it('is written exactly as before when its rows name no file (version 1, one JSON document)', async () => {
    const { result, file } = await backUp([]);
    expect(result.evidence).toBeUndefined();
    const text = await fs.readFile(file, 'utf8');
    expect(text.startsWith('{"dshDeskBackup":{"format":"dsh-desk-backup","formatVersion":1,')).toBe(true);
    expect(() => JSON.parse(text)).not.toThrow();
  });

  it('says how many files it could not carry, because this computer does not hold them', async () => {
    const elsewhere = sha('attached on another workstation');
    const { result } = await backUp([row('e1', sha(signedForm), 'form.pdf'), row('e2', elsewhere, 'x.pdf')]);
    expect(result.evidence).toEqual({ carried: 1, notHeld: 1 });
  });

  it('is listed as damaged when a byte of its database changes, though its evidence is untouched', async () => {
    const { result, file } = await backUp([row('e1', sha(signedForm), 'form.pdf')]);
    const bytes = await fs.readFile(file);
    const at = bytes.indexOf('"meta"', bytes.indexOf(0x0a) + 1);
    bytes[at + 1] = 'M'.charCodeAt(0);
    await fs.writeFile(file, bytes);
    const listed = (await folderWith(evidenceFolder).list()).backups;
    expect(listed[0]).toMatchObject({ fileName: result.backup.fileName });
    expect(listed[0]!.problem).toMatch(/^Damaged: its contents no longer match/);
  });
});

describe('putting the evidence back after a restore', () => {
  it('copies each file the restored rows name out of the backup, checked against its SHA-256', async () => {
    const { result } = await backUp([
      row('e1', sha(signedForm), 'form.pdf'),
      row('e2', sha(certificate), 'certificate.png'),
    ]);
    await fs.rm(evidenceFolder, { recursive: true });
    const { readerId } = await served(backups, result.backup.fileName);
    // The reader has closed (the officer read the warning first): the backup is found again by its reader.
    const restored = await backups.restoreEvidence({
      readerId,
      sha256s: [sha(signedForm), sha(certificate)],
    });
    expect(restored).toEqual({ restored: 2, alreadyHere: 0, missing: [], damaged: [] });
    expect(await fs.readFile(path.join(evidenceFolder, sha(certificate)))).toEqual(Buffer.from(certificate));
    expect(await fs.readFile(path.join(evidenceFolder, sha(signedForm)))).toEqual(Buffer.from(signedForm));
  });

  it('leaves intact files alone, and names a file neither here nor in the backup as missing', async () => {
    const { result } = await backUp([row('e1', sha(signedForm), 'form.pdf')]);
    const { readerId } = await served(backups, result.backup.fileName);
    const never = sha('never kept anywhere');
    const restored = await backups.restoreEvidence({ readerId, sha256s: [sha(signedForm), never] });
    expect(restored).toEqual({ restored: 0, alreadyHere: 1, missing: [never], damaged: [] });
  });

  it('never writes a file whose bytes in the backup no longer match its SHA-256: it is named as damaged', async () => {
    const { result, file } = await backUp([row('e1', sha(certificate), 'certificate.png')]);
    const bytes = await fs.readFile(file);
    const at = bytes.indexOf(Buffer.from(certificate));
    bytes[at + 2] = bytes[at + 2]! ^ 0xff;
    await fs.writeFile(file, bytes);
    await fs.rm(evidenceFolder, { recursive: true });
    const { readerId } = await served(backups, result.backup.fileName);
    const restored = await backups.restoreEvidence({ readerId, sha256s: [sha(certificate)] });
    expect(restored).toEqual({ restored: 0, alreadyHere: 0, missing: [], damaged: [sha(certificate)] });
    await expect(fs.readdir(evidenceFolder)).rejects.toThrow(/ENOENT/);
  });

  it('names every file missing for a backup made before backups carried evidence', async () => {
    const { result } = await backUp([]);
    const { readerId } = await served(backups, result.backup.fileName);
    await fs.rm(evidenceFolder, { recursive: true });
    const restored = await backups.restoreEvidence({ readerId, sha256s: [sha(signedForm)] });
    expect(restored).toEqual({ restored: 0, alreadyHere: 0, missing: [sha(signedForm)], damaged: [] });
  });
});
