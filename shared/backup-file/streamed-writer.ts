/**
 * Writes a backup file piece by piece, in exactly the layout dexie-export-import's exportDB gives (so every
 * reader of older backups reads these, and this app reads those): the manifest line, then
 * `"formatName":"dexie",…,"tables":[…],"data":[{"tableName":…,"inbound":true,"rows":[…]},…]}}`.
 * The manifest holds the body's checksum, which is known only at the end, so its line is reserved first, as
 * wide as the finished line will be, and written over at the end (JSON allows the spaces that pad it).
 * The writer checks what it is given: the header first, tables in its order, no more and no fewer rows
 * than it declares. Main and the browser host both use it; each brings its own SHA-256.
 */
import {
  BACKUP_APP,
  BACKUP_FORMAT,
  DATABASE_ONLY_FORMAT_VERSION,
  MANIFEST_LINE_PREFIX,
  type BackupManifest,
  type BackupReason,
} from '../contract/backup-payloads';
import type { BackupHeaderPart } from '../contract/backup-stream';

/** An incremental SHA-256. */
export interface BackupHasher {
  update(bytes: Uint8Array): void;
  /** Lower-case hex. */
  digestHex(): string;
}

/** A refusal of what the renderer sent: the session is then aborted and nothing is kept. */
export class BackupStreamError extends Error {
  constructor(reason: string) {
    super(`The backup was not kept: ${reason} Nothing was written.`);
    this.name = 'BackupStreamError';
  }
}

/** What a session knows before it starts: why, by which version, when, and who will seal it. */
export interface WriterStart {
  reason: BackupReason;
  appVersion: string;
  createdAt: string;
  /** The installation whose key will seal the manifest, or null when nothing will (a browser). */
  sealedBy: string | null;
}

const ZEROS = '0'.repeat(64);
const encoder = new TextEncoder();

/** The manifest line of `manifest`, padded with spaces to `width` bytes (newline included). */
export function paddedManifestLine(manifest: BackupManifest, width: number): Uint8Array {
  const text = `${MANIFEST_LINE_PREFIX}${JSON.stringify(manifest)}`;
  const bytes = encoder.encode(text);
  const room = width - bytes.byteLength - 2;
  if (room < 0) throw new Error('The backup manifest outgrew the space reserved for it.');
  return encoder.encode(`${text}${' '.repeat(room)},\n`);
}

/** Builds one backup file; each method returns the bytes to append, and the body is hashed as it goes. */
export class StreamedBackupWriter {
  private header: BackupHeaderPart | null = null;
  private current = -1;
  private rowsInTable = 0;
  private reservedWidth = 0;
  /** Rows written so far, all tables together. */
  rowsWritten = 0;

  constructor(
    private readonly start: WriterStart,
    private readonly hasher: BackupHasher,
  ) {}

  /** The manifest as it will be, before its checksum and seal. */
  private manifestWith(sha256: string): BackupManifest {
    const header = this.header!;
    return {
      format: BACKUP_FORMAT,
      formatVersion: DATABASE_ONLY_FORMAT_VERSION,
      app: BACKUP_APP,
      appVersion: this.start.appVersion,
      schemaVersion: header.databaseVersion,
      createdAt: this.start.createdAt,
      reason: this.start.reason,
      counts: Object.fromEntries(header.tables.map((table) => [table.name, table.rowCount])),
      sha256,
    };
  }

  /** The reserved first line and the start of the body. */
  begin(header: BackupHeaderPart): Uint8Array[] {
    if (this.header) throw new BackupStreamError('its header was sent twice.');
    const names = header.tables.map((table) => table.name);
    if (new Set(names).size !== names.length) throw new BackupStreamError('it names a table twice.');
    this.header = header;
    const placeholder = this.manifestWith(ZEROS);
    const sealed = this.start.sealedBy
      ? { ...placeholder, seal: { installationId: this.start.sealedBy, mac: ZEROS } }
      : placeholder;
    this.reservedWidth = encoder.encode(`${MANIFEST_LINE_PREFIX}${JSON.stringify(sealed)},\n`).byteLength;
    const { databaseName, databaseVersion, tables } = header;
    const start = `"formatName":"dexie","formatVersion":1,"data":${JSON.stringify({ databaseName, databaseVersion, tables }).slice(0, -1)},"data":[`;
    return [encoder.encode(' '.repeat(this.reservedWidth - 1) + '\n'), this.body(start)];
  }

  private body(text: string): Uint8Array {
    const bytes = encoder.encode(text);
    this.hasher.update(bytes);
    return bytes;
  }

  /** Closes the table being written (checking its count) and opens the following ones up to `index`. */
  private advanceTo(index: number): string {
    const tables = this.header!.tables;
    let text = '';
    while (this.current < index) {
      if (this.current >= 0) text += this.closeTable();
      this.current += 1;
      const name = JSON.stringify(tables[this.current]!.name);
      text += `${this.current > 0 ? ',' : ''}{"tableName":${name},"inbound":true,"rows":[`;
      this.rowsInTable = 0;
    }
    return text;
  }

  private closeTable(): string {
    const table = this.header!.tables[this.current]!;
    if (this.rowsInTable !== table.rowCount) {
      throw new BackupStreamError(
        `the ${table.name} table was said to hold ${table.rowCount} rows, but ${this.rowsInTable} were sent.`,
      );
    }
    return ']}';
  }

  /** The bytes of `rows` of `table`, which must be the table being written or a later one. */
  rows(table: string, rows: readonly Record<string, unknown>[]): Uint8Array {
    if (!this.header) throw new BackupStreamError('rows were sent before the header.');
    const index = this.header.tables.findIndex((candidate) => candidate.name === table);
    if (index === -1) throw new BackupStreamError(`the ${table} table is not in its header.`);
    if (index < this.current) throw new BackupStreamError(`the ${table} table was sent out of order.`);
    let text = this.advanceTo(index);
    const declared = this.header.tables[index]!.rowCount;
    if (this.rowsInTable + rows.length > declared) {
      throw new BackupStreamError(
        `the ${table} table was said to hold ${declared} rows, but more were sent.`,
      );
    }
    const json = JSON.stringify(rows);
    text += `${this.rowsInTable > 0 ? ',' : ''}${json.slice(1, -1)}`;
    this.rowsInTable += rows.length;
    this.rowsWritten += rows.length;
    return this.body(text);
  }

  /** The end of the body, and the manifest (unsealed) with the body's checksum. */
  finish(): { tail: Uint8Array; manifest: BackupManifest; width: number } {
    if (!this.header) throw new BackupStreamError('it was finished before its header was sent.');
    const text = `${this.advanceTo(this.header.tables.length - 1)}${this.closeTable()}]}}`;
    const tail = this.body(text);
    return { tail, manifest: this.manifestWith(this.hasher.digestHex()), width: this.reservedWidth };
  }
}
