/**
 * Opens the database at start, refusing one whose schema is newer than this app (a newer DSH Desk wrote
 * it): opening it would risk writing records the newer app cannot read, so nothing is written at all.
 */
import Dexie from 'dexie';
import { nowInstant } from '../../shared/dates';
import type { DshDatabase } from './database';
import { resumeTeamMode } from './sync/queue-all';

/** Why the database could not be opened, in words for the officer. */
export class DatabaseRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseRefusedError';
  }
}

/** Dexie stores schema version n as IndexedDB version n × 10. */
const IDB_VERSION_FACTOR = 10;

/** The stored IndexedDB version, read without creating or upgrading anything. */
export async function installedIdbVersion(factory: IDBFactory, name: string): Promise<number | undefined> {
  if (typeof factory.databases === 'function') {
    return (await factory.databases()).find((info) => info.name === name)?.version;
  }
  // No databases(): open without a version; if that would create the database, abort the creation.
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      event.preventDefault();
      if (request.error?.name === 'AbortError') resolve(undefined);
      else reject(request.error);
    };
    request.onsuccess = () => {
      const version = request.result.version;
      request.result.close();
      resolve(version);
    };
  });
}

/** Opens `db`, or throws DatabaseRefusedError without touching the stored data. */
export async function openDatabase(db: DshDatabase, factory: IDBFactory = indexedDB): Promise<DshDatabase> {
  const known = db.verno * IDB_VERSION_FACTOR;
  const installed = await installedIdbVersion(factory, db.name);
  if (installed !== undefined && installed > known)
    throw newerSchemaError(installed / IDB_VERSION_FACTOR, db.verno);
  try {
    await db.open();
  } catch (error) {
    if (error instanceof Dexie.VersionError) throw newerSchemaError(undefined, db.verno);
    throw error;
  }
  // Belt and braces: Dexie 4 retries a VersionError by opening at the stored version.
  if (db.backendDB().version > known) {
    db.close();
    throw newerSchemaError(db.backendDB().version / IDB_VERSION_FACTOR, db.verno);
  }
  await db.transaction('rw', db.meta, async () => {
    if (await db.meta.get('installationId')) return;
    await db.meta.bulkPut([
      { key: 'installationId', value: crypto.randomUUID() },
      { key: 'createdAt', value: nowInstant() },
    ]);
  });
  // A workstation in a team queues every write from the first one on.
  await resumeTeamMode(db);
  // Another window upgrading the schema must not be blocked by this one: close, and ask for a reload.
  db.on('versionchange', () => {
    db.close();
    return false;
  });
  return db;
}

function newerSchemaError(found: number | undefined, known: number): DatabaseRefusedError {
  const which = found === undefined ? 'a newer schema' : `schema version ${found}`;
  return new DatabaseRefusedError(
    `The DSH Desk data on this computer was written by a newer version of DSH Desk (${which}; this version ` +
      `knows up to ${known}). Nothing has been changed. Install the latest DSH Desk to open it.`,
  );
}
