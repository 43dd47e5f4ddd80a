import { IDBFactory } from 'fake-indexeddb';
import { DshDatabase } from '../../../../renderer/db/database';
import {
  DatabaseRefusedError,
  installedIdbVersion,
  openDatabase,
} from '../../../../renderer/db/open-database';

/** Creates a database as a newer DSH Desk would have: a higher version and a store this app does not know. */
function createNewerDatabase(factory: IDBFactory, name: string, idbVersion: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, idbVersion);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('meta', { keyPath: 'key' }).put({ key: 'from', value: 'the future' });
      request.result.createObjectStore('futureTable', { keyPath: 'id' });
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

function readStores(
  factory: IDBFactory,
  name: string,
): Promise<{ version: number; stores: string[]; meta: unknown[] }> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    request.onsuccess = () => {
      const idb = request.result;
      const all = idb.transaction('meta').objectStore('meta').getAll();
      all.onsuccess = () => {
        resolve({ version: idb.version, stores: [...idb.objectStoreNames], meta: all.result });
        idb.close();
      };
    };
    request.onerror = () => reject(request.error);
  });
}

describe('openDatabase', () => {
  it('creates a new database with an installation id and creation time', async () => {
    const factory = new IDBFactory();
    const db = await openDatabase(new DshDatabase('fresh', { indexedDB: factory, IDBKeyRange }), factory);
    const rows = await db.meta.toArray();
    expect(rows.map((row) => row.key).sort()).toEqual(['createdAt', 'installationId']);
    expect(rows.find((row) => row.key === 'installationId')?.value).toMatch(/^[0-9a-f-]{36}$/);
    db.close();
  });

  it('keeps the installation id when the database is opened again', async () => {
    const factory = new IDBFactory();
    const first = await openDatabase(new DshDatabase('again', { indexedDB: factory, IDBKeyRange }), factory);
    const id = (await first.meta.get('installationId'))?.value;
    first.close();
    const second = await openDatabase(new DshDatabase('again', { indexedDB: factory, IDBKeyRange }), factory);
    expect((await second.meta.get('installationId'))?.value).toBe(id);
    second.close();
  });

  it('refuses a database written by a newer schema, with a clear message, and writes nothing', async () => {
    const factory = new IDBFactory();
    const known = new DshDatabase('newer', { indexedDB: factory, IDBKeyRange }).verno;
    const newerIdbVersion = (known + 5) * 10;
    await createNewerDatabase(factory, 'newer', newerIdbVersion);
    const before = await readStores(factory, 'newer');

    const attempt = openDatabase(new DshDatabase('newer', { indexedDB: factory, IDBKeyRange }), factory);
    await expect(attempt).rejects.toBeInstanceOf(DatabaseRefusedError);
    await expect(attempt).rejects.toThrow(/written by a newer version of DSH Desk.*Nothing has been changed/);

    const after = await readStores(factory, 'newer');
    expect(after).toEqual(before);
    expect(after.version).toBe(newerIdbVersion);
  });

  it('reads the stored version without creating a database that does not exist', async () => {
    const factory = new IDBFactory();
    expect(await installedIdbVersion(factory, 'absent')).toBeUndefined();
    expect((await factory.databases()).map((info) => info.name)).not.toContain('absent');
  });

  it('also refuses a newer database where the engine cannot list databases', async () => {
    const factory = new IDBFactory();
    await createNewerDatabase(factory, 'unlisted', 990);
    const withoutListing = {
      open: factory.open.bind(factory),
      deleteDatabase: factory.deleteDatabase.bind(factory),
      cmp: factory.cmp.bind(factory),
    } as unknown as IDBFactory;
    expect(await installedIdbVersion(withoutListing, 'unlisted')).toBe(990);
    expect(await installedIdbVersion(withoutListing, 'never-created')).toBeUndefined();
    expect((await factory.databases()).map((info) => info.name)).not.toContain('never-created');
  });

  it('opens with strict durability so a power cut cannot lose a committed write', () => {
    const db = new DshDatabase('durable', { indexedDB: new IDBFactory(), IDBKeyRange });
    expect(
      (db as unknown as { _options: { chromeTransactionDurability?: string } })._options
        .chromeTransactionDurability,
    ).toBe('strict');
  });
});
