/**
 * Backups in tests: a database with rows in every table, a snapshot of all of it, a backup's text, and
 * "resealing" an edited backup (new checksum, counts as asked) so a test reaches the one check it is about.
 */
import { generateDemoData } from '../../../../shared/demo';
import {
  parseManifestLine,
  manifestLine,
  type BackupManifest,
} from '../../../../shared/contract/backup-payloads';
import { sha256Hex } from '../../../../shared/hashing';
import { createBackup } from '../../../../renderer/db/backup';
import { loadDataSet } from '../../../../renderer/db/data-set-loader';
import { acknowledgeReminder } from '../../../../renderer/db/repositories/acknowledgements';
import type { DshDatabase } from '../../../../renderer/db/database';
import { freshDb, NOW, type TestDb } from './db-fixtures';

/** The version the tests' backups say made them. */
export const APP_VERSION = '0.1.0';

const demo = generateDemoData({ today: '2026-11-25', projects: 14, people: 30 });

/** A fresh database holding records in every table, each with its audit event. */
export async function populatedDb(): Promise<TestDb> {
  const test = await freshDb();
  await loadDataSet(test.ctx, demo);
  await test.db.counters.put({ key: 'project:2026', last: 14 });
  const person = demo.people[0]!;
  await acknowledgeReminder(
    test.ctx,
    { id: `dsa-expiring:${person.id}:2026-12-01:7`, target: { type: 'person', id: person.id } },
    'Reminded them by phone.',
  );
  return test;
}

/** Every row of every table, table by table in primary-key order. */
export async function snapshot(db: DshDatabase): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(
    db.tables.map(async (table) => [table.name, await table.toArray()] as const),
  );
  return Object.fromEntries(entries);
}

/** The text of a Blob (jsdom's Blob has no text()). */
export function textOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

/** A backup of `db` as a Blob and as text. */
export async function backupOf(
  db: DshDatabase,
): Promise<{ blob: Blob; text: string; manifest: BackupManifest }> {
  const made = await createBackup(db, { reason: 'manual', appVersion: APP_VERSION, now: () => NOW });
  return { blob: made.blob, text: await textOf(made.blob), manifest: made.manifest };
}

/** A backup file's manifest and body (everything after the first line). */
export function split(text: string): { manifest: BackupManifest; body: string } {
  const end = text.indexOf('\n');
  const found = parseManifestLine(text.slice(0, end));
  if (!found.ok) throw new Error(found.problem);
  return { manifest: found.manifest, body: text.slice(end + 1) };
}

/** A backup made of `body` and `manifest` with a checksum that matches the body. */
export function sealed(manifest: BackupManifest, body: string): Blob {
  return new Blob([manifestLine({ ...manifest, sha256: sha256Hex(body) }), body]);
}

/** The export inside a backup: `data.tables` (names and row counts) and `data.data` (rows, table by table). */
export interface ExportDocument {
  formatName: string;
  data: {
    databaseVersion: number;
    tables: Array<{ name: string; rowCount: number }>;
    data: Array<{ tableName: string; rows: Array<Record<string, unknown>> }>;
  };
}

/** The backup `text` with its export edited by `edit` (and its manifest by `editManifest`), resealed. */
export function edited(
  text: string,
  edit: (doc: ExportDocument) => void,
  editManifest: (manifest: BackupManifest) => BackupManifest = (manifest) => manifest,
): Blob {
  const { manifest, body } = split(text);
  const doc = JSON.parse(`{${body}`) as ExportDocument;
  edit(doc);
  return sealed(editManifest(manifest), JSON.stringify(doc).slice(1));
}

/** The rows of one table in an export. */
export function rowsOf(doc: ExportDocument, table: string): Array<Record<string, unknown>> {
  const found = doc.data.data.find((entry) => entry.tableName === table);
  if (!found) throw new Error(`no table ${table}`);
  return found.rows;
}
